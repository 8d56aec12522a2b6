/**
 * Where the banner's code, once the worker has injected it (src/content/banner-entry.ts), leaves its entry
 * point for the gate: a property of the content script's own isolated world, out of the page's reach.
 */
import type { createBanner } from './show';

export const SHOW_BANNER = Symbol.for('ms-status-lens.show-banner');

export type CreateBanner = typeof createBanner;

export const slot = globalThis as unknown as Record<symbol, CreateBanner | undefined>;
