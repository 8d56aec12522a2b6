/**
 * The content script's two built files (vite.config.ts contentScripts() writes them; harness/sizes.ts
 * measures them): the gate every app page runs, and the banner's code the worker injects when needed.
 */
export const GATE_SCRIPT = 'src/content/gate.js';
export const BANNER_SCRIPT = 'src/content/banner.js';
