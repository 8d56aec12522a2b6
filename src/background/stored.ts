/**
 * Per-source state as the worker reads it back: a value written by an older version, or damaged, is
 * dropped (and rebuilt by the next check) instead of breaking every check after it.
 */
import type { SourceState, SourceStates } from '../core/refresh';

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

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
