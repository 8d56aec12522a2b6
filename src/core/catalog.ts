/**
 * Service and region catalog: the ids the whole extension speaks, and the words Microsoft uses for them.
 * Pure data plus matchers, shared by the adapters, assess() and the aggregator.
 */
import { REGION_IDS, type RegionId, type ServiceId } from './catalog-ids';
import type { OutlookKind } from './outlook-hosts';

export { isRegionId, isServiceId, REGION_IDS, SERVICE_IDS, type RegionId, type ServiceId } from './catalog-ids';

/** Which broader region a region sits in; used so that "Korea" and "Asia Pacific" match each other. */
const REGION_PARENT: Partial<Record<RegionId, RegionId>> = {
  korea: 'asia-pacific',
  japan: 'asia-pacific',
  australia: 'asia-pacific',
  india: 'asia-pacific',
};

/**
 * Outlook on the web comes in two products that fail separately. Azure-side networking and identity
 * incidents count for both, because both run on them.
 */
export const SERVICES_FOR_OUTLOOK: Record<OutlookKind, readonly ServiceId[]> = {
  business: ['exchange', 'm365', 'azure-networking', 'azure-front-door', 'entra'],
  consumer: ['outlook', 'm365', 'azure-networking', 'azure-front-door', 'entra'],
};

export const DEFAULT_WATCHED_SERVICES: readonly ServiceId[] = ['exchange', 'outlook', 'm365', 'azure-networking'];

/**
 * True when an incident in `incidentRegions` can touch someone watching `watched`.
 * No region, or `global`, always counts: the outages that break Outlook are often global in scope.
 * An empty watch list means "all regions".
 */
export function regionsOverlap(incidentRegions: readonly RegionId[], watched: readonly RegionId[]): boolean {
  if (watched.length === 0 || incidentRegions.length === 0) return true;
  if (incidentRegions.includes('global') || watched.includes('global')) return true;
  return incidentRegions.some((r) => watched.some((w) => r === w || REGION_PARENT[r] === w || REGION_PARENT[w] === r));
}

/** Workload names of status.cloud.microsoft's consumer rows. */
export const CONSUMER_WORKLOAD_SERVICES: Record<string, ServiceId> = {
  'outlook.com': 'outlook',
  m365consumer: 'm365',
  teamsforlife: 'teams',
  onedriveconsumer: 'onedrive',
  officeonlineconsumer: 'office-web',
  copilotconsumer: 'copilot',
};

interface Matcher<T> {
  id: T;
  pattern: RegExp;
}

// Order matters only for readability; every matching entry contributes.
const SERVICE_MATCHERS: Matcher<ServiceId>[] = [
  { id: 'outlook', pattern: /\boutlook\.com\b/i },
  { id: 'exchange', pattern: /\bexchange online\b|\bexchange\b|\boutlook\b(?!\.com)/i },
  { id: 'm365', pattern: /\bmicrosoft 365\b|\bm365\b|\boffice 365\b|\bo365\b/i },
  { id: 'teams', pattern: /\bteams\b/i },
  { id: 'onedrive', pattern: /\bonedrive\b/i },
  { id: 'sharepoint', pattern: /\bsharepoint\b/i },
  { id: 'copilot', pattern: /\bcopilot\b/i },
  { id: 'entra', pattern: /\bentra\b|\bazure active directory\b|\bazure ad\b|\bsign-?in\b|\bauthentication\b/i },
  { id: 'admin-center', pattern: /\badmin cent(er|re)\b/i },
  { id: 'power-platform', pattern: /\bpower (bi|apps|automate|platform)\b/i },
  {
    id: 'azure-networking',
    pattern: /\b(azure )?network(ing)?\b|\bwan\b|\bexpressroute\b|\bdns\b|\bconnectivity\b|\bpacket loss\b|\brouting\b/i,
  },
  { id: 'azure-front-door', pattern: /\bfront door\b|\bafd\b|\bcdn\b/i },
  { id: 'azure', pattern: /\bazure\b/i },
];

const REGION_MATCHERS: Matcher<RegionId>[] = [
  { id: 'global', pattern: /\bglobal(ly)?\b|\bworldwide\b|\ball regions\b|\bmultiple regions\b/i },
  { id: 'asia-pacific', pattern: /\basia[ -]?pacific\b|\bapac\b|\b(south)?east asia\b/i },
  { id: 'korea', pattern: /\bkorea\b|\bseoul\b|\bbusan\b/i },
  { id: 'japan', pattern: /\bjapan\b|\btokyo\b|\bosaka\b/i },
  { id: 'australia', pattern: /\baustralia\b|\bnew zealand\b/i },
  { id: 'india', pattern: /\bindia\b/i },
  {
    id: 'europe',
    pattern:
      /\beurope\b|\bemea\b|\b(uk|france|germany|sweden|norway|switzerland|poland|italy|spain) (south|west|north|central|east)\b/i,
  },
  {
    id: 'americas',
    pattern:
      /\bamericas?\b|\bnorth america\b|\bunited states\b|\b(east|west|central|north central|south central|west central) us( \d)?\b|\bus (gov|east|west)\b|\bcanada\b|\bbrazil\b|\bmexico\b/i,
  },
  { id: 'middle-east-africa', pattern: /\bmiddle east\b|\buae\b|\bqatar\b|\bisrael\b|\bsouth africa\b|\bafrica\b/i },
];

function matchAll<T>(matchers: Matcher<T>[], text: string): T[] {
  return matchers.filter((m) => m.pattern.test(text)).map((m) => m.id);
}

/** Services named in free text, in catalog order. */
export function servicesInText(text: string): ServiceId[] {
  return matchAll(SERVICE_MATCHERS, text);
}

/**
 * Regions named in free text. A named country also implies its broader region, so that an
 * Asia-Pacific watcher sees a "Korea Central" incident even without the words "Asia Pacific".
 */
export function regionsInText(text: string): RegionId[] {
  const found = new Set(matchAll(REGION_MATCHERS, text));
  for (const r of [...found]) {
    const parent = REGION_PARENT[r];
    if (parent) found.add(parent);
  }
  return REGION_IDS.filter((r) => found.has(r));
}
