/**
 * One check cycle: fetch every due source (conditional requests, backoff), aggregate, probe Outlook,
 * assess, store the Snapshot and paint the toolbar. The worker is the only writer of the snapshot.
 */
import { aggregate, outcomeOf } from '../core/aggregate';
import { assess, bannerFor } from '../core/assess';
import { backoffDelayMs } from '../core/backoff';
import { headline } from '../core/describe';
import { DEFAULT_LIMITS, fetchBody, FetchFailure } from '../core/fetch-body';
import type { Translate } from '../core/i18n';
import type { ProbeResult, Snapshot } from '../core/model';
import { notificationsFor, type NotificationEvent } from '../core/notify';
import type { Settings } from '../core/settings';
import { aggregatorSource, PUBLIC_SOURCES, type SourceDefinition } from '../core/sources';
import { SourceFormatError } from '../core/sources/types';
import { readKey, writeKeys } from '../platform/browser';
import { KEYS } from '../platform/storage-keys';
import { probeOutlook } from './probe';
import { freshState, type SourceState, type SourceStates } from './source-state';
import { readableNotified, readableSnapshot, readableSourceStates } from './stored';

export interface CheckDeps {
  fetch: typeof fetch;
  now: () => number;
  online: () => boolean;
  settings: () => Promise<Settings>;
  translate: (settings: Settings) => Promise<Translate>;
  paint: (snapshot: Snapshot, tooltip: string) => Promise<void>;
  notify: (events: NotificationEvent[], t: Translate) => Promise<void>;
  /** Called after the snapshot is stored: arm the next check and, after a first failed probe, a re-probe. */
  reschedule: (snapshot: Snapshot, settings: Settings) => Promise<void>;
}

export interface CheckOptions {
  /** A person asked (refresh button): skip backoff waits. */
  force?: boolean;
}

export function sourcesFor(settings: Settings): SourceDefinition[] {
  if (settings.aggregatorUrl) return [aggregatorSource(settings.aggregatorUrl, settings.aggregatorToken)];
  return PUBLIC_SOURCES.filter((s) => !settings.disabledSources.includes(s.id));
}

async function refreshSource(def: SourceDefinition, prior: SourceState, deps: CheckDeps, force: boolean): Promise<SourceState> {
  const now = deps.now();
  // A changed URL (settings) starts over: old validators and data belong to the old address.
  const state = prior.url === def.url ? prior : freshState(def.url);
  if (!force && state.nextAttemptAt !== undefined && state.nextAttemptAt > now) return state;
  const at = new Date(now).toISOString();
  try {
    const outcome = await fetchBody(deps.fetch, def.url, def.kind, state.validators, DEFAULT_LIMITS, def.headers ?? {});
    if (outcome.kind === 'not-modified' && state.result) {
      return { ...state, fetchedAt: at, error: undefined, failures: 0, nextAttemptAt: undefined };
    }
    if (outcome.kind === 'not-modified') throw new FetchFailure('answered 304 but nothing is cached');
    const result = def.parse(outcome.body, at);
    return { url: def.url, validators: outcome.validators, fetchedAt: at, result, failures: 0 };
  } catch (e) {
    const known = e instanceof FetchFailure || e instanceof SourceFormatError;
    const error = known ? e.message : `unexpected error: ${String((e as Error)?.message ?? e)}`;
    const failures = state.failures + 1;
    // After a surprise, ask for the whole body next time rather than trusting what is cached.
    const validators = known ? state.validators : {};
    return { ...state, validators, error, failures, nextAttemptAt: now + backoffDelayMs(failures) };
  }
}

function nextProbe(previous: ProbeResult | undefined, reading: Awaited<ReturnType<typeof probeOutlook>>, at: string): ProbeResult {
  const problem = !reading.reachable || reading.slow;
  const consecutiveProblems = problem ? (previous?.consecutiveProblems ?? 0) + 1 : 0;
  const problemSince = problem ? (previous?.consecutiveProblems ? (previous.problemSince ?? previous.at) : at) : undefined;
  return { ...reading, at, consecutiveProblems, ...(problemSince ? { problemSince } : {}) };
}

export async function runCheck(deps: CheckDeps, options: CheckOptions = {}): Promise<Snapshot> {
  const settings = await deps.settings();
  const online = deps.online();
  const defs = sourcesFor(settings);
  const [storedStates, storedSnapshot, storedNotified] = await Promise.all([
    readKey('local', KEYS.sources),
    readKey('local', KEYS.snapshot),
    readKey('local', KEYS.notified),
  ]);
  const states = readableSourceStates(storedStates);
  const previous = readableSnapshot(storedSnapshot);
  const notified = readableNotified(storedNotified);

  const nextStates: SourceStates = {};
  const probeReading = online ? probeOutlook(deps.fetch, deps.now) : undefined;
  await Promise.all(
    defs.map(async (def) => {
      const prior = states[def.id] ?? freshState(def.url);
      nextStates[def.id] = online ? await refreshSource(def, prior, deps, !!options.force) : { ...prior, error: 'offline' };
    }),
  );

  const nowIso = new Date(deps.now()).toISOString();
  const outcomes = defs.map((def) => outcomeOf(def, nextStates[def.id]!));
  const document = aggregate(outcomes, nowIso, previous?.document);
  const reading = await probeReading;
  const probe = reading ? nextProbe(previous?.probe, reading, nowIso) : undefined;
  const watch = { services: settings.watchedServices, regions: settings.watchedRegions };
  const assessment = assess({ document, ...(probe ? { probe } : {}), watch, now: nowIso, online });
  const anyOk = document.sources.some((s) => s.ok);

  const snapshot: Snapshot = {
    document,
    ...(probe ? { probe } : {}),
    level: assessment.level,
    assessment,
    // The banner switch is applied here, with the policy already laid over it: one place decides.
    banners: settings.banner
      ? { business: bannerFor('business', document, assessment, probe), consumer: bannerFor('consumer', document, assessment, probe) }
      : { business: null, consumer: null },
    checkedAt: nowIso,
    ...(anyOk ? { lastSuccessAt: nowIso } : previous?.lastSuccessAt ? { lastSuccessAt: previous.lastSuccessAt } : {}),
    online,
    pollMinutes: settings.pollMinutes,
    language: settings.language,
  };
  const notifications = notificationsFor(notified, document, assessment.relevant, settings.notifications);
  // One write per check: the snapshot (its checkedAt is the freshness every surface relies on) and the
  // source state; the notified set only when it changed.
  const notifiedChanged = JSON.stringify(notifications.next) !== JSON.stringify(notified);
  await writeKeys('local', {
    [KEYS.snapshot]: snapshot,
    [KEYS.sources]: nextStates,
    ...(notifiedChanged ? { [KEYS.notified]: notifications.next } : {}),
  });

  const t = await deps.translate(settings);
  const incident = document.incidents.find((i) => i.id === assessment.headline);
  const words = headline(assessment.level, assessment.reason, incident, t);
  await deps.paint(snapshot, incident ? `${words}: ${incident.title}` : words);
  await deps.reschedule(snapshot, settings);
  // Last, and never able to undo the rest: a notification that cannot be shown is not a failed check.
  await deps.notify(notifications.events, t).catch(() => undefined);
  return snapshot;
}
