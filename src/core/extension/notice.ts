/**
 * What an event says, in the UI language and built only from what was read: the facts a helpdesk quotes
 * (Microsoft's status, since, next update, ID), the timing after the lead sentence (describe.ts, shared with
 * the banner and the notifications), and the notice "Copy for IT" writes.
 */
import { REGION_IDS } from '../engine/catalog-ids';
import { formatDuration, formatSpan, formatTime, formatTimeZoned, type Clock, type Translate } from '../engine/i18n';
import type { Incident, MicrosoftStatus } from '../engine/model';
import { incidentHeadline, inCatalogOrder, nextUpdateOverdue, regionNames, serviceNames, whatSentence, type LeadFacts } from './describe';
import type { IncidentEvent } from './events';

/** The Microsoft 365 admin center's Service health: where a tenant finds Microsoft's ID when no public post has one. */
export const SERVICE_HEALTH_URL = 'https://admin.microsoft.com/Adminportal/Home#/servicehealth';

/** One event's facts, taken from its posts: the lead post's where it has them, else the first post that does. */
export interface EventFacts extends LeadFacts {
  status?: MicrosoftStatus | undefined;
  trackingId?: string | undefined;
  updatedAt: string;
  /** Microsoft states no time on the newest post: updatedAt is when its text was first seen. */
  updatedAtSeen: boolean;
  impact?: string | undefined;
  url?: string | undefined;
  /** Microsoft's own words, each text once: the title, the user impact, the newest update. */
  original: string[];
}

const first = <T>(posts: readonly Incident[], pick: (i: Incident) => T | undefined): T | undefined => {
  for (const p of posts) {
    const v = pick(p);
    if (v) return v;
  }
  return undefined;
};

export function eventFacts({ lead, posts }: IncidentEvent): EventFacts {
  const all = [lead, ...posts];
  const newest = posts[0] ?? lead;
  const impact = first(all, (p) => p.impact);
  const update = newest.updates[0]?.text || newest.summary;
  const startedAt = posts.reduce((min, p) => (p.startedAt < min ? p.startedAt : min), lead.startedAt);
  return {
    severity: lead.severity,
    phase: lead.phase,
    services: inCatalogOrder(all.flatMap((p) => p.services)),
    regions: REGION_IDS.filter((r) => all.some((p) => p.regions.includes(r))),
    startedAt,
    updatedAt: newest.updatedAt,
    updatedAtSeen: newest.updatedAtSeen === true,
    nextUpdateBy: lead.phase === 'resolved' ? undefined : first(all, (p) => p.nextUpdateBy),
    resolvedAt: lead.resolvedAt,
    status: first(all, (p) => p.status),
    trackingId: first(all, (p) => p.trackingId),
    impact,
    url: first(all, (p) => p.url),
    original: [...new Set([lead.title, impact, update].filter((s): s is string => !!s?.trim()))],
  };
}

/** "It started at 4:05 PM, 2 h 5 min so far. Next update by 6:30 PM." / "… It lasted 1 h 41 min." */
export function whenSentence(facts: LeadFacts, t: Translate, clock: Clock, now: number, zoned = false): string {
  const at = (iso: string) => (zoned ? formatTimeZoned(iso, now, clock) : formatTime(iso, now, clock));
  if (facts.phase === 'resolved' && facts.resolvedAt)
    return t('lead_lasted', at(facts.startedAt), formatSpan(facts.startedAt, facts.resolvedAt, t));
  const since = t('lead_since', at(facts.startedAt), formatDuration(facts.startedAt, now, t));
  const next = facts.nextUpdateBy;
  return next ? `${since} ${t(nextUpdateOverdue(next, now) ? 'lead_nextOverdue' : 'lead_next', at(next))}` : since;
}

/**
 * The notice a helpdesk pastes into Teams or mail as it is: what is affected, that it is not the reader's
 * PC, since when and how long, Microsoft's own status word, the next update, Microsoft's ID or where to find
 * it, the link, and Microsoft's original English under it. `crowdLine`: the organisation's early warning on
 * this event ("…saw it 52 minutes before Microsoft posted", describe.ts crowdSentence), after the advice.
 */
export function itNotice(event: IncidentEvent, t: Translate, clock: Clock, now: number, crowdLine?: string): string {
  const facts = eventFacts(event);
  const zoned = (iso: string) => formatTimeZoned(iso, now, clock);
  const resolved = facts.phase === 'resolved';
  const regions = facts.regions.includes('global') ? t('region_global') : regionNames(facts.regions, t);
  const lines = [
    t('notice_title', incidentHeadline(event.lead, t)),
    '',
    `${whatSentence(facts, t)} ${whenSentence(facts, t, clock, now, true)}`,
    t(resolved ? 'notice_resolvedAdvice' : 'notice_notYourPc'),
    ...(crowdLine ? [crowdLine] : []),
    '',
    t('notice_services', facts.services.length > 0 ? serviceNames(facts.services, t) : t('service_other')),
    ...(regions ? [t('notice_regions', regions)] : []),
    resolved && facts.resolvedAt
      ? t('notice_period', zoned(facts.startedAt), zoned(facts.resolvedAt), formatSpan(facts.startedAt, facts.resolvedAt, t))
      : t('notice_since', zoned(facts.startedAt), formatDuration(facts.startedAt, now, t)),
    facts.status
      ? t('notice_status', t(`msStatus_${facts.status}`))
      : t('notice_ourReading', `${t(`severity_${facts.severity}`)} · ${t(`phase_${facts.phase}`)}`),
    ...(facts.nextUpdateBy
      ? [t(nextUpdateOverdue(facts.nextUpdateBy, now) ? 'notice_nextOverdue' : 'notice_next', zoned(facts.nextUpdateBy))]
      : []),
    facts.trackingId ? t('notice_id', facts.trackingId) : t('notice_idWhere', SERVICE_HEALTH_URL),
    ...(facts.url ? [t('notice_link', facts.url)] : []),
    '',
    t('notice_original'),
    ...facts.original,
  ];
  return lines.join('\n');
}
