/**
 * The user's settings: typed defaults, field-by-field repair of whatever is stored (a corrupt field falls
 * back to its default; the rest survive), a migration step per schema version, and the organisation's
 * managed policy laid over the top (those fields are locked).
 */
import {
  DEFAULT_WATCHED_SERVICES,
  FOUNDATION_SERVICES,
  isRegionId,
  isServiceId,
  SERVICES_FOR_APP,
  servicesThatCount,
  type RegionId,
  type ServiceId,
} from '../engine/catalog';
import { APP_IDS, isAppId, type AppId } from '../engine/apps';
import { LANGUAGES, type Language } from '../engine/i18n';
import { isPollMinutes, MAX_POLL_MINUTES, MIN_POLL_MINUTES } from './level';
import { httpsOrLocal, MAX_URL_LENGTH } from '../engine/links';
import { isRecord } from '../engine/record';
import * as v from 'valibot';
import { SiteName } from '../engine/crowd';

export const SETTINGS_VERSION = 4;
export const NOTIFY_LEVELS = ['off', 'outage', 'any'] as const;
/** Which incidents raise a desktop notification: none, outages only (default), or outages and degradations. */
export type NotifyLevel = (typeof NOTIFY_LEVELS)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Source ids switched off by the user; everything else in the built-in list runs. */
  disabledSources: string[];
  /** When set, the extension reads this organisation aggregator's StatusDocument instead of the public sources. */
  aggregatorUrl: string | null;
  /** Bearer token for the aggregator; only ever set by managed policy. */
  aggregatorToken: string | null;
  watchedServices: ServiceId[];
  /** Empty means every region. */
  watchedRegions: RegionId[];
  pollMinutes: number;
  notifications: NotifyLevel;
  /** The apps that show the warning banner (Outlook, Teams, the Microsoft 365 app); empty: no banner anywhere. */
  bannerApps: AppId[];
  language: Language;
  /**
   * Send each check's Outlook outcome to the organisation's aggregator (issue 17, docs/privacy.md). Policy
   * only, off by default, and effective only with the aggregator's URL and token from the same policy.
   */
  crowdReports: boolean;
  /** The office or network this browser reports for ("Seoul HQ"); policy only. */
  crowdSite: string | null;
}

export type SettingKey = Exclude<keyof Settings, 'version'>;

export { isPollMinutes, MAX_POLL_MINUTES, MIN_POLL_MINUTES };

/** What the defaults are derived from: the browser's language and time zone. */
export interface Locality {
  uiLanguage: string;
  timeZone: string;
}

/**
 * Regions a person most likely cares about, from language and time zone: Korean or Asia/Seoul watches
 * Korea and Asia Pacific. Global incidents always count anyway; unknown places watch everything.
 */
export function defaultRegions({ uiLanguage, timeZone }: Locality): RegionId[] {
  const lang = uiLanguage.toLowerCase();
  if (lang.startsWith('ko') || timeZone === 'Asia/Seoul') return ['korea', 'asia-pacific'];
  if (lang.startsWith('ja') || timeZone === 'Asia/Tokyo') return ['japan', 'asia-pacific'];
  if (timeZone.startsWith('Australia/') || timeZone === 'Pacific/Auckland') return ['australia', 'asia-pacific'];
  if (timeZone === 'Asia/Kolkata' || timeZone === 'Asia/Calcutta') return ['india', 'asia-pacific'];
  if (timeZone.startsWith('Asia/')) return ['asia-pacific'];
  if (timeZone.startsWith('Europe/')) return ['europe'];
  if (timeZone.startsWith('America/')) return ['americas'];
  return [];
}

export function defaultSettings(locality: Locality): Settings {
  return {
    version: SETTINGS_VERSION,
    disabledSources: [],
    aggregatorUrl: null,
    aggregatorToken: null,
    watchedServices: [...DEFAULT_WATCHED_SERVICES],
    watchedRegions: defaultRegions(locality),
    pollMinutes: 5,
    notifications: 'outage',
    bannerApps: [...APP_IDS],
    language: 'auto',
    crowdReports: false,
    crowdSite: null,
  };
}

