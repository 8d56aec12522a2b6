/** Exponential backoff for a failing source: 1, 2, 4 … minutes, capped, so a broken source is not hammered. */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 60 * 60_000;

/** The longest wait: a caller that polls more often than BACKOFF_MAX_MS waits no longer than `longestMs`. */
export const longestBackoff = (longestMs = BACKOFF_MAX_MS): number => Math.min(longestMs, BACKOFF_MAX_MS);

export function backoffDelayMs(consecutiveFailures: number, longestMs = BACKOFF_MAX_MS): number {
  if (consecutiveFailures <= 0) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** (consecutiveFailures - 1), longestBackoff(longestMs));
}

/** How much earlier than its interval a scheduled check may start. */
const SCHEDULE_SLACK_MS = 30_000;

/**
 * The longest a failing source may wait for a caller that checks every `intervalMs`: a little less than the
 * interval, so it is due again at the next scheduled check even when that check starts a few seconds early
 * (alarms and a waking worker are not exact); never below the first backoff step.
 */
export function longestBackoffForInterval(intervalMs: number): number {
  return Math.max(BACKOFF_BASE_MS, intervalMs - SCHEDULE_SLACK_MS);
}
