/**
 * One check cycle: fetch every due source (conditional requests, backoff), aggregate, probe Outlook,
 * assess, store the Snapshot and paint the toolbar. The worker is the only writer of the snapshot.
 */
import { aggregate, readingOf } from '../core/engine/aggregate';
import { assess, bannersFor, confirmedForOutlook, probeConfirmedProblem } from '../core/extension/assess';
import { reportingOn, verdictSite } from '../core/extension/report';
import { crowdVerdict } from '../core/extension/verdict';
import { outlookKindForHost } from '../core/engine/apps';
import type { Wording } from '../core/extension/describe';
import { glanceOf, tooltipText } from '../core/extension/tooltip';
import type { Glance } from '../core/extension/glance';
import type { Locale, Translate } from '../core/engine/i18n';
import type { ProbeResult, Snapshot } from '../core/extension/snapshot';
import { notificationsFor, type NotificationEvent } from '../core/extension/notify';
import type { Settings } from '../core/extension/settings';
import { longestBackoffForInterval } from '../core/engine/backoff';
import { refreshAll, sourceUpstream } from '../core/engine/refresh';
import { aggregatorSource, PUBLIC_SOURCES, type SourceDefinition } from '../core/engine/sources';
import { readNotified, sameStored } from '../core/extension/stored';
import { readKeys } from '../platform/browser';
import { writeKeys } from '../platform/storage-write';
import { KEYS } from '../platform/storage-keys';
import { probeOutlook, probeUrl } from './probe';
import { reportCheck } from './reports';
import { loadSnapshot, snapshotWrites } from './snapshot-store';
import { keptSourceStates, sourceStatesFrom, sourceStateWrite } from './source-store';

export interface CheckDeps {
  fetch: typeof fetch;
  now: () => number;
  online: () => boolean;
  settings: () => Promise<Settings>;
  /** The translator for the settings' language (the policy applied), and the locale it resolved to. */
  translate: (settings: Settings) => Promise<{ locale: Locale; t: Translate }>;
  /** The toolbar button: icon, badge, tooltip, and the popup's address carrying its first lines. */
  paint: (snapshot: Snapshot, tooltip: string, glance: Glance) => Promise<void>;
  /** Desktop notifications for what changed, in the words' locale. */
  notify: (events: NotificationEvent[], t: Translate, locale: Locale) => Promise<void>;
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

function nextProbe(
  last: ProbeResult | undefined,
  reading: Awaited<ReturnType<typeof probeOutlook>>,
  host: string,
  at: string,
): ProbeResult {
  // Problems in a row count for one address: a person who moved to another Outlook starts afresh.
  const previous = last && probeUrl(last.host).host === host ? last : undefined;
  const problem = !reading.reachable || reading.slow;
  const consecutiveProblems = problem ? (previous?.consecutiveProblems ?? 0) + 1 : 0;
  const problemSince = problem ? (previous?.consecutiveProblems ? (previous.problemSince ?? previous.at) : at) : undefined;
  return { host, ...reading, at, consecutiveProblems, ...(problemSince ? { problemSince } : {}) };
}

export async function runCheck(deps: CheckDeps, options: CheckOptions = {}): Promise<Snapshot> {
  const settings = await deps.settings();
  const online = deps.online();
  const defs = sourcesFor(settings);
  const [local, stored] = await Promise.all([
    readKeys('local', [KEYS.sources, KEYS.notified, KEYS.outlookHost, KEYS.crowdReport]),
    loadSnapshot(deps.now()),
  ]);
  const { [KEYS.sources]: storedStates, [KEYS.notified]: storedNotified, [KEYS.outlookHost]: outlookHost } = local;
  const probed = probeUrl(outlookHost);
  const states = sourceStatesFrom(storedStates, stored.parts.heartbeat);
  const previous = stored.snapshot;
  const notified = readNotified(storedNotified);

  const startedAt = new Date(deps.now()).toISOString();
  const probeReading = online ? probeOutlook(deps.fetch, deps.now, probed.url) : undefined;
  const upstreams = defs.map((def) => sourceUpstream(def, deps.fetch));
  const nextStates = await refreshAll(upstreams, states, {
    now: deps.now,
    force: !!options.force,
    offline: !online,
    longestBackoffMs: longestBackoffForInterval(settings.pollMinutes * 60_000),
  });

  const nowIso = new Date(deps.now()).toISOString();
  const outcomes = defs.map((def) => readingOf(def, nextStates[def.id]!));
  const document = aggregate(outcomes, nowIso, previous?.document);
  const reading = await probeReading;
  const probe = reading ? nextProbe(previous?.probe, reading, probed.host, nowIso) : undefined;
  const watch = { services: settings.watchedServices, regions: settings.watchedRegions };
  const kind = outlookKindForHost(probed.host) ?? 'business';
  const crowd = crowdVerdict({
    crowd: document.crowd,
    // Where its reports are counted (the aggregator's answer), else the policy's site: one group for both.
    site: verdictSite(settings, local[KEYS.crowdReport], deps.now()),
    kind,
    probeFailing: probeConfirmedProblem(probe),
    confirmed: confirmedForOutlook(document, watch, kind),
    previous: previous?.assessment.crowd,
  });
  const assessment = assess({ document, ...(probe ? { probe } : {}), watch, now: nowIso, online, crowd });
  const anyOk = document.sources.some((s) => s.ok);

  const snapshot: Snapshot = {
    document,
    ...(probe ? { probe } : {}),
    level: assessment.level,
    assessment,
    // The apps chosen for the banner are applied here, with the policy already laid over them: one place decides.
    banners: bannersFor(settings.bannerApps, document, watch, probe, crowd),
    checkedAt: nowIso,
    ...(anyOk ? { lastSuccessAt: nowIso } : previous?.lastSuccessAt ? { lastSuccessAt: previous.lastSuccessAt } : {}),
    online,
    pollMinutes: settings.pollMinutes,
    language: settings.language,
    ...(reportingOn(settings) ? { crowdReports: true as const } : {}),
  };
  const notifications = notificationsFor(notified, document, assessment.relevant, settings.notifications, crowd);
  // The words come first, so the toolbar (with the popup's glance) is painted right after the write: a
  // popup opened in between would show the previous check's headline.
  const { locale, t } = await deps.translate(settings);
  const incident = document.incidents.find((i) => i.id === assessment.headline);
  const glance = glanceOf(snapshot, incident, locale, t);
  // One write per check: the heartbeat (its checkedAt is the freshness every surface relies on), and the
  // source state, status, banner and notified set only when they changed.
  const { kept, fetched } = keptSourceStates(nextStates, startedAt);
  await writeKeys('local', {
    ...snapshotWrites(stored.parts, snapshot, fetched),
    ...sourceStateWrite(KEYS.sources, storedStates, kept),
    ...(sameStored(notifications.next, notified) ? {} : { [KEYS.notified]: notifications.next }),
  });
  const wording: Wording = { t, locale, clock: { locale }, now: deps.now() };
  await deps.paint(snapshot, tooltipText(glance.headline, incident, snapshot.level, crowd, wording), glance);
  // The organisation's report, when its policy asks for one: after the snapshot and the icon, never awaited.
  void reportCheck({ fetch: deps.fetch, now: deps.now }, settings, probe);
  await deps.reschedule(snapshot, settings);
  // Last, and never able to undo the rest: a notification that cannot be shown is not a failed check.
  await deps.notify(notifications.events, t, locale).catch(() => undefined);
  return snapshot;
}
