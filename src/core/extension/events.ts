/**
 * One event, one card: the posts that different sources publish about the same event (the Azure feed item,
 * the Azure summary post, the Outlook.com row) grouped together, and the rows that name another's cause
 * ("shares a root cause with the networking event affecting Outlook.com"). Every post stays visible inside
 * its event; when the evidence is thin, posts stay apart.
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
/** A post that names the other's cause shares its start: the same minute, give or take a few. */
export const NAMED_CAUSE_WINDOW_MS = 5 * 60_000;

/** "is caused by a networking issue in Azure", "shares a root cause with the networking event affecting Outlook.com". */
const CAUSE = /\b(?:caused by|due to|root cause|related to|result of|stems? from|because of)\b((?:[^.\n]|\.(?=\w)){0,160})/gi;

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

/**
 * What a cause is named as. Only the names a cause is given in Microsoft's posts: the catalog's full
 * matchers (engine/catalog.ts) stay in the worker, out of the popup's budget.
 */
const CAUSE_NAMES: [ServiceId, RegExp][] = [
  ['azure-networking', /\bnetwork(?:ing)?\b|\bwan\b/i],
  ['azure-front-door', /\bfront door\b|\bafd\b/i],
  ['entra', /\bentra\b|\bazure ad\b/i],
  ['azure', /\bazure\b/i],
  ['outlook', /\boutlook\.com\b/i],
  ['exchange', /\bexchange\b|\boutlook on the web\b/i],
  ['teams', /\bteams\b/i],
  ['m365', /\bmicrosoft 365\b/i],
];

/** The services a post names as its cause. */
function causes(p: Incident): ServiceId[] {
  const text = [p.title, p.summary, p.impact ?? '', ...p.updates.map((u) => u.text)].join('\n');
  return [...text.matchAll(CAUSE)].flatMap((m) => CAUSE_NAMES.filter(([, name]) => name.test(m[1]!)).map(([id]) => id));
}

/** One post says the other's service is its cause. */
const namesCause = (from: Incident, to: Incident) => causes(from).some((s) => to.services.includes(s));

/** Whether a careful reader would call these two posts one event. */
export function sameEvent(a: Incident, b: Incident): boolean {
  if (crossReferenced(a, b)) return true;
  const apart = Math.abs(Date.parse(a.startedAt) - Date.parse(b.startedAt));
  // A post that names the other as its cause, starting with it where it is: one event, even from one source.
  if ((namesCause(a, b) || namesCause(b, a)) && apart <= NAMED_CAUSE_WINDOW_MS && regionsOverlap(a.regions, b.regions)) return true;
  // One source lists separate incidents separately: two of its posts are two events.
  if (a.source === b.source) return false;
  return (
    apart <= SAME_START_WINDOW_MS && regionsOverlap(a.regions, b.regions) && a.services.some((x) => b.services.some((y) => related(x, y)))
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
