/**
 * Decides the overall level (design.md "Levels") from the document, the Outlook probe and what the user
 * watches. Pure, so every rule is pinned by a unit test and shared with the aggregator.
 */
import { concerns, NOTICED_IN_OUTLOOK_ON_THE_WEB, SERVICES_FOR_APP, type Watch } from '../engine/catalog';
import { APP_IDS, type AppId, type OutlookKind } from '../engine/apps';
import { compareIncidents } from '../engine/aggregate';
import type { Level } from './level';
import { endedRecently, SEVERITIES, type Incident, type StatusDocument } from '../engine/model';
import { eventSeverity, readAsEvents } from './events';
import type { Assessment, BannerAlert, ProbeResult } from './snapshot';
import type { CrowdVerdict } from './crowd-verdict';

export { effectiveLevel, isStale } from './staleness';

export interface AssessInput {
  document: StatusDocument;
  probe?: ProbeResult;
  watch: Watch;
  now: string;
  online: boolean;
  /** Just you / your office / everyone, from the organisation's pooled checks (verdict.ts), when it has them. */
  crowd?: CrowdVerdict | undefined;
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
 * listing. The worker runs that check soon (about 20 s) rather than a whole interval later. A missing incident
 * waits only while the source that would confirm it answers (its own entry, or for an aggregator's inner
 * source, every entry): a failed source keeps the incident as it was until it answers again, and asking every
 * 20 s meanwhile would only load Microsoft's other status sites during the incident.
 */
export function confirmationPending(document: StatusDocument, probe: ProbeResult | undefined): boolean {
  const answering = (source: string) => {
    const own = document.sources.find((s) => s.id === source);
    return own ? own.ok : document.sources.every((s) => s.ok);
  };
  return probe?.consecutiveProblems === 1 || document.incidents.some((i) => i.missingSince !== undefined && answering(i.source));
}

export function probeConfirmedProblem(probe: ProbeResult | undefined): boolean {
  return !!probe && probe.consecutiveProblems >= PROBE_PROBLEMS_TO_CONFIRM;
}

/** Microsoft's worst active post on a watched service that one kind of Outlook depends on: "Microsoft confirmed". */
export function confirmedForOutlook(document: StatusDocument, watch: Watch, kind: OutlookKind): Incident | undefined {
  const services = SERVICES_FOR_APP[kind === 'business' ? 'outlook-business' : 'outlook-consumer'];
  return document.incidents
    .filter(
      (i) => isRelevant(i, watch) && (i.severity === 'outage' || i.severity === 'degraded') && i.services.some((s) => services.includes(s)),
    )
    .sort(compareIncidents)[0];
}

/** Outlook answered, with HTTP 5xx: its side, not this network (an older stored probe has only the status). */
export function probeServerError(probe: ProbeResult): boolean {
  return probe.outcome === 'server-error' || (probe.outcome === undefined && (probe.httpStatus ?? 0) >= 500);
}

/** The level and reason of a confirmed problem probe: a server error, a slow answer, or no answer from here. */
function probeReason(probe: ProbeResult): Assessment['reason'] {
  if (probe.reachable) return 'probe-slow';
  return probeServerError(probe) ? 'probe-server-error' : 'probe-unreachable';
}

/** Microsoft itself says it does not know the state of the service. */
const isUnknownStatus = (i: Incident) => i.status === 'unknown';

export function assess({ document, probe, watch, now, online, crowd }: AssessInput): Assessment {
  const nowMs = Date.parse(now);
  // Sorted here too: a document from an organisation's aggregator need not arrive sorted. Read as events, so
  // Microsoft's stated status on one post informs the prose-read posts of the same event.
  // The order stays that of Microsoft's own severities (a post raised by a sibling does not jump ahead of it).
  const active = readAsEvents(document.incidents.filter((i) => i.phase !== 'resolved').sort(compareIncidents));
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
    ...(crowd ? { crowd } : {}),
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
  const worst = relevantIncidents
    .filter((i) => i.severity !== 'info')
    .reduce<Incident | undefined>((w, i) => (!w || SEVERITIES.indexOf(i.severity) < SEVERITIES.indexOf(w.severity) ? i : w), undefined);
  if (worst?.severity === 'outage') return result('outage', 'incident', worst);
  // The organisation's own browsers, enough of them to count (verdict.ts): red but labelled unconfirmed when
  // most sites fail, which outweighs a yellow post that is not Microsoft's word on Outlook (an advisory, a
  // degradation of another service: with one on Outlook the verdict is "Microsoft confirmed", not "everyone");
  // yellow "your network" when only this site fails.
  if (crowd?.kind === 'everyone' && okSources.length > 0) return result('outage', 'crowd-everyone');
  if (worst) return result('degraded', 'incident', worst);
  if (okSources.length === 0) return result('unknown', 'no-data');
  if (crowd?.kind === 'your-office') return result('degraded', 'crowd-office');
  const unknown = relevantIncidents.find(isUnknownStatus);
  if (unknown) return result('unknown', 'service-unknown', unknown);

  if (okSources.length < document.sources.length) return result('unknown', 'partial-data');
  // Green needs Outlook reachable: after one failed probe, "checking again" until the re-probe settles it.
  if (!probe || (!probe.reachable && probe.consecutiveProblems < PROBE_PROBLEMS_TO_CONFIRM)) return result('unknown', 'not-checked');
  if (probeConfirmedProblem(probe)) return result('degraded', probeReason(probe));
  return result('ok', 'all-clear');
}

/**
 * Something people using a web app would notice: an issue not confined to surfaces no web app has (IMAP,
 * POP, EWS, ActiveSync, the desktop or mobile Outlook apps). The popup still lists the others, with their scope.
 */
export const noticedInOutlookOnTheWeb = (i: Incident): boolean =>
  !i.surfaces || i.surfaces.some((s) => NOTICED_IN_OUTLOOK_ON_THE_WEB.includes(s));

/**
 * What the banner in one app should say: the worst outage or degradation on that app's own services or
 * what they stand on (catalog.SERVICES_FOR_APP), in the watched regions or worldwide, whatever else the
 * popup watches (a person in Teams hears about Teams), and that its users would notice; else, in Outlook, a
 * confirmed "Outlook unreachable from here" (the probe checks Outlook only); else nothing. Posts are read
 * as their events read them (Microsoft's stated status informs the prose-read ones).
 */
export function bannerFor(
  app: AppId,
  document: StatusDocument,
  watch: Watch,
  probe?: ProbeResult,
  crowd?: CrowdVerdict,
): BannerAlert | null {
  const appWatch = { services: SERVICES_FOR_APP[app], regions: watch.regions };
  const incidents = readAsEvents(document.incidents);
  const incident = incidents
    .filter((i) => (i.severity === 'outage' || i.severity === 'degraded') && isRelevant(i, appWatch) && noticedInOutlookOnTheWeb(i))
    .sort(compareIncidents)[0];
  if (incident) {
    return {
      kind: 'incident',
      incidentId: incident.id,
      severity: incident.severity,
      title: incident.title,
      since: incident.startedAt,
      // A dismissal holds until the event gets worse (any of its posts, in Microsoft's words or ours) or the
      // incident moves on, not through every rewording.
      dismissKey: `${incident.id}@${eventSeverity(incident, incidents)}/${incident.severity}/${incident.phase}`,
      phase: incident.phase,
      services: incident.services,
      regions: incident.regions,
      ...(incident.nextUpdateBy ? { nextUpdateBy: incident.nextUpdateBy } : {}),
    };
  }
  if (app.startsWith('outlook-') && (crowd?.kind === 'everyone' || crowd?.kind === 'your-office')) {
    const since = crowd.since ?? probe?.problemSince ?? probe?.at;
    if (since) {
      const everyone = crowd.kind === 'everyone';
      return {
        kind: everyone ? 'crowd-everyone' : 'crowd-office',
        severity: everyone ? 'outage' : 'degraded',
        title: '',
        since,
        dismissKey: `${crowd.kind}@${since}`,
      };
    }
  }
  if (app.startsWith('outlook-') && probe && !probe.reachable && probeConfirmedProblem(probe)) {
    const since = probe.problemSince ?? probe.at;
    const kind = probeServerError(probe) ? 'server-error' : 'unreachable';
    return { kind, severity: 'degraded', title: '', since, dismissKey: `probe@${since}` };
  }
  return null;
}

/** The banner of every app, or none anywhere (the switch is off), or only in the apps chosen. */
export function bannersFor(
  apps: readonly AppId[],
  document: StatusDocument,
  watch: Watch,
  probe?: ProbeResult,
  crowd?: CrowdVerdict,
): Record<AppId, BannerAlert | null> {
  const out = {} as Record<AppId, BannerAlert | null>;
  for (const app of APP_IDS) out[app] = apps.includes(app) ? bannerFor(app, document, watch, probe, crowd) : null;
  return out;
}
