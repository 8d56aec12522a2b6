/**
 * Source states as the worker keeps them (storage.local `sourceState`). A fetch time equal to the check's
 * own is left out of the stored state and the heartbeat lists those sources instead (`fetched`), so a
 * check where every source answered 304 rewrites the heartbeat and nothing else.
 */
import type { SourceStates } from '../core/refresh';
import { sameStored } from '../core/stored';
import { readableSourceStates } from './stored';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The states as read back: a source the heartbeat lists was fetched at the heartbeat's check. */
export function sourceStatesFrom(stored: unknown, heartbeat: unknown): SourceStates {
  const at = isRecord(heartbeat) && typeof heartbeat.checkedAt === 'string' ? heartbeat.checkedAt : undefined;
  const fetched = isRecord(heartbeat) && Array.isArray(heartbeat.fetched) ? heartbeat.fetched : [];
  if (!at || !isRecord(stored)) return readableSourceStates(stored);
  const withTimes = Object.fromEntries(
    Object.entries(stored).map(([id, state]) => [id, fetched.includes(id) && isRecord(state) ? { ...state, fetchedAt: at } : state]),
  );
  return readableSourceStates(withTimes);
}

/** What to store for `states` after the check at `checkedAt`, and which sources the heartbeat lists. */
export function keptSourceStates(states: SourceStates, checkedAt: string): { kept: SourceStates; fetched: string[] } {
  const fetched = Object.keys(states).filter((id) => states[id]!.fetchedAt === checkedAt);
  const kept = Object.fromEntries(
    Object.entries(states).map(([id, { fetchedAt, ...state }]) => [id, fetchedAt === checkedAt ? state : { ...state, fetchedAt }]),
  );
  return { kept, fetched };
}

/** The storage.local value to write, or nothing when what is stored already says the same. */
export function sourceStateWrite(key: string, stored: unknown, kept: SourceStates): Record<string, unknown> {
  return sameStored(stored, kept) ? {} : { [key]: kept };
}
