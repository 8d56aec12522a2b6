/**
 * Azure status RSS (`https://azure.status.microsoft/en-us/status/feed/`). Lists only active broad-impact
 * incidents; an empty channel is "quiet" only while lastBuildDate is fresh, which aggregate() checks
 * against `asOf`. An incident ends when its item drops out (aggregate() records it as resolved).
 *
 * What real items look like (tests/fixtures/real): a free-text title; a guid that is a slug of the title
 * (it changes when Microsoft retitles); `<category>` elements naming services and regions, the only
 * structured data; a description whose newest paragraph speaks for now; a pubDate that never moves.
 */
import { parseXml, XmlElement } from '@rgrove/parse-xml';
import {
  azureCategoryScope,
  FOUNDATION_SERVICES,
  M365_WORKLOADS,
  parentRegion,
  regionsInText,
  servicesInText,
  type RegionId,
  type ServiceId,
} from '../catalog';
import type { Incident } from '../model';
import { clamp, safeMicrosoftUrl, toPlainText } from '../text';
import { parseLastUpdatedPhrase, parseNextUpdatePhrase, parseRfc822Date, parseStartPhrase } from '../time';
import { newestStatus, readPost } from '../reading/read';
import { incidentId } from './ids';
import { SourceFormatError, type ParsedSource } from './types';

export const AZURE_RSS_SOURCE = 'azure-rss';
/** Items link to internal hosts (`azurestatusprod*.azurewebsites.net`), never to the incident: people get the status page. */
const STATUS_PAGE = 'https://azure.status.microsoft/en-us/status/';
const MAX_ITEMS = 100;
const MAX_CATEGORIES = 100;

function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c instanceof XmlElement && c.name === name);
}

function childText(el: XmlElement, name: string): string | undefined {
  return childElements(el, name)[0]?.text;
}

/** Words inside links are not evidence of scope ("global" in a learn.microsoft.com address). */
const withoutUrls = (text: string) => text.replace(/\b(https?:\/\/|www\.|aka\.ms\/)\S*/gi, ' ');

/** Sentences that say something is NOT affected name nothing about scope. */
const UNAFFECTED = /\bnot (been )?(impacted|affected)\b|\bunaffected\b|\bno (customer )?impact\b|\bnot experiencing\b/i;

/** What the prose may add by name once anything named a service: Microsoft 365 and what it stands on. */
const NAMED_IN_PROSE: readonly ServiceId[] = [...M365_WORKLOADS, ...FOUNDATION_SERVICES];

/**
 * Scope from structure first: categories, then the title, then the prose. Services come from names
 * ("Azure Front Door", "Outlook"); words that only suggest one ("sign-in", "connectivity") count only when
 * nothing names a service at all. The prose adds only Microsoft 365 products and their foundations that it
 * names, never from a sentence saying they are not affected.
 */
function scope(categories: string[], title: string, prose: string): { services: ServiceId[]; regions: RegionId[] } {
  const services = new Set<ServiceId>();
  const regions = new Set<RegionId>();
  for (const category of categories) {
    const found = azureCategoryScope(category);
    for (const s of found.services) services.add(s);
    for (const r of found.regions) regions.add(r);
  }
  if (regions.size === 0) for (const r of regionsInText(title)) regions.add(r);
  const words = withoutUrls(prose)
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => !UNAFFECTED.test(sentence))
    .join('\n');
  for (const s of servicesInText(title, true)) services.add(s);
  const structured = services.size > 0;
  for (const s of servicesInText(words, true)) if (!structured || NAMED_IN_PROSE.includes(s)) services.add(s);
  if (services.size === 0) for (const s of servicesInText(`${title}\n${words}`)) services.add(s);
  // Prose may name regions when the structure named none, or refine one it named ("Asia Pacific
  // (including Korea Central)"), never widen it.
  const named = new Set(regions);
  for (const r of regionsInText(words)) {
    const parent = parentRegion(r);
    if (named.size === 0 || (parent && named.has(parent))) regions.add(r);
  }
  return { services: services.size > 0 ? [...services] : ['azure'], regions: [...regions] };
}