export const ACCOUNTS = ['work', 'personal', 'both'] as const;
/** Which Outlook a person uses, as the welcome page asks it. */
export type Account = (typeof ACCOUNTS)[number];

/**
 * The watch list for an answer on the welcome page: a work account watches Outlook for business and
 * Microsoft 365, a personal one Outlook.com, each with what it stands on; both watch both. A personal
 * Outlook.com problem no longer tells a work user "Microsoft's side".
 */
export function servicesForAccount(account: Account): ServiceId[] {
  if (account === 'work') return [...SERVICES_FOR_APP['outlook-business']];
  if (account === 'personal') return ['outlook', ...FOUNDATION_SERVICES];
  return [...DEFAULT_WATCHED_SERVICES];
}

/** The answer the watch list stands for, if it is one of the three; undefined for a list of one's own. */
export function accountOf(services: readonly ServiceId[]): Account | undefined {
  const same = (a: readonly ServiceId[]) => a.length === services.length && a.every((s) => services.includes(s));
  return ACCOUNTS.find((account) => same(servicesForAccount(account)));
}

/** The defaults when nothing is known about where the user is: every region. */
export const DEFAULT_SETTINGS: Settings = defaultSettings({ uiLanguage: 'en', timeZone: 'UTC' });

/**
 * Where an organisation's aggregator may be: https, or plain http to this machine for testing, by the
 * names the manifest's optional host permissions can grant; no longer than a status document may name it.
 */
export function isAllowedSourceUrl(raw: string): boolean {
  return raw.length <= MAX_URL_LENGTH && httpsOrLocal(raw, ['localhost', '127.0.0.1']) !== undefined;
}

type Raw = Record<string, unknown>;

/** Before v4 one switch, `banner`, said whether Outlook showed the banner: off means off everywhere. */
const bannerAppsFromSwitch = (banner: unknown): AppId[] => (banner === false ? [] : [...APP_IDS]);

/**
 * One step per schema version: migrations[n] turns version n into n + 1. Each step converts only the shape it
 * knows, so settings whose `version` was damaged or lost (read as 1) keep every choice already in today's shape.
 */
export const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // v1 had notifications on/off; v2 says which incidents notify. "On" meant outages.
  1: (raw) => ({
    ...raw,
    version: 2,
    ...(typeof raw.notifications === 'boolean' ? { notifications: raw.notifications ? 'outage' : 'off' } : {}),
  }),
  // v3: what Microsoft 365 stands on (Front Door, Entra ID, Azure networking) is watched with it.
  2: (raw) => {
    const services = Array.isArray(raw.watchedServices) ? raw.watchedServices.filter(isServiceId) : [];
    // A list with nothing known in it is left for the field reader to judge (unusable, not "none").
    return { ...raw, version: 3, ...(services.length > 0 ? { watchedServices: [...servicesThatCount(services)] } : {}) };
  },
  // v4: the banner is chosen per app. Switched off stays off everywhere; on (or unset) shows it in every app.
  3: ({ banner, ...raw }) => ({
    ...raw,
    version: 4,
    ...(Array.isArray(raw.bannerApps) ? {} : { bannerApps: bannerAppsFromSwitch(banner) }),
  }),
};

/**
 * The version settings are in: as stored, or for a damaged or lost `version`, the newest whose fields they
 * already have (v4 added `bannerApps`, v2 made `notifications` a word), so no step runs over today's choices.
 */
function versionOf(raw: Raw): number {
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1) return raw.version;
  if (Array.isArray(raw.bannerApps)) return SETTINGS_VERSION;
  return typeof raw.notifications === 'string' ? 2 : 1;
}

function migrate(raw: Raw): Raw {
  let current = raw;
  let version = versionOf(raw);
  while (version < SETTINGS_VERSION && MIGRATIONS[version]) {
    current = MIGRATIONS[version]!(current);
    version++;
  }
  return current;
}

