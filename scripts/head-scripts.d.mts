import type { Plugin } from 'vite'
/** The files inlined into every page's <head>; see head-scripts.mjs. */
export const HEAD_SCRIPTS: string[]
/** A script without its comment lines and indentation. */
export function compactScript(source: string): string
/** Vite plugin: writes the head scripts inline into index.html. */
export function inlineHeadScripts(): Plugin
