/**
 * Which desktop notifications a new snapshot deserves, given what was already notified, and what they say.
 * Pure and table-tested: one notification when a watched event starts (however many sources post it), when
 * it worsens and when it resolves; never one per poll, never again after a browser restart (the notified
 * set is stored).
 */
import type { ServiceId } from '../engine/catalog-ids';
import { formatSpan, formatTime, type Clock, type Translate } from '../engine/i18n';
import { SEVERITIES, type Incident, type Severity, type StatusDocument } from '../engine/model';
import { incidentHeadline, mainRegion, mainService, regionKey, serviceKey } from './describe';
import { groupEvents } from './events';
import { whatSentence } from './notice';
import type { NotifyLevel } from './settings';

/** Incident id -> the severity last notified. */
export type NotifiedState = Record<string, Severity>;

export interface NotificationEvent {
  kind: 'started' | 'worsened' | 'resolved';
  incident: Incident;
}

/** Bounds the stored state however many incidents come and go. */
const MAX_REMEMBERED = 200;

const RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, SEVERITIES.length - i])) as Record<Severity, number>;

/** Outlook itself: a degradation here is mail that cannot be read, whatever word Microsoft picks for it. */
const OUTLOOK: readonly ServiceId[] = ['exchange', 'outlook'];

/**
 * The default ('outage') notifies outages, and degradations of a watched Outlook: Microsoft posted the APAC
 * event, where nobody could read mail, as a "service degradation". Other degradations only with 'any'.
 */
function qualifies({ severity, services }: Incident, level: NotifyLevel): boolean {
  if (level === 'off') return false;
  if (severity === 'outage') return true;
  return severity === 'degraded' && (level === 'any' || services.some((s) => OUTLOOK.includes(s)));
}

export function notificationsFor(
  notified: NotifiedState,
  document: StatusDocument,
  relevantIds: readonly string[],
  level: NotifyLevel,
): { events: NotificationEvent[]; next: NotifiedState } {
  const events: NotificationEvent[] = [];
  const next: NotifiedState = {};
  const byId = new Map(document.incidents.map((i) => [i.id, i]));
  const relevant = relevantIds.map((id) => byId.get(id)).filter((i): i is Incident => !!i);
  const resolved = Object.keys(notified)
    .map((id) => byId.get(id))
    .filter((i): i is Incident => i?.phase === 'resolved');
  // One event, one notification: the Azure item and the Outlook.com row about it are told once.
  const eventOf = new Map<string, string>();
  for (const e of groupEvents([...relevant, ...resolved])) for (const p of e.posts) eventOf.set(p.id, e.lead.id);
  const told = new Set([...Object.keys(notified)].map((id) => eventOf.get(id) ?? id));
  const tell = (kind: NotificationEvent['kind'], incident: Incident) => {
    const event = eventOf.get(incident.id) ?? incident.id;
    if (kind !== 'started' || !told.has(event)) events.push({ kind, incident });
    told.add(event);
  };

  for (const incident of relevant) {
    const { id } = incident;
    const before = notified[id];
    if (before === undefined) {
      if (qualifies(incident, level)) {
        tell('started', incident);
        next[id] = incident.severity;
      }
    } else {
      const worse = RANK[incident.severity] > RANK[before];
      if (worse) tell('worsened', incident);
      next[id] = worse ? incident.severity : before;
    }
  }

  // An event ends when its last active post does: a row restored before the Azure item is not an end.
  const toldResolved = new Set(Object.keys(next).map((id) => eventOf.get(id) ?? id));
  for (const [id, severity] of Object.entries(notified)) {
    if (id in next) continue;
    const incident = byId.get(id);
    // Notified and now resolved: say so once per event, when nothing of it is active, then forget it.
    if (incident?.phase === 'resolved') {
      const event = eventOf.get(id) ?? id;
      if (!toldResolved.has(event)) events.push({ kind: 'resolved', incident });
      toldResolved.add(event);
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
 */
export function notificationText({ kind, incident }: NotificationEvent, t: Translate, clock: Clock, now: number): NotificationText {
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
      incident.nextUpdateBy ? t('notify_startBody', since, at(incident.nextUpdateBy)) : t('notify_startBodyNoNext', since),
      whatSentence(incident, t),
      original,
    ].join('\n'),
  };
}
