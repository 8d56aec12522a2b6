/**
 * What the worker reads back from storage is checked before use: a value written by an older version,
 * or damaged, is dropped (and rebuilt by the next check) instead of breaking every check after it.
 */
import { SEVERITIES, validateStatusDocument, type ProbeResult, type Snapshot } from '../core/model';
import type { NotifiedState } from '../core/notify';
import type { SourceState, SourceStates } from '../core/refresh';

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readableProbe(v: unknown): ProbeResult | undefined {
  if (!isRecord(v) || typeof v.reachable !== 'boolean' || !isCount(v.consecutiveProblems) || !isTime(v.at)) return undefined;
  return v as unknown as ProbeResult;
}

/** The previous snapshot, or undefined when its document does not validate. */
export function readableSnapshot(v: unknown): Snapshot | undefined {
  if (!isRecord(v) || !validateStatusDocument(v.document).ok) return undefined;
  const probe = readableProbe(v.probe);
  const { probe: _dropped, ...rest } = v as unknown as Snapshot;
  return { ...rest, ...(probe ? { probe } : {}) };
}

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

export function readableNotified(v: unknown): NotifiedState {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([, s]) => (SEVERITIES as readonly unknown[]).includes(s))) as NotifiedState;
}
