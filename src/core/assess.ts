/**
 * Decides the overall level (design.md "Levels") from the document, the Outlook probe and what the user
 * watches. Pure, so every rule is pinned by a unit test and shared with the aggregator.
 */
import { regionsOverlap, SERVICES_FOR_OUTLOOK, type RegionId, type ServiceId } from './catalog';
import type { OutlookKind } from './outlook-hosts';
import { compareIncidents } from './aggregate';
import type { Assessment, BannerAlert, Incident, Level, ProbeResult, StatusDocument } from './model';

export { effectiveLevel, isStale } from './staleness';

export interface Watch {
  services: readonly ServiceId[];
  regions: readonly RegionId[];
}

export interface AssessInput {
  document: StatusDocument;
  probe?: ProbeResult;
  watch: Watch;
  now: string;
  online: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Two problem probes in a row make a "possible problem"; one alone is re-checked first. */
export const PROBE_PROBLEMS_TO_CONFIRM = 2;

function touchesWatchedService(i: Incident, services: readonly ServiceId[]): boolean {
  return services.length === 0 || i.services.some((s) => services.includes(s));
}

/** Counts toward the level: an active incident on a watched service, in a watched region or global/unstated. */
export function isRelevant(i: Incident, watch: Watch): boolean {
  return i.phase !== 'resolved' && touchesWatchedService(i, watch.services) && regionsOverlap(i.regions, watch.regions);
}

export function probeConfirmedProblem(probe: ProbeResult | undefined): boolean {
  return !!probe && probe.consecutiveProblems >= PROBE_PROBLEMS_TO_CONFIRM;
}

export function assess({ document, probe, watch, now, online }: AssessInput): Assessment {
  const nowMs = Date.parse(now);
  // Sorted here too: a document from an organisation's aggregator need not arrive sorted.
  const active = document.incidents.filter((i) => i.phase !== 'resolved').sort(compareIncidents);
  const relevantIncidents = active.filter((i) => isRelevant(i, watch) && i.severity !== 'info');
  const lists = {
    relevant: relevantIncidents.map((i) => i.id),
    other: active.filter((i) => !relevantIncidents.includes(i)).map((i) => i.id),
    recentlyResolved: document.incidents
      .filter((i) => i.phase === 'resolved' && nowMs - Date.parse(i.resolvedAt ?? i.updatedAt) < DAY_MS)
      .map((i) => i.id),
  };
  const result = (level: Level, reason: Assessment['reason']): Assessment => ({
    level,
    reason,
    ...lists,
    ...(reason === 'incident' && lists.relevant[0] ? { headline: lists.relevant[0] } : {}),
  });

  if (!online) return result('unknown', 'offline');
  const okSources = document.sources.filter((s) => s.ok);
  if (okSources.length === 0) return result('unknown', 'no-data');

  // Worst first, so the first relevant incident decides.
  const worst = relevantIncidents[0];
  if (worst?.severity === 'outage') return result('outage', 'incident');
  if (worst) return result('degraded', 'incident');

  if (okSources.length < document.sources.length) return result('unknown', 'partial-data');
  // Green needs Outlook reachable: after one failed probe, "checking again" until the re-probe settles it.
  if (!probe || (!probe.reachable && probe.consecutiveProblems < PROBE_PROBLEMS_TO_CONFIRM)) return result('unknown', 'not-checked');
  if (probeConfirmedProblem(probe)) return result('degraded', probe.reachable ? 'probe-slow' : 'probe-unreachable');
  return result('ok', 'all-clear');
}

/**
 * What the banner on one kind of Outlook should say: the worst outage or degradation that touches that
 * kind of Outlook (design.md catalog note), else a confirmed "Outlook unreachable from here", else nothing.
 */
export function bannerFor(kind: OutlookKind, document: StatusDocument, assessment: Assessment, probe?: ProbeResult): BannerAlert | null {
  const hostServices = SERVICES_FOR_OUTLOOK[kind];
  const incident = assessment.relevant
    .map((id) => document.incidents.find((i) => i.id === id))
    .find(
      (i): i is Incident =>
        !!i && (i.severity === 'outage' || i.severity === 'degraded') && i.services.some((s) => hostServices.includes(s)),
    );
  if (incident) {
    return {
      kind: 'incident',
      incidentId: incident.id,
      severity: incident.severity,
      title: incident.title,
      since: incident.startedAt,
      dismissKey: `${incident.id}@${incident.updatedAt}`,
      ...(incident.url ? { url: incident.url } : {}),
    };
  }
  if (probe && !probe.reachable && probeConfirmedProblem(probe)) {
    const since = probe.problemSince ?? probe.at;
    return { kind: 'unreachable', severity: 'degraded', title: '', since, dismissKey: `probe@${since}` };
  }
  return null;
}
