/**
 * Decides the overall level (design.md "Levels") from the document, the Outlook probe and what the user
 * watches. Pure, so every rule is pinned by a unit test and shared with the aggregator.
 */
import { concerns, SERVICES_FOR_APP, type Watch } from '../engine/catalog';
import { APP_IDS, type AppId } from '../engine/apps';
import { compareIncidents } from '../engine/aggregate';
import type { Level } from './level';
import { endedRecently, type Incident, type StatusDocument } from '../engine/model';
import type { Assessment, BannerAlert, ProbeResult } from './snapshot';

export { effectiveLevel, isStale } from './staleness';

export interface AssessInput {
  document: StatusDocument;
  probe?: ProbeResult;
  watch: Watch;
  now: string;
  online: boolean;
}

/** Two problem probes in a row make a "possible problem"; one alone is re-checked first. */
export const PROBE_PROBLEMS_TO_CONFIRM = 2;

/**
 * Counts toward the level: an active incident on a watched service (or on what it stands on: Front Door,
 * Entra ID, Azure networking), in a watched region or global/unstated.
 */
export function isRelevant(i: Incident, watch: Watch): boolean {
  return i.phase !== 'resolved' && concerns(i, watch);
}

/**
 * Something awaits confirmation by the next check: a first failed probe, or an incident the source stopped
 * listing. The worker runs that check soon (about 20 s) rather than a whole interval later.
 */
export function confirmationPending(document: StatusDocument, probe: ProbeResult | undefined): boolean {
  return probe?.consecutiveProblems === 1 || document.incidents.some((i) => i.missingSince !== undefined);
}

export function probeConfirmedProblem(probe: ProbeResult | undefined): boolean {
  return !!probe && probe.consecutiveProblems >= PROBE_PROBLEMS_TO_CONFIRM;
}

/** Microsoft itself says it does not know the state of the service. */
const isUnknownStatus = (i: Incident) => i.status === 'unknown';

export function assess({ document, probe, watch, now, online }: AssessInput): Assessment {
  const nowMs = Date.parse(now);
  // Sorted here too: a document from an organisation's aggregator need not arrive sorted.
  const active = document.incidents.filter((i) => i.phase !== 'resolved').sort(compareIncidents);
  const watched = active.filter((i) => isRelevant(i, watch));
  const relevantIncidents = watched.filter((i) => i.severity !== 'info' || isUnknownStatus(i));
  const okSources = document.sources.filter((s) => s.ok);
  const okIds = new Set(okSources.map((s) => s.id));
  const listedIds = new Set(document.sources.map((s) => s.id));
  // Shown from a failing or stale source's last good data: an aggregator's inner sources are judged by the
  // aggregator's own health.
  const fromLastGood = (i: Incident) => (listedIds.has(i.source) ? !okIds.has(i.source) : okSources.length === 0);
  const lists = {
    relevant: relevantIncidents.map((i) => i.id),
    other: active.filter((i) => !relevantIncidents.includes(i)).map((i) => i.id),
    recentlyResolved: document.incidents
      .filter((i) => i.phase === 'resolved' && endedRecently(i.resolvedAt ?? i.updatedAt, nowMs))
      .map((i) => i.id),
    lastKnown: active.filter(fromLastGood).map((i) => i.id),
  };
  const result = (level: Level, reason: Assessment['reason'], headline?: Incident): Assessment => ({
    level,
    reason,
    ...lists,
    ...(headline ? { headline: headline.id } : {}),
  });

  if (!online) return result('unknown', 'offline');
  // Worst first, so the first relevant incident with a severity decides. Last-known incidents of a failing
  // source count too (for at most the grace aggregate() allows), so icon, popup and banner tell one story.
  const worst = relevantIncidents.find((i) => i.severity !== 'info');
  if (worst?.severity === 'outage') return result('outage', 'incident', worst);
  if (worst) return result('degraded', 'incident', worst);
  if (okSources.length === 0) return result('unknown', 'no-data');
  const unknown = relevantIncidents.find(isUnknownStatus);
  if (unknown) return result('unknown', 'service-unknown', unknown);

  if (okSources.length < document.sources.length) return result('unknown', 'partial-data');
  // Green needs Outlook reachable: after one failed probe, "checking again" until the re-probe settles it.
  if (!probe || (!probe.reachable && probe.consecutiveProblems < PROBE_PROBLEMS_TO_CONFIRM)) return result('unknown', 'not-checked');
  if (probeConfirmedProblem(probe)) return result('degraded', probe.reachable ? 'probe-slow' : 'probe-unreachable');
  return result('ok', 'all-clear');
}

/**
 * What the banner in one app should say: the worst outage or degradation on that app's own services or
 * what they stand on (catalog.SERVICES_FOR_APP), in the watched regions or worldwide, whatever else the
 * popup watches (a person in Teams hears about Teams); else, in Outlook, a confirmed "Outlook unreachable
 * from here" (the probe checks Outlook only); else nothing.
 */
export function bannerFor(app: AppId, document: StatusDocument, watch: Watch, probe?: ProbeResult): BannerAlert | null {
  const appWatch = { services: SERVICES_FOR_APP[app], regions: watch.regions };
  const incident = document.incidents
    .filter((i) => (i.severity === 'outage' || i.severity === 'degraded') && isRelevant(i, appWatch))
    .sort(compareIncidents)[0];
  if (incident) {
    return {
      kind: 'incident',
      incidentId: incident.id,
      severity: incident.severity,
      title: incident.title,
      since: incident.startedAt,
      // A dismissal holds until the incident gets worse or moves on, not through every rewording.
      dismissKey: `${incident.id}@${incident.severity}/${incident.phase}`,
      ...(incident.url ? { url: incident.url } : {}),
    };
  }
  if (app.startsWith('outlook-') && probe && !probe.reachable && probeConfirmedProblem(probe)) {
    const since = probe.problemSince ?? probe.at;
    return { kind: 'unreachable', severity: 'degraded', title: '', since, dismissKey: `probe@${since}` };
  }
  return null;
}

/** The banner of every app, or none anywhere (the switch is off), or only in the apps chosen. */
export function bannersFor(
  apps: readonly AppId[],
  document: StatusDocument,
  watch: Watch,
  probe?: ProbeResult,
): Record<AppId, BannerAlert | null> {
  const out = {} as Record<AppId, BannerAlert | null>;
  for (const app of APP_IDS) out[app] = apps.includes(app) ? bannerFor(app, document, watch, probe) : null;
  return out;
}
