/** Words for a level and its reason, shared by the toolbar tooltip, the popup header and the banner. */
import { REGION_IDS, REGION_PARENT, SERVICE_IDS, SURFACE_IDS, type RegionId, type ServiceId, type SurfaceId } from '../engine/catalog-ids';
import { type Clock, formatTimeZoned, type Translate } from '../engine/i18n';
import { type Level, lookOf } from './level';
import type { CrowdVerdict } from './crowd-verdict';
import type { Incident, Phase, Severity } from '../engine/model';
import type { Reason } from './snapshot';

export const serviceKey = (id: ServiceId): string => `service_${id.replace(/-/g, '_')}`;
export const regionKey = (id: RegionId): string => `region_${id.replace(/-/g, '_')}`;
export const surfaceKey = (id: SurfaceId): string => `surface_${id.replace(/-/g, '_')}`;

/**
 * "Only IMAP, POP": the scope of an event confined to some Exchange/Outlook surfaces, or undefined when any
 * of its posts speaks of the whole service.
 */
export function surfaceScope(posts: readonly Incident[], t: Translate): string | undefined {
  if (posts.length === 0 || posts.some((p) => !p.surfaces)) return undefined;
  const named = SURFACE_IDS.filter((s) => posts.some((p) => p.surfaces?.includes(s)));
  return t('surfacesOnly', named.map((s) => t(surfaceKey(s))).join(', '));
}

/**
 * Services in catalog order, Outlook first: the one order every surface names them in (the popup's card,
 * the banner, Copy for IT), so Outlook is never the one hidden in "and 2 more".
 */
export const inCatalogOrder = (services: readonly ServiceId[]): ServiceId[] => SERVICE_IDS.filter((s) => services.includes(s));

/** The service to name for an incident: the first in catalog order. */
export function mainService(incident: Incident): ServiceId {
  return inCatalogOrder(incident.services)[0] ?? 'other';
}

/** The broadest named region (Asia Pacific before Korea), or undefined for global/unstated. */
export function mainRegion(incident: Incident): RegionId | undefined {
  if (incident.regions.length === 0 || incident.regions.includes('global')) return undefined;
  return REGION_IDS.find((r) => incident.regions.includes(r));
}

/** "Outlook (work) outage in Asia Pacific" / "전 세계 Outlook(회사) 서비스 저하": what, how bad and where. */
export function incidentHeadline(incident: Incident, t: Translate): string {
  const service = t(serviceKey(mainService(incident)));
  const region = mainRegion(incident);
  // An advisory is not a degradation: Microsoft's Korean says 권고, not 서비스 저하.
  const kind = incident.severity === 'outage' ? 'Outage' : incident.severity === 'degraded' ? 'Degraded' : 'Advisory';
  return region ? t(`headline${kind}In`, service, t(regionKey(region))) : t(`headline${kind}Global`, service);
}

/**
 * "Outage", "장애": the level in a word, as the popup's header and its first paint say it. Yellow from this
 * network says "Your network"; red from the organisation's browsers alone says "Possible outage".
 */
export function levelWord(level: Level, t: Translate, reason?: Reason): string {
  if (reason === 'crowd-everyone') return t('popup_level_unconfirmed');
  return t(`popup_level_${lookOf(level, reason)}`);
}

export function headline(reason: Reason, incident: Incident | undefined, t: Translate): string {
  if (reason === 'incident' && incident) return incidentHeadline(incident, t);
  if (reason === 'service-unknown' && incident) return t('headlineServiceUnknown', t(serviceKey(mainService(incident))));
  switch (reason) {
    case 'all-clear':
      return t('headlineOk');
    case 'probe-unreachable':
      return t('headlineProbeUnreachable');
    case 'probe-slow':
      return t('headlineProbeSlow');
    case 'probe-server-error':
      return t('headlineProbeServerError');
    case 'crowd-everyone':
      return t('headlineCrowdEveryone');
    case 'crowd-office':
      return t('headlineCrowdOffice');
    case 'offline':
      return t('headlineOffline');
    case 'partial-data':
      return t('headlinePartialData');
    case 'stale':
      return t('headlineStale');
    case 'not-checked':
      return t('headlineNotChecked');
    default:
      return t('headlineNoData');
  }
}

/** What the verdict's words need: the translator, how numbers and times are written, and now. */
export interface Wording {
  t: Translate;
  locale: string;
  clock: Clock;
  now: number;
}

/**
 * The answer to "is it me or is it Microsoft?". microsoft: Microsoft posted; local: this browser's (or this
 * office's) network; server: Outlook answers 5xx while the status sites answer, and Microsoft is silent;
 * everyone: most of the organisation's sites fail.
 */
export type VerdictKind = 'microsoft' | 'local' | 'server' | 'everyone' | 'fine' | 'unknown';

/**
 * The verdict of a reason, with the crowd's word on it: "just you" or "your office" is only given while
 * Microsoft has no outage or degradation on Outlook's own services (assess.ts confirmedForOutlook), so it
 * outweighs what Microsoft does post (an advisory, another service's incident): the answer is this network,
 * and Microsoft's post is a separate fact, not the cause.
 */
