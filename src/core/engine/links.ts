/**
 * Which links may be shown: checked when a source is read (core/engine/sources) and again when stored data is
 * read (core/extension/stored.ts). Its own module so the pages that only read stored data do not carry the
 * HTML-to-text code in text.ts. Also which addresses may be fetched from at all: an organisation's
 * aggregator (settings) and the aggregator's own upstreams (aggregator/config.ts).
 */

/**
 * Hosts only Microsoft publishes under. Broad Microsoft domains where customers get subdomains
 * (`*.cloudapp.azure.com`, `forms.office.com`, `*.sharepoint.com`) are deliberately not here.
 */
const MICROSOFT_DOMAINS = ['microsoft.com', 'status.microsoft', 'cloud.microsoft'];
const MICROSOFT_HOSTS = ['portal.azure.com'];

/** Only https links to Microsoft's own status and admin hosts survive; anything else (javascript:, lookalikes, http) is dropped. */
export function safeMicrosoftUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  const trusted = MICROSOFT_HOSTS.includes(host) || MICROSOFT_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
  return trusted ? url.href : undefined;
}

/** The longest address kept anywhere (links, source addresses): longer ones are refused where they come in. */
export const MAX_URL_LENGTH = 2048;

/**
 * https anywhere; plain http only to `thisMachine` (tests, local fakes), the names the caller may reach
 * this machine by; never credentials in the address.
 */
export function httpsOrLocal(raw: string, thisMachine: readonly string[]): URL | undefined {
  try {
    const url = new URL(raw);
    if (url.username || url.password) return undefined;
    if (url.protocol === 'https:') return url;
    return url.protocol === 'http:' && thisMachine.includes(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}
