/** The catalog's ids and how regions nest, without the text matchers, for bundles that only need names (popup, options). */

/** Microsoft 365's workloads, which run on the foundations: watching any of them watches the foundations too. */
export const M365_WORKLOADS = ['exchange', 'outlook', 'm365', 'teams', 'onedrive', 'sharepoint', 'office-web', 'copilot'] as const;

export const SERVICE_IDS = [
  ...M365_WORKLOADS,
  'entra',
  'admin-center',
  'power-platform',
  'azure-networking',
  'azure-front-door',
  'azure',
  'other',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/**
 * Where inside Exchange Online and Outlook an issue can be confined: Outlook on the web, the classic desktop
 * clients (Windows, Mac), Outlook for iOS/Android, the IMAP, POP, EWS and Exchange ActiveSync protocols, and
 * mail flow (delivery, delays, quarantine).
 */
export const SURFACE_IDS = ['owa', 'outlook-desktop', 'outlook-mobile', 'imap', 'pop', 'ews', 'eas', 'mail-flow'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

/** What people using Outlook on the web notice: issues in it, and mail that does not arrive. */
export const NOTICED_IN_OUTLOOK_ON_THE_WEB: readonly SurfaceId[] = ['owa', 'mail-flow'];

/**
 * What every Microsoft 365 workload stands on: an incident on one of these breaks the workloads above it
 * even when Microsoft's post names only the foundation (the 29 Oct 2025 Front Door outage took Microsoft 365
 * down worldwide while the Azure item named only "Azure Front Door").
 */
export const FOUNDATION_SERVICES: readonly ServiceId[] = ['azure-networking', 'azure-front-door', 'entra'];

export const REGION_IDS = [
  'global',
  'asia-pacific',
  'korea',
  'japan',
  'australia',
  'india',
  'europe',
  'americas',
  'middle-east-africa',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (SERVICE_IDS as readonly string[]).includes(value);
}

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/** Which broader region a region sits in; used so that "Korea" and "Asia Pacific" match each other. */
export const REGION_PARENT: Partial<Record<RegionId, RegionId>> = {
  korea: 'asia-pacific',
  japan: 'asia-pacific',
  australia: 'asia-pacific',
  india: 'asia-pacific',
};

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
