import type { Plugin } from 'vite'
/** The server build's entry. */
export const SERVER_ENTRY: string
/** Vite plugin: `vite build` builds the client, the server build and the prerendered site in one call. */
export function staticSite(): Plugin
