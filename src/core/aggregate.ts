/**
 * Merges what each source said into one schema-1 StatusDocument. Pure: the worker and the aggregator
 * service both call it with the previous document, so that incidents keep their first-seen times and
 * those that vanish from a healthy source are remembered as resolved for a day.
 */
import {
  SCHEMA_VERSION,
  SEVERITIES,
  validateIncident,
  validateStatusDocument,
  type Incident,
  type SourceStatus,
  type StatusDocument,
} from './model';
import type { SourceRef, SourceState } from './refresh';

/** One source and what the refresh engine remembers about it, as aggregate() reads it. */
export type SourceReading = SourceRef & Pick<SourceState, 'fetchedAt' | 'result' | 'error'>;

/** A source's reading from its definition and its remembered state. */
export function readingOf(source: SourceRef, state: Pick<SourceState, 'fetchedAt' | 'result' | 'error'>): SourceReading {
  return {
    id: source.id,
    url: source.url,
    ...(state.fetchedAt ? { fetchedAt: state.fetchedAt } : {}),
    ...(state.result ? { result: state.result } : {}),
    ...(state.error ? { error: state.error } : {}),
    ...(source.maxAgeMinutes !== undefined ? { maxAgeMinutes: source.maxAgeMinutes } : {}),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far a source's clock may run ahead of ours before its build time is not believed. */
const MAX_CLOCK_SKEW_MINUTES = 5;
/** A failing source's last good incidents stay visible this long, so an outage does not vanish with its feed. */
export const LAST_GOOD_GRACE_MS = 60 * 60 * 1000;
const MAX_INCIDENTS = 500;

function sourceStatus(o: SourceReading, nowMs: number): SourceStatus {
  let error = o.error;
  if (!error && !o.result) error = 'no data yet';
  if (!error && o.result?.incomplete) error = o.result.incomplete;
  if (!error && o.maxAgeMinutes !== undefined) {
    // Fails closed: a missing or unreadable build time, or one from the future, is not "fresh".
    const ageMin = (nowMs - Date.parse(o.result?.asOf ?? '')) / 60_000;
    if (!Number.isFinite(ageMin)) error = 'data has no readable build time';
    else if (ageMin < -MAX_CLOCK_SKEW_MINUTES) error = 'data claims to be built in the future';
    else if (ageMin > o.maxAgeMinutes) error = `data is stale: built ${Math.round(ageMin)} minutes ago`;
  }
  return {
    id: o.id,
    url: o.url,
    ...(o.fetchedAt ? { fetchedAt: o.fetchedAt } : {}),
    ok: !error,
    ...(error ? { error: error.slice(0, 500).replace(/[<>]/g, '') } : {}),
  };
}

function latestText(i: Incident): string {
  return i.updates[0]?.text ?? '';
}

function sameContent(a: Incident, b: Incident): boolean {
  return (
    a.title === b.title &&
    a.summary === b.summary &&
    a.severity === b.severity &&
    a.phase === b.phase &&
    latestText(a) === latestText(b)
  );
}

/** Keeps the earliest start and, while nothing changed, the earlier update time (sources without a change stamp). */
function carryForward(next: Incident, prev: Incident | undefined): Incident {
  if (!prev) return next;
  const startedAt = prev.startedAt < next.startedAt ? prev.startedAt : next.startedAt;
  if (!sameContent(prev, next)) return { ...next, startedAt };
  return { ...next, startedAt, updatedAt: prev.updatedAt, updates: prev.updates, resolvedAt: prev.resolvedAt ?? next.resolvedAt };
}

const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Incident['severity'], number>;

/** Active before resolved, worst severity first, then most recently updated. */
export function compareIncidents(a: Incident, b: Incident): number {
  const activeA = a.phase === 'resolved' ? 1 : 0;
  const activeB = b.phase === 'resolved' ? 1 : 0;
  if (activeA !== activeB) return activeA - activeB;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export function aggregate(outcomes: readonly SourceReading[], now: string, previous?: StatusDocument): StatusDocument {
  const nowMs = Date.parse(now);
  const prevById = new Map(previous?.incidents.map((i) => [i.id, i]));
  const byId = new Map<string, Incident>();
  const sources: SourceStatus[] = [];

  for (const outcome of outcomes) {
    const status = sourceStatus(outcome, nowMs);
    const fetchedMs = outcome.fetchedAt ? Date.parse(outcome.fetchedAt) : NaN;
    const usable = status.ok || nowMs - fetchedMs <= LAST_GOOD_GRACE_MS;
    let dropped = 0;
    for (const raw of usable ? (outcome.result?.incidents ?? []) : []) {
      const checked = validateIncident(raw);
      if (!checked.ok) {
        dropped++;
        continue;
      }
      const incident = carryForward(checked.value, prevById.get(raw.id));
      const seen = byId.get(incident.id);
      if (!seen || seen.updatedAt < incident.updatedAt) byId.set(incident.id, incident);
    }
    if (dropped > 0 && status.ok) {
      status.ok = false;
      status.error = `${dropped} incident(s) could not be understood`;
    }
    sources.push(status);

    // A healthy, fresh source that no longer lists an active incident has resolved it (Azure's feed just drops items).
    if (status.ok && previous) {
      for (const old of previous.incidents) {
        if (old.source === outcome.id && old.phase !== 'resolved' && !byId.has(old.id)) {
          byId.set(old.id, { ...old, phase: 'resolved', resolvedAt: now, updatedAt: now });
        }
      }
    }
  }

  // Resolved incidents already known stay for a day, so people can see what just ended.
  for (const old of previous?.incidents ?? []) {
    if (old.phase === 'resolved' && !byId.has(old.id) && nowMs - Date.parse(old.resolvedAt ?? old.updatedAt) < DAY_MS) {
      byId.set(old.id, old);
    }
  }

  const incidents = [...byId.values()].sort(compareIncidents).slice(0, MAX_INCIDENTS);
  const doc: StatusDocument = { schema: SCHEMA_VERSION, generatedAt: now, sources, incidents };
  const checked = validateStatusDocument(doc);
  if (!checked.ok) throw new Error(`aggregate produced an invalid document: ${checked.error}`);
  return checked.value;
}
