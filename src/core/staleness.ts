/** When stored status stops meaning anything. Dependency-free so the popup can use it without the engine. */
import type { Level, Snapshot } from './model';

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
