/**
 * One event, one card: the posts that different sources publish about the same event (the Azure feed item,
 * the Azure summary post, the Outlook.com row) grouped together. Every post stays visible inside its event;
 * when the evidence is thin, posts stay apart.
 */
import { FOUNDATION_SERVICES, regionsOverlap, type ServiceId } from '../engine/catalog-ids';
import { SEVERITIES, type Incident, type Severity } from '../engine/model';

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

const worse = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b);

/** Microsoft stated this post's status in its own words (a status value, not our reading of prose). */
const statedByMicrosoft = (i: Incident) =>
  i.phase !== 'resolved' && i.status !== undefined && i.status !== 'unknown' && i.severity !== 'info';

/**
 * Microsoft's explicit words on one post inform the guesses on its siblings: while any active post of the
 * event carries Microsoft's own status ("Service degradation" on the Azure summary or an Outlook.com row),
 * an active post whose severity was read from prose alone (the Azure feed's item) takes the worst of those
 * stated severities, up or down. Without a stated sibling, the prose reading stands.
 */
function informedBySiblings(posts: readonly Incident[]): Incident[] {
  const stated = posts.filter(statedByMicrosoft).map((p) => p.severity);
  if (stated.length === 0) return [...posts];
  const severity = stated.reduce(worse);
  return posts.map((p) => (p.status === undefined && p.phase !== 'resolved' && p.severity !== severity ? { ...p, severity } : p));
}

/**
 * Groups posts into events, keeping the order given (the first post of each event leads it). A post joins
 * an event only when it is the same event as every post already in it, so a chain of loose resemblances
 * never pulls two different events together. Within an event, Microsoft's stated status informs the posts
 * read from prose (`informedBySiblings`).
 */
export function groupEvents(incidents: readonly Incident[]): IncidentEvent[] {
  const groups: Incident[][] = [];
  for (const incident of incidents) {
    const group = groups.find((posts) => posts.every((p) => sameEvent(p, incident)));
    if (group) group.push(incident);
    else groups.push([incident]);
  }
  return groups.map((group) => {
    const posts = informedBySiblings(group);
    return { lead: posts[0]!, posts: [...posts].sort(newestFirst) };
  });
}

/**
 * The incidents as their events read them (severities informed by Microsoft's stated words on sibling
 * posts), in the order given: what the level, the banner and the popup all go by.
 */
export function readAsEvents(incidents: readonly Incident[]): Incident[] {
  const informed = new Map(groupEvents(incidents).flatMap((e) => e.posts.map((p) => [p.id, p] as const)));
  return incidents.map((i) => informed.get(i.id) ?? i);
}

/** The worst severity among an incident's event's active posts, as the event reads them. */
export function eventSeverity(incident: Incident, incidents: readonly Incident[]): Severity {
  const event = groupEvents(incidents.filter((i) => i.phase !== 'resolved')).find((e) => e.posts.some((p) => p.id === incident.id));
  return (event?.posts ?? [incident]).map((p) => p.severity).reduce(worse);
}
