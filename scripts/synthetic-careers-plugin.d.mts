import type { Plugin } from 'vite'
/** The SYNTHETIC_CAREERS count: a whole number from 0 to 5,000, unset → 0; throws otherwise. */
export function syntheticCount(value?: string): number
/** Provides `virtual:synthetic-careers`; empty when count is 0. */
export function syntheticCareersPlugin(count?: number): Plugin
