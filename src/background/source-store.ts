/**
 * Source states as the worker keeps them (storage.local `sourceState`). A fetch time from the check itself
 * (each source's read starts a few milliseconds after the check does) is left out of the stored state and
 * the heartbeat lists those sources instead (`fetched`), so a check where every source answered 304 or
 * the same body rewrites the heartbeat and nothing else.
 */
import type { SourceState, SourceStates } from '../core/engine/refresh';
import { isRecord } from '../core/engine/record';
import { readCrowdPart } from '../core/extension/crowd-stored';
import { sameStored } from '../core/extension/stored';

const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isNames = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 32 && v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 64);

function readableState(v: unknown): SourceState | undefined {
  if (!isRecord(v) || typeof v.url !== 'string' || !isRecord(v.validators) || !isCount(v.failures)) return undefined;
  const validators = Object.fromEntries(
    Object.entries(v.validators).filter(([k, x]) => (k === 'etag' || k === 'lastModified') && typeof x === 'string'),
  );
  const result = isRecord(v.result) && Array.isArray(v.result.incidents) ? v.result : undefined;
  return {
    url: v.url,
    validators,
    failures: v.failures,
    ...(isTime(v.fetchedAt) ? { fetchedAt: v.fetchedAt } : {}),
    ...(result
      ? {
          result: {
            incidents: result.incidents as never[],
            ...(isTime(result.asOf) ? { asOf: result.asOf } : {}),
            ...(typeof result.incomplete === 'string' ? { incomplete: result.incomplete } : {}),
            ...(readCrowdPart(result.crowd) ? { crowd: readCrowdPart(result.crowd) } : {}),
            // An aggregator's document speaks for its inner sources: without this list, an incident that left it
            // would be dropped on a 304 or a failed read instead of resolved or kept (aggregate.ts).
            ...(isNames(result.covers) ? { covers: result.covers } : {}),
          },
        }
      : {}),
    ...(typeof v.error === 'string' ? { error: v.error } : {}),
    ...(isCount(v.nextAttemptAt) ? { nextAttemptAt: v.nextAttemptAt } : {}),
  };
}

/** Per-source state; an entry that does not have the current shape starts afresh. */
export function readableSourceStates(v: unknown): SourceStates {
  if (!isRecord(v)) return {};
  const out: SourceStates = {};
  for (const [id, raw] of Object.entries(v)) {
    const state = readableState(raw);
    if (state) out[id] = state;
  }
  return out;
}

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

/** What to store for `states` after the check that started at `startedAt`, and which sources the heartbeat lists. */
export function keptSourceStates(states: SourceStates, startedAt: string): { kept: SourceStates; fetched: string[] } {
  const thisCheck = (fetchedAt: string | undefined) => fetchedAt !== undefined && Date.parse(fetchedAt) >= Date.parse(startedAt);
  const fetched = Object.keys(states).filter((id) => thisCheck(states[id]!.fetchedAt));
  const kept = Object.fromEntries(
    Object.entries(states).map(([id, { fetchedAt, ...state }]) => [id, thisCheck(fetchedAt) ? state : { ...state, fetchedAt }]),
  );
  return { kept, fetched };
}

/** The storage.local value to write, or nothing when what is stored already says the same. */
export function sourceStateWrite(key: string, stored: unknown, kept: SourceStates): Record<string, unknown> {
  return sameStored(stored, kept) ? {} : { [key]: kept };
}
