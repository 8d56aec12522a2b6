/**
 * Microsoft Graph service communications (`/v1.0/admin/serviceAnnouncement/issues`): the tenant's own
 * service health, read by the organisation aggregator with its app registration (never by the extension).
 *
 * - Paged: the caller follows `@odata.nextLink` and hands every parsed page here.
 * - Enum values arrive camelCase on the wire but PascalCase in Microsoft's doc examples: compared
 *   case-insensitively. A status we do not know fails closed as `degraded`, never as healthy.
 * - Resolved issues stay listed by Graph for weeks; only those that ended in the last day are kept
 *   (the same "recently resolved" window the popup shows), so the served document stays small.
 * - Anything structurally wrong rejects the whole source (SourceFormatError); aggregate() then keeps its
 *   last good incidents for an hour and marks it failed.
 */
import { regionsInText, SERVICE_IDS, servicesInText, type ServiceId } from '../catalog';
import { phaseAcrossPosts, readPost, RESOLVED_STATUSES } from '../reading/read';
import { endedRecently, MICROSOFT_STATUSES, TRACKING_ID, type Incident, type IncidentUpdate, type MicrosoftStatus } from '../model';
import { clamp, toPlainText } from '../text';
import { parseIsoDate, parseProseDate, parseStartPhrase } from '../time';
import { incidentId } from './ids';
import { SourceFormatError, type ParsedSource } from './types';
import { isRecord } from '../record';

export const GRAPH_SOURCE = 'graph';
export const GRAPH_ISSUES_PATH = '/v1.0/admin/serviceAnnouncement/issues';
/** Service health in the Microsoft 365 admin center: where an admin reads the whole issue. */
export const SERVICE_HEALTH_PAGE = 'https://admin.microsoft.com/Adminportal/Home#/servicehealth';

const MAX_ISSUES = 2000;
const MAX_POSTS = 20;

/** Active `serviceHealthStatus` values, lower-cased; reserved-for-future values are listed so they are not "unknown". */
const ACTIVE_STATUSES = new Set([
  'investigating',
  'restoringservice',
  'verifyingservice',
  'servicedegradation',
  'serviceinterruption',
  'extendedrecovery',
  'investigationsuspended',
  'confirmed',
  'reported',
]);

/**
 * Graph's `service` names (lower-cased) → catalog ids, from a real tenant's healthOverviews list
 * (tests/fixtures/real/graph-healthOverviews-services-cli-spec.csv) plus Microsoft's renames. Other names
 * go through the catalog's product names, where "Microsoft 365 Defender" is not the suite.
 */
const SERVICE_NAMES: Record<string, ServiceId> = {
  'exchange online': 'exchange',
  'microsoft 365 suite': 'm365',
  'microsoft teams': 'teams',
  'skype for business': 'teams',
  'sharepoint online': 'sharepoint',
  'onedrive for business': 'onedrive',
  'identity service': 'entra',
  'microsoft entra': 'entra',
  'microsoft entra id': 'entra',
  'azure active directory': 'entra',
  'power bi': 'power-platform',
  'power apps': 'power-platform',
  'power apps in microsoft 365': 'power-platform',
  'microsoft power apps': 'power-platform',
  'power automate': 'power-platform',
  'microsoft power automate': 'power-platform',
  'microsoft power automate in microsoft 365': 'power-platform',
  'power platform': 'power-platform',
  'office for the web': 'office-web',
  'microsoft copilot (microsoft 365)': 'copilot',
};

type Row = Record<string, unknown>;

