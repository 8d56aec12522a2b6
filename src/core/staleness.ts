/** When stored status stops meaning anything. Dependency-free so the popup can use it without the engine. */
import type { Level, Snapshot } from './model';

type Timing = Pick<Snapshot, 'checkedAt' | 'pollMinutes'>;

/** A snapshot older than three poll intervals says nothing about now. */
export function isStale(snapshot: Timing, now: number): boolean {
  return now - Date.parse(snapshot.checkedAt) > 3 * snapshot.pollMinutes * 60_000;
}

/** The level to show now: the stored one, or grey once the snapshot has gone stale. */
export function effectiveLevel(snapshot: Timing & Pick<Snapshot, 'level'>, now: number): Level {
  return isStale(snapshot, now) ? 'unknown' : snapshot.level;
}
