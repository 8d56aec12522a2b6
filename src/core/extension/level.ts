/**
 * The level every surface shows, and how often the worker may check (a setting; also what a stored check
 * must carry). Dependency-free, so the popup's first paint (src/popup/boot.ts) needs nothing else.
 */
export const LEVELS = ['ok', 'degraded', 'outage', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** How often the worker may check, in minutes. */
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 60;

export const isPollMinutes = (n: number): boolean => Number.isFinite(n) && n >= MIN_POLL_MINUTES && n <= MAX_POLL_MINUTES;