/** "Impact Statement: …" when labelled, else the opening paragraph of a post that has more than one. */
function impactOf(description: string): string | undefined {
  const labelled = /(?:^|\n)\s*(?:impact statement|summary of impact|impact)\s*:\s*([^\n]+)/i.exec(description);
  if (labelled) return labelled[1]!.trim();
  const paragraphs = description.split(/\n+/).filter((p) => p.trim());
  return paragraphs.length > 1 ? paragraphs[0] : undefined;
}

const TRACKING_ID = /\btracking id\s*:?\s*([A-Z0-9]{3,5}-[A-Z0-9]{2,5})\b/i;

function parseItem(item: XmlElement, asOf: string): Incident {
  const title = toPlainText(childText(item, 'title') ?? '', 300) || 'Azure service issue';
  const description = toPlainText(childText(item, 'description') ?? '', 4000);
  const categories = childElements(item, 'category')
    .slice(0, MAX_CATEGORIES)
    .map((c) => toPlainText(c.text, 100));
  const published = parseRfc822Date(childText(item, 'pubDate')) ?? asOf;
  const guid = childText(item, 'guid')?.trim();
  // pubDate is the first publication and never moves; the text's own "last updated" sentence, when
  // present, is the update time. aggregate() dates any other change of text when it first sees it.
  const statedUpdate = parseLastUpdatedPhrase(description);
  const updatedAt = statedUpdate ?? published;
  const status = newestStatus(description);
  // The feed lists only active items and states no status: the words say how bad and how far along.
  const reading = readPost({ title, text: withoutUrls(description), listedAsActive: true, base: 'degraded' });
  const impact = impactOf(description);
  const nextUpdateBy = parseNextUpdatePhrase(status, asOf, statedUpdate);
  const trackingId = TRACKING_ID.exec(description)?.[1]?.toUpperCase();
  // A follow-up about an outage that is over began when it was posted, not when the outage did.
  const startedAt = (reading.followUp ? undefined : parseStartPhrase(description, published)) ?? published;
  const where = scope(categories, title, description);
  return {
    id: incidentId(AZURE_RSS_SOURCE, guid || title),
    source: AZURE_RSS_SOURCE,
    title,
    severity: reading.severity,
    phase: reading.phase,
    ...where,
    ...(reading.surfaces.length > 0 && where.services.some((s) => s === 'exchange' || s === 'outlook')
      ? { surfaces: [...reading.surfaces] }
      : {}),
    startedAt: startedAt < updatedAt ? startedAt : updatedAt,
    updatedAt,
    url: safeMicrosoftUrl(childText(item, 'link')) ?? STATUS_PAGE,
    summary: clamp(impact ?? (description || title), 1000),
    updates: description ? [{ at: updatedAt, text: description }] : [],
    ...(impact ? { impact: clamp(impact, 1000) } : {}),
    ...(nextUpdateBy && nextUpdateBy > updatedAt ? { nextUpdateBy } : {}),
    ...(trackingId ? { trackingId } : {}),
  };
}

export function parseAzureRss(body: string): ParsedSource {
  let root: XmlElement | null;
  try {
    root = parseXml(body).root;
  } catch (e) {
    const first = String((e as Error).message).split('\n')[0];
    throw new SourceFormatError(`not valid XML (${first})`);
  }
  const channel = root?.name === 'rss' ? childElements(root, 'channel')[0] : undefined;
  if (!channel) throw new SourceFormatError('not an RSS feed');
  const asOf = parseRfc822Date(childText(channel, 'lastBuildDate'));
  if (!asOf) throw new SourceFormatError('feed has no readable lastBuildDate, so its freshness cannot be judged');

  const byId = new Map<string, Incident>();
  for (const item of childElements(channel, 'item').slice(0, MAX_ITEMS)) {
    const incident = parseItem(item, asOf);
    const seen = byId.get(incident.id);
    // The same guid twice: keep the newer post.
    if (!seen || seen.updatedAt < incident.updatedAt) byId.set(incident.id, incident);
  }
  return { incidents: [...byId.values()], asOf };
}
