/**
 * A simulated organisation's crowd part (engine/crowd.ts), as an aggregator would publish it from its
 * browsers' reports: per site, how many browsers reported and how many failed, with the Wilson bounds,
 * k-anonymity (below k no numbers) and the organisation's totals worked out by the contract's own rules.
 * The unit tests and the end-to-end tests serve it through the aggregator fixture.
 */
import type { Incident } from '../src/core/engine/model';
import {
  type CrowdOrganisation,
  type CrowdPart,
  type CrowdSite,
  crowdFailing,
  organisationCounts,
  wilsonInterval,
} from '../src/core/engine/crowd';

export interface SimulatedSite {
  site: string;
  browsers: number;
  failing: number;
  /** When this site's failing run began. */
  since?: string;
}

export interface SimulatedOffice {
  at: string;
  sites: SimulatedSite[];
  k?: number;
  windowMinutes?: number;
  /** When the organisation's failing run began. */
  since?: string;
}

function numbers(browsers: number, failing: number, k: number, since: string | undefined) {
  if (browsers < k) return { enough: false as const };
  const { lower, upper } = wilsonInterval(failing, browsers);
  const group = {
    enough: true as const,
    reporters: browsers,
    failing,
    slow: 0,
    failingShare: failing / browsers,
    lower,
    upper,
    baselineShare: 0.01,
  };
  return { ...group, ...(since && crowdFailing(group) ? { since } : {}) };
}

export function crowdPart(office: SimulatedOffice): CrowdPart {
  const k = office.k ?? 5;
  const sites: CrowdSite[] = office.sites.map((s) => ({
    site: s.site,
    outlook: 'business',
    ...numbers(s.browsers, s.failing, k, s.since ?? office.since),
  }));
  const reporting = sites.filter((s) => s.enough);
  const totals = organisationCounts(
    office.sites.map((s) => ({ reporters: s.browsers, failing: s.failing, slow: 0 })),
    k,
  );
  const organisation: CrowdOrganisation = {
    outlook: 'business',
    ...numbers(totals.reporters, totals.failing, k, office.since),
    sitesReporting: reporting.length,
    sitesFailing: reporting.filter((s) => crowdFailing(s)).length,
  };
  return { schema: 1, generatedAt: office.at, windowMinutes: office.windowMinutes ?? 5, k, sites, organisation: [organisation] };
}

/**
 * Microsoft's first Azure Front Door post of 29 Oct 2025 (16:57 UTC), COMPOSED from the public status
 * history (wording shortened): the incident the organisation's crowd saw 52 minutes earlier.
 */
export const FRONT_DOOR_29_OCT: Incident = {
  id: 'azure-rss:azure-front-door-connectivity-issues',
  source: 'azure-rss',
  title: 'Azure Front Door - Connectivity issues across multiple regions',
  severity: 'outage',
  phase: 'investigating',
  services: ['azure-front-door'],
  regions: ['global'],
  startedAt: '2025-10-29T16:00:00.000Z',
  updatedAt: '2025-10-29T16:57:00.000Z',
  summary:
    'Starting at approximately 16:00 UTC, customers and Microsoft services leveraging Azure Front Door (AFD) may experience latencies, timeouts and errors.',
  updates: [{ at: '2025-10-29T16:57:00.000Z', text: 'We are investigating an issue impacting Azure Front Door services.' }],
};
