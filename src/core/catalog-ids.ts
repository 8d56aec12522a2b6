/** The catalog's ids alone, without the text matchers, for bundles that only need names (popup, options). */

export const SERVICE_IDS = [
  'exchange',
  'outlook',
  'm365',
  'teams',
  'onedrive',
  'sharepoint',
  'office-web',
  'copilot',
  'entra',
  'admin-center',
  'power-platform',
  'azure-networking',
  'azure-front-door',
  'azure',
  'other',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

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
