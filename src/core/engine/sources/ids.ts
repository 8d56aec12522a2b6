import { shortHash } from '../text';

/** Builds a source-prefixed incident id from whatever stable key a source offers. */
export function incidentId(source: string, key: string): string {
  const slug = key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${source}:${slug || shortHash(key)}`;
}
