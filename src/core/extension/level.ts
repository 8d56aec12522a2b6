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

/**
 * How the toolbar, the popup's header and notifications draw a level: the level itself, or for yellow
 * caused by this browser's own network (reasons in YOUR_NETWORK_REASONS) its own "your network" look, so
 * it never reads as a Microsoft degradation. Still the yellow level: four colours, one more shape.
 */
export const LOOKS = [...LEVELS, 'network'] as const;
export type Look = (typeof LOOKS)[number];

/** Outlook fails or is slow from this browser's network (or this site's) while Microsoft and the rest answer. */
export const YOUR_NETWORK_REASONS: readonly string[] = ['probe-unreachable', 'probe-slow', 'crowd-office'];

export function lookOf(level: Level, reason: string | undefined): Look {
  return level === 'degraded' && reason !== undefined && YOUR_NETWORK_REASONS.includes(reason) ? 'network' : level;
}
