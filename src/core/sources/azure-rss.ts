/**
 * Azure status RSS (`https://azure.status.microsoft/en-us/status/feed/`). Lists only active broad-impact
 * incidents; an empty channel is "quiet" only while lastBuildDate is fresh, which aggregate() checks
 * against `asOf`. An incident ends when its item drops out (aggregate() records it as resolved). Items carry no structured fields: services, regions, severity and phase come from the
 * `Service - Region` title pattern and the prose.
 */
import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { regionsInText, servicesInText } from '../catalog';
import type { Incident } from '../model';
import { clamp, safeMicrosoftUrl, toPlainText } from '../text';
import { parseAzureStartPhrase, parseRfc822Date } from '../time';
import { phaseFromText, severityFromText, stillActive } from './classify';
import { incidentId } from './ids';
import { SourceFormatError, type ParsedSource } from './types';

export const AZURE_RSS_SOURCE = 'azure-rss';
const STATUS_PAGE = 'https://azure.status.microsoft/en-us/status/';
const MAX_ITEMS = 100;

function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c instanceof XmlElement && c.name === name);
}

function childText(el: XmlElement, name: string): string | undefined {
  return childElements(el, name)[0]?.text;
}

function parseItem(item: XmlElement, asOf: string): Incident {
  const title = toPlainText(childText(item, 'title') ?? '', 300) || 'Azure service issue';
  const description = toPlainText(childText(item, 'description') ?? '', 4000);
  const pubDate = parseRfc822Date(childText(item, 'pubDate'));
  const text = `${title}\n${description}`;
  const guid = childText(item, 'guid')?.trim();
  const updatedAt = pubDate ?? asOf;
  // Azure drops resolved items from the feed, so a listed item is active whatever its words say; one that
  // reads "mitigated" is recovering: at most a degradation until it drops out.
  const saysMitigated = phaseFromText(description) === 'resolved';
  const phase = stillActive(phaseFromText(description));
  const severity = severityFromText(text, 'degraded');
  const services = servicesInText(text);
  return {
    id: incidentId(AZURE_RSS_SOURCE, guid || title),
    source: AZURE_RSS_SOURCE,
    title,
    severity: saysMitigated && severity === 'outage' ? 'degraded' : severity,
    phase,
    services: services.length > 0 ? services : ['azure'],
    regions: regionsInText(text),
    startedAt: parseAzureStartPhrase(description) ?? updatedAt,
    updatedAt,
    url: safeMicrosoftUrl(childText(item, 'link')) ?? STATUS_PAGE,
    summary: clamp(description || title, 1000),
    updates: description ? [{ at: updatedAt, text: description }] : [],
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
    // The same tracking id twice: keep the newer post.
    if (!seen || seen.updatedAt < incident.updatedAt) byId.set(incident.id, incident);
  }
  return { incidents: [...byId.values()], asOf };
}
