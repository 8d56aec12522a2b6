/**
 * An organisation aggregator's StatusDocument, read as one source: validated whole, never half-used, and
 * trusted no further than its own sources are. A document whose sources partly failed or are old counts
 * as incomplete: its incidents show, but it cannot make the icon green.
 */
import { validateStatusDocument, type Incident } from '../model';
import { plainIncidentText, safeMicrosoftUrl } from '../text';
import { SourceFormatError, type ParsedSource } from './types';

export { AGGREGATOR_SOURCE } from './aggregator-id';
/** An inner source last fetched longer ago than this (before the document was built) is not current. */
const INNER_MAX_AGE_MS = 30 * 60_000;

const iso = (t: string) => new Date(t).toISOString();

/**
 * All times as UTC `Z` strings, so incidents from here compare and sort like every other source's; links
 * kept only when they go to Microsoft, and words through the plain-text sanitiser, as for every other source.
 */
function normalised({ url, ...raw }: Incident): Incident {
  const safe = safeMicrosoftUrl(url);
  const i = plainIncidentText(raw);
  return {
    ...i,
    ...(safe ? { url: safe } : {}),
    startedAt: iso(i.startedAt),
    updatedAt: iso(i.updatedAt),
    ...(i.resolvedAt ? { resolvedAt: iso(i.resolvedAt) } : {}),
    updates: i.updates.map((u) => ({ ...u, at: iso(u.at) })),
  };
}

export function parseStatusDocumentBody(body: string): ParsedSource {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new SourceFormatError('not valid JSON');
  }
  const checked = validateStatusDocument(data);
  if (!checked.ok) throw new SourceFormatError(checked.error);
  const doc = checked.value;
  if (doc.sources.length === 0) throw new SourceFormatError('the aggregator lists no sources, so its silence means nothing');
  if (doc.sources.every((s) => !s.ok)) throw new SourceFormatError('the aggregator has no data from any of its sources');

  const built = Date.parse(doc.generatedAt);
  const behind = doc.sources
    .filter((s) => !s.ok || !s.fetchedAt || built - Date.parse(s.fetchedAt) > INNER_MAX_AGE_MS)
    .map((s) => (s.ok ? `${s.id}: not current` : `${s.id}: ${s.error ?? 'failed'}`));
  return {
    incidents: doc.incidents.map(normalised),
    asOf: iso(doc.generatedAt),
    covers: doc.sources.filter((s) => s.ok).map((s) => s.id),
    ...(doc.crowd ? { crowd: doc.crowd } : {}),
    ...(behind.length > 0 ? { incomplete: `the aggregator's sources are incomplete (${behind.join('; ')})`.slice(0, 400) } : {}),
  };
}
