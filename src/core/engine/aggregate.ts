/**
 * Merges what each source said into one schema-1 StatusDocument. Pure: the worker and the aggregator
 * service both call it with the previous document, so that incidents keep their first-seen times and
 * those that vanish from a healthy source are remembered as resolved for a day.
 */
import type { CrowdPart } from './crowd';
import {
  endedRecently,
  SCHEMA_VERSION,
  SEVERITIES,
  validateIncident,
  validateStatusDocument,
  type Incident,
  type SourceStatus,
  type StatusDocument,
} from './model';
import { regionsOverlap } from './catalog';
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
    a.status === b.status &&
    latestText(a) === latestText(b)
  );
}

const MAX_UPDATES = 20;

/** Every post seen so far, newest first: a post keeps the time it was first seen with. */
function mergeUpdates(next: Incident['updates'], prev: Incident['updates'], updatedAt: string): Incident['updates'] {
  const known = new Map(prev.map((u) => [u.text, u]));
  const fresh = next.map((u) => known.get(u.text) ?? (u.at < updatedAt && u === next[0] ? { ...u, at: updatedAt } : u));
  const texts = new Set(fresh.map((u) => u.text));
  return [...fresh, ...prev.filter((u) => !texts.has(u.text))]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, MAX_UPDATES);
}

/**
 * Keeps the earliest start. Unchanged content keeps its update time (sources without a change stamp);
 * changed content is an update: it gets its own time (the source's stamp if it moved, else when we first
 * saw the change) and joins the update list.
 */
function carryForward(next: Incident, prev: Incident | undefined, observedAt: string): Incident {
  if (!prev) return next;
  const startedAt = prev.startedAt < next.startedAt ? prev.startedAt : next.startedAt;
  // A text already superseded, served again (the feed's origins need not agree): not news, keep the newer.
  const reServed = prev.updates.slice(1).some((u) => u.text === latestText(next)) && latestText(next) !== latestText(prev);
  if (reServed) return { ...prev, startedAt };
  if (sameContent(prev, next)) {
    return { ...next, startedAt, updatedAt: prev.updatedAt, updates: prev.updates, resolvedAt: prev.resolvedAt ?? next.resolvedAt };
  }
  const updatedAt = next.updatedAt > prev.updatedAt ? next.updatedAt : observedAt > prev.updatedAt ? observedAt : prev.updatedAt;
  return { ...next, startedAt, updatedAt, updates: mergeUpdates(next.updates, prev.updates, updatedAt) };
}

/** How far apart two posts' starts may be and still describe one incident Microsoft retitled. */
const CONTINUATION_BEFORE_MS = 6 * 60 * 60 * 1000;
const CONTINUATION_AFTER_MS = 30 * 60 * 1000;

function sameScope(a: Incident, b: Incident): boolean {
  return a.services.some((s) => b.services.includes(s)) && regionsOverlap(a.regions, b.regions);
}

/**
 * Microsoft retitles incidents as it learns more, and the Azure feed's guid is a slug of the title; status
 * rows have no id at all. An item that leaves a source in the same check that another appears, starting at
 * about the same time (or earlier: a later post often states an earlier start) with overlapping services
 * and regions, is the same incident going on: it keeps the old id, so its first-seen time, notifications
 * and banner dismissal carry over. Closest starts pair first; each old item continues at most once.
 */
function continuations(appeared: Incident[], vanished: Incident[]): Map<string, string> {
  const pairs: { next: Incident; old: Incident; distance: number }[] = [];
  for (const next of appeared) {
    for (const old of vanished) {
      const delta = Date.parse(next.startedAt) - Date.parse(old.startedAt);
      if (delta >= -CONTINUATION_BEFORE_MS && delta <= CONTINUATION_AFTER_MS && sameScope(next, old)) {
        pairs.push({ next, old, distance: Math.abs(delta) });
      }
    }
  }
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const { next, old } of pairs.sort((a, b) => a.distance - b.distance)) {
    if (renamed.has(next.id) || taken.has(old.id)) continue;
    renamed.set(next.id, old.id);
    taken.add(old.id);
  }
  return renamed;
}

/**
 * An active incident a fresh source stopped listing: absent once, it is marked missing (feeds flap: the
 * Azure feed is served by several origins that need not agree); still absent at the next check, it is
 * resolved as of when it first went missing.
 */
