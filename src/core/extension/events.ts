/**
 * One event, one card: the posts that different sources publish about the same event (the Azure feed item,
 * the Azure summary post, the Outlook.com row) grouped together. Every post stays visible inside its event;
 * when the evidence is thin, posts stay apart.
 */
import { FOUNDATION_SERVICES, regionsOverlap, type ServiceId } from '../engine/catalog-ids';
import type { Incident } from '../engine/model';

export interface IncidentEvent {
  /** The post that speaks for the event: the first one in the order given (worst first). */
  lead: Incident;
  /** Every post of the event, newest update first. */
  posts: Incident[];
}

/** Starts further apart than this are different events unless a post names the other's tracking id. */
export const SAME_START_WINDOW_MS = 30 * 60_000;

const SUITE: readonly ServiceId[] = ['exchange', 'outlook', 'teams', 'onedrive', 'sharepoint', 'office-web', 'copilot', 'admin-center'];

function related(x: ServiceId, y: ServiceId): boolean {
  return (
    x === y ||
    // An incident on what Microsoft 365 and Azure run on shows up in the services above it.
    FOUNDATION_SERVICES.includes(x) ||
    FOUNDATION_SERVICES.includes(y) ||
    (x === 'm365' && SUITE.includes(y)) ||
    (y === 'm365' && SUITE.includes(x)) ||
    (x === 'azure' && y.startsWith('azure')) ||
    (y === 'azure' && x.startsWith('azure'))
  );
}

/** One post quotes the other's tracking id (or both carry the same one). */
function crossReferenced(a: Incident, b: Incident): boolean {
  const names = (from: Incident, to: Incident) =>
    !!from.trackingId && [to.trackingId, to.title, to.summary, ...to.updates.map((u) => u.text)].some((s) => s?.includes(from.trackingId!));
  return names(a, b) || names(b, a);
}

/** Whether a careful reader would call these two posts one event. */
export function sameEvent(a: Incident, b: Incident): boolean {
  if (crossReferenced(a, b)) return true;
  // One source lists separate incidents separately: two of its posts are two events.
  if (a.source === b.source) return false;
  return (
    Math.abs(Date.parse(a.startedAt) - Date.parse(b.startedAt)) <= SAME_START_WINDOW_MS &&
    regionsOverlap(a.regions, b.regions) &&
    a.services.some((x) => b.services.some((y) => related(x, y)))
  );
}

const newestFirst = (a: Incident, b: Incident) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt);

/**
 * Groups posts into events, keeping the order given (the first post of each event leads it). A post joins
 * an event only when it is the same event as every post already in it, so a chain of loose resemblances
 * never pulls two different events together.
 */
export function groupEvents(incidents: readonly Incident[]): IncidentEvent[] {
  const groups: Incident[][] = [];
  for (const incident of incidents) {
    const group = groups.find((posts) => posts.every((p) => sameEvent(p, incident)));
    if (group) group.push(incident);
    else groups.push([incident]);
  }
  return groups.map((posts) => ({ lead: posts[0]!, posts: [...posts].sort(newestFirst) }));
}
