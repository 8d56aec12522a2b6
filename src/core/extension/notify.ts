/**
 * Which desktop notifications a new snapshot deserves, given what was already notified. Pure and
 * table-tested: one notification when a watched incident starts, when it worsens and when it resolves;
 * never one per poll, never again after a browser restart (the notified set is stored).
 */
import { SEVERITIES, type Incident, type Severity, type StatusDocument } from '../engine/model';
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

  for (const id of relevantIds) {
    const incident = byId.get(id);
    if (!incident) continue;
    const before = notified[id];
    if (before === undefined) {
      if (qualifies(incident.severity, level)) {
        events.push({ kind: 'started', incident });
        next[id] = incident.severity;
      }
    } else {
      const worse = RANK[incident.severity] > RANK[before];
      if (worse) events.push({ kind: 'worsened', incident });
      next[id] = worse ? incident.severity : before;
    }
  }

  for (const [id, severity] of Object.entries(notified)) {
    if (id in next || id === CROWD_NOTIFIED) continue;
    const incident = byId.get(id);
    // Notified and now resolved: say so once, then forget it.
    if (incident?.phase === 'resolved') events.push({ kind: 'resolved', incident });
    // Missing from the document (its source is failing): remember it, so its return is not "new".
    else if (!incident && Object.keys(next).length < MAX_REMEMBERED) next[id] = severity;
    // Still active but no longer watched: forget quietly.
  }
  return { events, next };
}
