/** When stored status stops meaning anything. Dependency-free so the popup can use it without the engine. */
import type { Level } from './level';
import type { Snapshot } from './snapshot';

type Timing = Pick<Snapshot, 'checkedAt' | 'pollMinutes'>;

/** The last moment a check still counts as current: three poll intervals after it. */
export function staleAt(snapshot: Timing): number {
  return Date.parse(snapshot.checkedAt) + 3 * snapshot.pollMinutes * 60_000;
}

/** A snapshot older than three poll intervals says nothing about now. */
export function isStale(snapshot: Timing, now: number): boolean {
  return now > staleAt(snapshot);
}

/** The level to show now: the stored one, or grey once the snapshot has gone stale. */
export function effectiveLevel(snapshot: Timing & Pick<Snapshot, 'level'>, now: number): Level {
  return isStale(snapshot, now) ? 'unknown' : snapshot.level;
}

/** A clock set back a little (NTP) should not make the last check unreadable; a check from further ahead is damage. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The check is not from the future (beyond a clock's small correction). */
export function checkedInTime(checkedAt: string, now: number): boolean {
  return Date.parse(checkedAt) <= now + FUTURE_TOLERANCE_MS;
}