function afterAbsence(old: Incident, now: string): Incident {
  if (!old.missingSince) return { ...old, missingSince: now };
  if (old.missingSince >= now) return old;
  const { missingSince, ...rest } = old;
  return { ...rest, phase: 'resolved', resolvedAt: missingSince, updatedAt: now };
}

const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Incident['severity'], number>;

/** Active before resolved, worst severity first, then most recently updated. */
export function compareIncidents(a: Incident, b: Incident): number {
  const activeA = a.phase === 'resolved' ? 1 : 0;
  const activeB = b.phase === 'resolved' ? 1 : 0;
  if (activeA !== activeB) return activeA - activeB;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  // Equally severe: the one that started first leads (some posts' update time is only the time they were
  // read: status.cloud.microsoft's LastUpdatedTime is a per-request clock), then the newest update.
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? -1 : 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export function aggregate(outcomes: readonly SourceReading[], now: string, previous?: StatusDocument): StatusDocument {
  const nowMs = Date.parse(now);
  const prevById = new Map(previous?.incidents.map((i) => [i.id, i]));
  const byId = new Map<string, Incident>();
  const sources: SourceStatus[] = [];
  let crowd: CrowdPart | undefined;

  for (const outcome of outcomes) {
    const status = sourceStatus(outcome, nowMs);
    // A failing or stale source's last good data stays usable for a grace period counted from when that
    // data was current (its own build time if older than the fetch), so a stuck feed cannot keep an old story.
    const dataMs = Math.min(Date.parse(outcome.fetchedAt ?? ''), Date.parse(outcome.result?.asOf ?? outcome.fetchedAt ?? ''));
    const usable = status.ok || nowMs - dataMs <= LAST_GOOD_GRACE_MS;
    const listed: Incident[] = [];
    for (const raw of usable ? (outcome.result?.incidents ?? []) : []) {
      const checked = validateIncident(raw);
      if (checked.ok) listed.push(checked.value);
    }
    const dropped = (usable ? (outcome.result?.incidents.length ?? 0) : 0) - listed.length;
    if (dropped > 0 && status.ok) {
      status.ok = false;
      status.error = `${dropped} incident(s) could not be understood`;
    }
    sources.push(status);
    // The organisation's pooled checks count only from an aggregator answering now: old counts are no signal.
    if (status.ok && outcome.result?.crowd) crowd ??= outcome.result.crowd;

    // The incident sources this outcome speaks for: itself, or an aggregator's healthy inner sources.
    const covers = new Set(outcome.result?.covers ?? [outcome.id]);
    const listedIds = new Set(listed.map((i) => i.id));
    const vanished = (previous?.incidents ?? []).filter(
      (old) => covers.has(old.source) && old.phase !== 'resolved' && !listedIds.has(old.id),
    );
    const renamed = continuations(
      listed.filter((i) => !prevById.has(i.id)),
      vanished,
    );
    const observedAt = outcome.result?.asOf ?? outcome.fetchedAt ?? now;
    for (const raw of listed) {
      const id = renamed.get(raw.id) ?? raw.id;
      const incident = carryForward({ ...raw, id }, prevById.get(id), observedAt);
      const seen = byId.get(id);
      if (!seen || seen.updatedAt < incident.updatedAt) byId.set(id, incident);
    }
    // Only a healthy, fresh source's silence means anything; a failing one's last known incidents stay as
    // they were (missing marks included) for as long as its data is usable.
    for (const old of vanished) {
      if (byId.has(old.id)) continue;
      if (status.ok) byId.set(old.id, afterAbsence(old, now));
      else if (usable) byId.set(old.id, old);
    }
  }

  // Resolved incidents already known stay for a day, so people can see what just ended.
  for (const old of previous?.incidents ?? []) {
    if (old.phase === 'resolved' && !byId.has(old.id) && endedRecently(old.resolvedAt ?? old.updatedAt, nowMs)) {
      byId.set(old.id, old);
    }
  }

  const incidents = [...byId.values()].sort(compareIncidents).slice(0, MAX_INCIDENTS);
  const doc: StatusDocument = { schema: SCHEMA_VERSION, generatedAt: now, sources, incidents, ...(crowd ? { crowd } : {}) };
  const checked = validateStatusDocument(doc);
  if (!checked.ok) throw new Error(`aggregate produced an invalid document: ${checked.error}`);
  return checked.value;
}
