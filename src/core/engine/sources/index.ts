/** The built-in public sources: where each lives, what it answers with, and which adapter reads it. */
import { parseAzureRss, AZURE_RSS_SOURCE } from './azure-rss';
import {
  ADMIN_CENTER_SOURCE,
  AZURE_SUMMARY_SOURCE,
  M365_CONSUMER_SOURCE,
  parseAdminCenter,
  parseAzureSummary,
  parseM365Consumer,
} from './cloud-status';
import { AGGREGATOR_SOURCE, parseStatusDocumentBody } from './status-document';
import type { BodyKind } from '../fetch-body';
import type { SourceParser } from './types';

export interface SourceDefinition {
  id: string;
  url: string;
  kind: BodyKind;
  parse: SourceParser;
  /** The human page to link to. */
  page: string;
  /** Data whose own build stamp (`asOf`) is older than this is not trusted. */
  maxAgeMinutes?: number;
  /** Extra request headers (the aggregator's bearer token). */
  headers?: Record<string, string>;
  /**
   * Other addresses that serve the same document, tried in order when the main one cannot be read (down,
   * blocked by a proxy, answering a captive portal); never sent the main address's validators or headers.
   */
  mirrors?: readonly string[];
  /** `manual`: a redirect is a failure, not followed (a token must never be carried elsewhere). */
  redirect?: 'manual';
}

export const PUBLIC_SOURCES: readonly SourceDefinition[] = [
  {
    id: AZURE_RSS_SOURCE,
    url: 'https://azure.status.microsoft/en-us/status/feed/',
    kind: 'xml',
    parse: parseAzureRss,
    page: 'https://azure.status.microsoft/en-us/status/',
    // The address status.cloud.microsoft itself links (window.azureRSSFeedLink): the same feed.
    mirrors: ['https://rssfeed.azure.status.microsoft/en-us/status/feed/'],
    // Rebuilt about every minute; half an hour old means something between us and Azure is serving a stale copy.
    maxAgeMinutes: 30,
  },
  {
    id: M365_CONSUMER_SOURCE,
    url: 'https://status.cloud.microsoft/api/posts/m365Consumer',
    kind: 'json',
    parse: parseM365Consumer,
    page: 'https://status.cloud.microsoft/',
  },
  {
    id: AZURE_SUMMARY_SOURCE,
    url: 'https://status.cloud.microsoft/api/posts/azure',
    kind: 'json',
    parse: parseAzureSummary,
    page: 'https://azure.status.microsoft/en-us/status/',
  },
  {
    id: ADMIN_CENTER_SOURCE,
    url: 'https://status.cloud.microsoft/api/posts/mac',
    kind: 'json',
    parse: parseAdminCenter,
    page: 'https://status.cloud.microsoft/',
  },
];

/** An organisation's aggregator replaces every public source with its one StatusDocument. */
export function aggregatorSource(url: string, token?: string | null): SourceDefinition {
  return {
    id: AGGREGATOR_SOURCE,
    url,
    kind: 'json',
    parse: parseStatusDocumentBody,
    page: url,
    maxAgeMinutes: 30,
    redirect: 'manual',
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  };
}