/**
 * A list of known ids. Unknown entries are dropped; a non-empty list with nothing known left (a policy
 * saying "Korea" for "korea") is unusable rather than "every region".
 */
function idList<T extends string>(value: unknown, guard: (v: unknown) => v is T): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const known = [...new Set(value.filter(guard))];
  return value.length > 0 && known.length === 0 ? undefined : known;
}

const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 64;

/** Each field's reader: the valid value, or undefined when the stored value is unusable. */
const FIELD_READERS: { [K in SettingKey]: (value: unknown) => Settings[K] | undefined } = {
  disabledSources: (v) => idList(v, isShortString),
  aggregatorUrl: (v) => (v === null ? null : typeof v === 'string' && isAllowedSourceUrl(v) ? v : undefined),
  // It becomes a header line: CR, LF or any other control character could add headers of its own.
  aggregatorToken: (v) =>
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    v === null ? null : typeof v === 'string' && v.length > 0 && v.length <= 4096 && !/[\x00-\x1f\x7f]/.test(v) ? v : undefined,
  watchedServices: (v) => idList(v, isServiceId),
  watchedRegions: (v) => idList(v, isRegionId),
  pollMinutes: (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
    return isPollMinutes(n) ? Math.round(n) : undefined;
  },
  notifications: (v) => ((NOTIFY_LEVELS as readonly unknown[]).includes(v) ? (v as NotifyLevel) : undefined),
  bannerApps: (v) => idList(v, isAppId),
  language: (v) => ((LANGUAGES as readonly unknown[]).includes(v) ? (v as Language) : undefined),
  crowdReports: (v) => (typeof v === 'boolean' ? v : undefined),
  crowdSite: (value) => (value === null ? null : isSiteName(value) ? value : undefined),
};

const isSiteName = (value: unknown): value is string => v.is(SiteName, value);

/** Fields only an organisation's policy can set: whatever the user's storage says about them is ignored. */
export const POLICY_ONLY_KEYS: readonly SettingKey[] = ['crowdReports', 'crowdSite'];

export const SETTING_KEYS = Object.keys(FIELD_READERS) as SettingKey[];

/** Anything in, valid settings out; never throws. Unusable fields take their default, the rest survive. */
export function repairSettings(stored: unknown, defaults: Settings = DEFAULT_SETTINGS): Settings {
  const raw = isRecord(stored) ? migrate(stored) : {};
  const out: Settings = { ...defaults, version: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) {
    if (!(key in raw) || POLICY_ONLY_KEYS.includes(key)) continue;
    const value = FIELD_READERS[key](raw[key]);
    if (value !== undefined) (out as unknown as Raw)[key] = value;
  }
  return out;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Fields set by the organisation's policy: shown locked, never overwritten by the user. */
  locked: SettingKey[];
}

/** Lays the organisation's managed policy over the user's settings; invalid policy values are ignored. */
export function applyPolicy(user: Settings, stored: unknown): EffectiveSettings {
  if (!isRecord(stored)) return { settings: user, locked: [] };
  // Policies written for versions before v4 say `banner: true|false`; `bannerApps` wins when both are set.
  const policy =
    typeof stored.banner === 'boolean' && !('bannerApps' in stored)
      ? { ...stored, bannerApps: bannerAppsFromSwitch(stored.banner) }
      : stored;
  const settings: Settings = { ...user };
  const locked: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in policy)) continue;
    const value = FIELD_READERS[key](policy[key]);
    if (value === undefined) continue;
    (settings as unknown as Raw)[key] = value;
    locked.push(key);
  }
  // The organisation's token belongs to the organisation's aggregator: never sent to an address the user typed.
  if (locked.includes('aggregatorToken') && !locked.includes('aggregatorUrl')) settings.aggregatorToken = null;
  // Reports go only to the aggregator the same policy names, with its token; never on by hand.
  if (!locked.includes('aggregatorUrl') || !settings.aggregatorUrl || !settings.aggregatorToken) settings.crowdReports = false;
  return { settings, locked };
}