export function verdictKind(reason: Reason, crowd?: CrowdVerdict): VerdictKind {
  if (reason === 'incident') return crowd?.kind === 'just-you' || crowd?.kind === 'your-office' ? 'local' : 'microsoft';
  if (reason === 'probe-unreachable' || reason === 'probe-slow' || reason === 'crowd-office') return 'local';
  if (reason === 'probe-server-error') return 'server';
  if (reason === 'crowd-everyone') return 'everyone';
  return reason === 'all-clear' ? 'fine' : 'unknown';
}

/** "Just you", "Your office", …: the key of the crowd verdict's title. */
export const crowdTitleKey = (kind: CrowdVerdict['kind']): string => `crowd_title_${kind.replace('-', '_')}`;

/**
 * The crowd verdict as one sentence, with its evidence (issue 17): "Outlook works for 41 other browsers at
 * Seoul HQ — restart the browser, check VPN." Shared by the popup, the tooltip, Copy for IT and notifications.
 */
export function crowdSentence(verdict: CrowdVerdict, { t, locale, clock, now }: Wording): string {
  const n = (x: number) => x.toLocaleString(locale);
  const at = (iso: string) => formatTimeZoned(iso, now, clock);
  switch (verdict.kind) {
    case 'just-you':
      return verdict.site ? t('crowd_justYouSite', n(verdict.working), verdict.site) : t('crowd_justYouOrg', n(verdict.working));
    case 'your-office':
      return t('crowd_yourOffice', Math.round(verdict.failingShare * 100).toLocaleString(locale), n(verdict.reporters), verdict.site);
    case 'everyone': {
      const args = [n(verdict.sitesFailing), n(verdict.sitesReporting), n(verdict.reporters)] as const;
      return verdict.since ? t('crowd_everyoneSince', ...args, at(verdict.since)) : t('crowd_everyone', ...args);
    }
    case 'confirmed': {
      const lead = crowdLeadMinutes(verdict);
      if (lead === undefined) return t('crowd_confirmed');
      return lead === 1 ? t('crowd_confirmedLeadOne') : t('crowd_confirmedLead', n(lead));
    }
    case 'not-enough':
      return verdict.site ? t('crowd_notEnoughSite', verdict.site, n(verdict.k)) : t('crowd_notEnoughOrg', n(verdict.k));
  }
}

/** How many minutes before Microsoft's first post the organisation's browsers began failing, when they did. */
export function crowdLeadMinutes(verdict: CrowdVerdict): number | undefined {
  if (verdict.kind !== 'confirmed' || !verdict.crowdSince) return undefined;
  const minutes = Math.round((Date.parse(verdict.postedAt) - Date.parse(verdict.crowdSince)) / 60_000);
  return minutes > 0 ? minutes : undefined;
}

/**
 * Microsoft's "next update by" time has passed and no newer post moved it: every surface says it was due
 * ("Next update was due 1:30 AM"), never as if it were still ahead.
 */
export const nextUpdateOverdue = (nextUpdateBy: string, now: number): boolean => Date.parse(nextUpdateBy) < now;

/** What the lead sentence is built from: one post, or an event's facts. */
export interface LeadFacts {
  severity: Severity;
  phase: Phase;
  services: readonly ServiceId[];
  regions: readonly RegionId[];
  startedAt: string;
  nextUpdateBy?: string | undefined;
  resolvedAt?: string | undefined;
}

/** Services named in a sentence before "and N more". */
const MAX_NAMED_SERVICES = 3;

/** "Outlook (work or school), Microsoft 365 and 2 more". */
export function serviceNames(services: readonly ServiceId[], t: Translate): string {
  const names = services.slice(0, MAX_NAMED_SERVICES).map((s) => t(serviceKey(s)));
  const more = services.length - names.length;
  return more > 0 ? t('lead_servicesMore', names.join(', '), more) : names.join(', ');
}

/** The broadest regions named ("Asia Pacific", not also "Korea"); empty when none or worldwide. */
export function regionNames(regions: readonly RegionId[], t: Translate): string {
  const broadest = regions.filter((r) => r !== 'global' && !regions.includes(REGION_PARENT[r] as RegionId));
  return broadest.map((r) => t(regionKey(r))).join(', ');
}

function where(regions: readonly RegionId[], t: Translate): string {
  if (regions.includes('global')) return t('lead_worldwide');
  const names = regionNames(regions, t);
  return names ? t('lead_in', names) : '';
}

const KIND: Record<Severity, string> = {
  outage: 'lead_kind_outage',
  degraded: 'lead_kind_degraded',
  advisory: 'lead_kind_issue',
  info: 'lead_kind_issue',
};
const PHASE: Record<Phase, string> = {
  investigating: 'lead_investigating',
  mitigating: 'lead_mitigating',
  monitoring: 'lead_monitoring',
  resolved: 'lead_resolved',
};

/** Collapses what an empty part leaves behind: double spaces, a space before a full stop. */
const tidy = (s: string) =>
  s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,])/g, '$1')
    .trim();

/** "Microsoft is investigating a service degradation affecting Outlook (work or school) in Asia Pacific." */
export function whatSentence(facts: LeadFacts, t: Translate): string {
  const services = facts.services.length > 0 ? serviceNames(facts.services, t) : t('service_other');
  return tidy(t(PHASE[facts.phase], t(KIND[facts.severity]), services, where(facts.regions, t)));
}