/** Lower-cased with spaces and underscores removed: `ServiceRestored`, `serviceRestored`, `service_restored` agree. */
function norm(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** An id or value safe to quote in an error message (plain text, short). */
function shown(value: unknown): string {
  return clamp(toPlainText(String(value), 40), 40);
}

/** Graph's status in Microsoft's own vocabulary, whichever case the tenant sent it in. */
function microsoftStatus(status: string): MicrosoftStatus | undefined {
  return MICROSOFT_STATUSES.find((known) => norm(known) === norm(status));
}

/** True for a status value Graph documents; used to note (not to reject) values that appeared later. */
export function isKnownStatus(status: string): boolean {
  const s = norm(status);
  return RESOLVED_STATUSES.has(s) || ACTIVE_STATUSES.has(s);
}

export function servicesFor(serviceName: string, text: string): ServiceId[] {
  const named = SERVICE_NAMES[serviceName.trim().toLowerCase()];
  const fromName = named ? [named] : servicesInText(serviceName, true);
  // A suite-wide issue names the workloads it hits ("including Outlook on the web and Teams"): keep them,
  // so that someone filtering for Exchange sees a Microsoft 365 suite outage that breaks Exchange.
  const extra = fromName.includes('m365') ? servicesInText(text) : [];
  const all = new Set([...fromName, ...extra]);
  return all.size > 0 ? SERVICE_IDS.filter((id) => all.has(id)) : ['other'];
}

function requiredString(issue: Row, key: string, where: string): string {
  const value = issue[key];
  if (typeof value !== 'string') throw new SourceFormatError(`${where}: "${key}" is missing or not text`);
  return value;
}

function optionalString(issue: Row, key: string, where: string): string {
  const value = issue[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new SourceFormatError(`${where}: "${key}" is not text`);
  return value;
}

function dateField(issue: Row, key: string, where: string, required: boolean): string | undefined {
  const raw = issue[key];
  if (raw === undefined || raw === null) {
    if (required) throw new SourceFormatError(`${where}: "${key}" is missing`);
    return undefined;
  }
  const iso = parseIsoDate(raw);
  if (!iso) throw new SourceFormatError(`${where}: "${key}" is not a date`);
  return iso;
}

function readPosts(issue: Row, where: string): IncidentUpdate[] {
  const raw = issue.posts;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new SourceFormatError(`${where}: "posts" is not a list`);
  const posts: IncidentUpdate[] = [];
  for (const post of raw.slice(0, 200)) {
    if (!isRecord(post)) throw new SourceFormatError(`${where}: a post is not an object`);
    const at = dateField(post, 'createdDateTime', `${where} post`, true)!;
    const description = post.description;
    if (!isRecord(description)) throw new SourceFormatError(`${where}: a post has no description`);
    const content = description.content;
    if (typeof content !== 'string') throw new SourceFormatError(`${where}: a post's description has no content`);
    // contentType is html (documented) or text; toPlainText is right for both.
    const text = toPlainText(content, 4000);
    if (text) posts.push({ at, text });
  }
  // Newest first, whatever order the page had.
  return posts.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, MAX_POSTS);
}

/** The earliest impact start a post states ("Start time: …", "Starting at 14:44 UTC on …"), if any. */
function statedStart(posts: readonly IncidentUpdate[]): string | undefined {
  const starts = posts
    .map((p) => parseProseDate(/\bstart time\s*:\s*([^\n]*)/i.exec(p.text)?.[1] ?? '') ?? parseStartPhrase(p.text, p.at))
    .filter((at): at is string => !!at);
  return starts.sort()[0];
}

function parseIssue(issue: unknown, index: number, fetchedAt: string): Incident | undefined {
  if (!isRecord(issue)) throw new SourceFormatError(`issue ${index + 1} is not an object`);
  const rawId = issue.id;
  if (typeof rawId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(rawId)) {
    throw new SourceFormatError(`issue ${index + 1} has no usable id`);
  }
  const where = `issue ${rawId}`;
  const status = requiredString(issue, 'status', where);
  const classification = optionalString(issue, 'classification', where);
  const isResolvedRaw = issue.isResolved;
  if (isResolvedRaw !== undefined && isResolvedRaw !== null && typeof isResolvedRaw !== 'boolean') {
    throw new SourceFormatError(`${where}: "isResolved" is not true or false`);
  }
  const title = toPlainText(requiredString(issue, 'title', where), 300) || `Service issue ${rawId}`;
  const impact = toPlainText(optionalString(issue, 'impactDescription', where), 1000);
  const service = toPlainText(optionalString(issue, 'service', where), 100);
  const startedAt = dateField(issue, 'startDateTime', where, true)!;
  const endedAt = dateField(issue, 'endDateTime', where, false);
  const posts = readPosts(issue, where);
  const updatedAt = dateField(issue, 'lastModifiedDateTime', where, false) ?? posts[0]?.at ?? startedAt;

  const latest = posts[0]?.text ?? '';
  const services = servicesFor(service, `${title}\n${impact}`);
  // Status and classification set severity; the newest post says how far the work has got when the status
  // value says less ("serviceDegradation" while a fix deploys).
  const reading = readPost({ title, text: `${impact}\n${latest}`, status, classification, services });
  const earlier = posts.slice(1).map((p) => ({ title, text: `${impact}\n${p.text}`, classification, services }));
  const phase = isResolvedRaw === true ? 'resolved' : phaseAcrossPosts(reading, earlier);
  const resolvedAt = phase === 'resolved' ? (endedAt ?? updatedAt) : undefined;
  // Long-resolved issues are history, not status.
  if (resolvedAt && !endedRecently(resolvedAt, Date.parse(fetchedAt))) return undefined;

  const stated = statedStart(posts);
  return {
    id: incidentId(GRAPH_SOURCE, rawId),
    source: GRAPH_SOURCE,
    title,
    severity: reading.severity,
    phase,
    services,
    regions: regionsInText(`${title}\n${impact}\n${latest}`),
    ...(reading.surfaces.length > 0 ? { surfaces: [...reading.surfaces] } : {}),
    startedAt: stated && stated < startedAt ? stated : startedAt,
    updatedAt,
    ...(resolvedAt ? { resolvedAt } : {}),
    url: SERVICE_HEALTH_PAGE,
    summary: impact || title,
    updates: posts,
    ...(microsoftStatus(status) ? { status: microsoftStatus(status) } : {}),
    ...(TRACKING_ID.test(rawId) ? { trackingId: rawId } : {}),
    ...(impact ? { impact } : {}),
  };
}

/**
 * Every page of one `GET …/issues` walk (already JSON-parsed), in order. A single page with no
 * `@odata.nextLink` is the common case.
 */
export function parseGraphIssues(pages: readonly unknown[], fetchedAt: string): ParsedSource {
  if (pages.length === 0) throw new SourceFormatError('no pages of issues');
  const byId = new Map<string, Incident>();
  let seen = 0;
  for (const page of pages) {
    if (!isRecord(page)) throw new SourceFormatError('a page of issues is not an object');
    const value = page.value;
    if (!Array.isArray(value)) throw new SourceFormatError('a page of issues has no "value" list');
    for (const raw of value) {
      if (seen >= MAX_ISSUES) throw new SourceFormatError(`more than ${MAX_ISSUES} issues`);
      const incident = parseIssue(raw, seen, fetchedAt);
      seen++;
      if (!incident) continue;
      const known = byId.get(incident.id);
      // Paging while issues change can list one twice: keep the newer.
      if (!known || known.updatedAt < incident.updatedAt) byId.set(incident.id, incident);
    }
  }
  return { incidents: [...byId.values()] };
}

/** One page as text (a SourceParser), for callers that hold the body rather than parsed JSON. */
export function parseGraphIssuesBody(body: string, fetchedAt: string): ParsedSource {
  let page: unknown;
  try {
    page = JSON.parse(body);
  } catch {
    throw new SourceFormatError('not valid JSON');
  }
  return parseGraphIssues([page], fetchedAt);
}

/** A status value quoted safely, for logs that note values Graph added after this adapter was written. */
export function unknownStatuses(pages: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const page of pages) {
    if (!isRecord(page) || !Array.isArray(page.value)) continue;
    for (const issue of page.value) {
      if (isRecord(issue) && typeof issue.status === 'string' && !isKnownStatus(issue.status)) out.add(shown(issue.status));
    }
  }
  return [...out];
}
