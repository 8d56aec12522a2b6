/**
 * The user's settings: typed defaults, field-by-field repair of whatever is stored (a corrupt field falls
 * back to its default; the rest survive), and a migration step per schema version.
 */
import { DEFAULT_WATCHED_SERVICES, isRegionId, isServiceId, type RegionId, type ServiceId } from './catalog';

export const SETTINGS_VERSION = 1;
export const LANGUAGES = ['auto', 'en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Source ids switched off by the user; everything else in the built-in list runs. */
  disabledSources: string[];
  /** When set, the extension reads this organisation aggregator's StatusDocument instead of the public sources. */
  aggregatorUrl: string | null;
  watchedServices: ServiceId[];
  /** Empty means every region. */
  watchedRegions: RegionId[];
  pollMinutes: number;
  notifications: boolean;
  banner: boolean;
  language: Language;
}

export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 60;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  disabledSources: [],
  aggregatorUrl: null,
  watchedServices: [...DEFAULT_WATCHED_SERVICES],
  watchedRegions: [],
  pollMinutes: 5,
  notifications: true,
  banner: true,
  language: 'auto',
};

/** https only, except plain http to this machine for testing. */
export function isAllowedSourceUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

function ids<T extends string>(value: unknown, guard: (v: unknown) => v is T, fallback: T[]): T[] {
  if (!Array.isArray(value)) return fallback;
  return [...new Set(value.filter(guard))];
}

/** Anything in, valid settings out; never throws. */
export function repairSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const poll = Number(raw.pollMinutes);
  return {
    version: SETTINGS_VERSION,
    disabledSources: ids(raw.disabledSources, (v): v is string => typeof v === 'string' && v.length < 64, d.disabledSources),
    aggregatorUrl:
      typeof raw.aggregatorUrl === 'string' && isAllowedSourceUrl(raw.aggregatorUrl) ? raw.aggregatorUrl : d.aggregatorUrl,
    watchedServices: ids(raw.watchedServices, isServiceId, [...d.watchedServices]),
    watchedRegions: ids(raw.watchedRegions, isRegionId, [...d.watchedRegions]),
    pollMinutes:
      Number.isFinite(poll) && poll >= MIN_POLL_MINUTES && poll <= MAX_POLL_MINUTES ? Math.round(poll) : d.pollMinutes,
    notifications: typeof raw.notifications === 'boolean' ? raw.notifications : d.notifications,
    banner: typeof raw.banner === 'boolean' ? raw.banner : d.banner,
    language: (LANGUAGES as readonly unknown[]).includes(raw.language) ? (raw.language as Language) : d.language,
  };
}
