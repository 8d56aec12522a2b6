/**
 * Which desktop notifications a new snapshot deserves, given what was already notified, and what they say.
 * Pure and table-tested: one notification when a watched incident starts, when it worsens and when it
 * resolves; never one per poll, never again after a browser restart (the notified set is stored).
 */
import { formatSpan, formatTime, type Clock, type Translate } from '../engine/i18n';
import { SEVERITIES, type Incident, type Severity, type StatusDocument } from '../engine/model';
import {
  crowdSentence,
  incidentHeadline,
  mainRegion,
  mainService,
  nextUpdateOverdue,
  regionKey,
  serviceKey,
  whatSentence,
} from './describe';
import { groupEvents } from './events';
import type { NotifyLevel } from './settings';
import type { CrowdVerdict } from './crowd-verdict';

/** Incident id -> the severity last notified. */
export type NotifiedState = Record<string, Severity>;

export type NotificationEvent =
  | { kind: 'started' | 'worsened' | 'resolved'; incident: Incident }
  /** Most of the organisation's sites fail and Microsoft has posted nothing (verdict.ts "everyone"). */
  | { kind: 'crowd'; verdict: Extract<CrowdVerdict, { kind: 'everyone' }> };

/** The notified set's entry for the organisation's own "possible outage": one per failing run. */
export const CROWD_NOTIFIED = 'crowd:everyone';

/** Bounds the stored state however many incidents come and go. */
const MAX_REMEMBERED = 200;

const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, SEVERITIES.length - i])) as Record<Severity, number>;

/**
 * The default ('outage') notifies outages only; degradations with 'any'. Not degradations by default: a
 * degradation is yellow, worth a glance at the icon, not an interruption of someone's work.
 */
function qualifies(severity: Severity, level: NotifyLevel): boolean {
  if (level === 'off') return false;
  return severity === 'outage' || (level === 'any' && severity === 'degraded');
}

export function notificationsFor(
  notified: NotifiedState,
  document: StatusDocument,
  relevantIds: readonly string[],
  level: NotifyLevel,
  crowd?: CrowdVerdict,
): { events: NotificationEvent[]; next: NotifiedState } {
  const events: NotificationEvent[] = [];
  const next: NotifiedState = {};
  // Once per run, as an outage (red): and remembered while Microsoft confirms it, so its post is the news then.
  if (crowd?.kind === 'everyone' && qualifies('outage', level)) {
    if (notified[CROWD_NOTIFIED] === undefined) events.push({ kind: 'crowd', verdict: crowd });
    next[CROWD_NOTIFIED] = 'outage';
  } else if (crowd?.kind === 'confirmed' && notified[CROWD_NOTIFIED] !== undefined) {
    next[CROWD_NOTIFIED] = 'outage';
  }
  const byId = new Map(document.incidents.map((i) => [i.id, i]));
  // One notification per event, whichever of its posts (Azure feed, Azure summary, Outlook.com row) qualifies.
  const eventOf = new Map(groupEvents(document.incidents).flatMap((e, n) => e.posts.map((p) => [p.id, n] as const)));
  const told = new Set<number | undefined>(Object.keys(notified).map((id) => eventOf.get(id)));
  const sameEventTold = (id: string) => eventOf.has(id) && told.has(eventOf.get(id));

  for (const id of relevantIds) {
    const incident = byId.get(id);
    if (!incident) continue;
    const before = notified[id];
    if (before === undefined) {
      if (qualifies(incident.severity, level)) {
        if (!sameEventTold(id)) events.push({ kind: 'started', incident });
        told.add(eventOf.get(id));
        next[id] = incident.severity;
      }
    } else {
      const worse = RANK[incident.severity] > RANK[before];
      if (worse) events.push({ kind: 'worsened', incident });
      next[id] = worse ? incident.severity : before;
    }
  }

  const stillActive = new Set(Object.keys(next).map((id) => eventOf.get(id)));
  const resolvedEvents = new Set<number | undefined>();
  for (const [id, severity] of Object.entries(notified)) {
    if (id in next || id === CROWD_NOTIFIED) continue;
    const incident = byId.get(id);
    const event = eventOf.get(id);
    // Notified and now resolved: say so once per event, when its last notified post ends, then forget it.
    if (incident?.phase === 'resolved') {
      if (!stillActive.has(event) && !resolvedEvents.has(event)) events.push({ kind: 'resolved', incident });
      resolvedEvents.add(event);
    }
    // Missing from the document (its source is failing): remember it, so its return is not "new".
    else if (!incident && Object.keys(next).length < MAX_REMEMBERED) next[id] = severity;
    // Still active but no longer watched: forget quietly.
  }
  return { events, next };
}

export interface NotificationText {
  title: string;
  message: string;
}

/**
 * Start: the headline, then "Not your PC · since 11:28 · next update 13:53", the sentence in the UI language
 * and Microsoft's original title. End: "… issue in Asia Pacific resolved", "Resolved after 1 h 41 min".
 * The organisation's possible outage: "not yet confirmed by Microsoft", and the crowd's evidence.
 */
export function notificationText(event: NotificationEvent, t: Translate, clock: Clock, now: number): NotificationText {
  if (event.kind === 'crowd') {
    return { title: t('notifyCrowdTitle'), message: crowdSentence(event.verdict, { t, locale: clock.locale, clock, now }) };
  }
  const { kind, incident } = event;
  const at = (iso: string) => formatTime(iso, now, clock);
  const original = t('notify_original', incident.title);
  if (kind === 'resolved') {
    const service = t(serviceKey(mainService(incident)));
    const region = mainRegion(incident);
    const ended = incident.resolvedAt ?? incident.updatedAt;
    return {
      title: region ? t('notifyResolvedIn', service, t(regionKey(region))) : t('notifyResolvedGlobal', service),
      message: [t('notify_resolvedBody', formatSpan(incident.startedAt, ended, t), at(incident.startedAt)), original].join('\n'),
    };
  }
  const what = incidentHeadline(incident, t);
  const since = at(incident.startedAt);
  return {
    title: kind === 'started' ? what : t('notifyWorsenedTitle', what),
    message: [
      // A next update Microsoft has already missed is no news, and never said as if still ahead (describe.ts).
      incident.nextUpdateBy && !nextUpdateOverdue(incident.nextUpdateBy, now)
        ? t('notify_startBody', since, at(incident.nextUpdateBy))
        : t('notify_startBodyNoNext', since),
      whatSentence(incident, t),
      original,
    ].join('\n'),
  };
}
