/**
 * The Microsoft web apps the banner appears in, and the hosts that serve each. Its own tiny module because
 * the content script's gate needs it and must not pull in the rest of the catalog (its 4 KB budget).
 *
 * www.office.com and www.microsoft365.com are left out: by public reports they send a signed-in person on
 * to m365.cloud.microsoft, where the app itself runs (docs/permissions.md says what could be checked).
 */
export const APP_IDS = ['outlook-business', 'outlook-consumer', 'teams', 'm365'] as const;
export type AppId = (typeof APP_IDS)[number];

/** Every host the banner runs on, and its app (the manifest's host permissions cover exactly these). */
export const APP_HOSTS: Readonly<Record<string, AppId>> = {
  'outlook.office.com': 'outlook-business',
  'outlook.office365.com': 'outlook-business',
  'outlook.cloud.microsoft': 'outlook-business',
  'outlook.live.com': 'outlook-consumer',
  'teams.microsoft.com': 'teams',
  'teams.cloud.microsoft': 'teams',
  'm365.cloud.microsoft': 'm365',
};

export function appForHost(host: string): AppId | null {
  return Object.hasOwn(APP_HOSTS, host) ? APP_HOSTS[host]! : null;
}

export const isAppId = (value: unknown): value is AppId => (APP_IDS as readonly unknown[]).includes(value);

/** Outlook on the web's own hosts: where the reachability probe may go (the one the person uses). */
export const OUTLOOK_HOSTS: readonly string[] = Object.keys(APP_HOSTS).filter((h) => APP_HOSTS[h]!.startsWith('outlook-'));

/** Probed until the person's own Outlook is known. */
export const DEFAULT_OUTLOOK_HOST = 'outlook.office.com';

export const isOutlookHost = (value: unknown): value is string => typeof value === 'string' && OUTLOOK_HOSTS.includes(value);

/** For a schema's check: a string that is one of Outlook on the web's hosts. */
export const isOutlookHostName = (host: string): boolean => isOutlookHost(host);

/** The host of an app page the banner runs on, from a sender's address (https only); null for anything else. */
export function appPageHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && appForHost(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

/** The address patterns of the apps' pages (https only, any path), in APP_HOSTS order. */
export function pagePatterns(apps: readonly AppId[]): string[] {
  return Object.keys(APP_HOSTS)
    .filter((host) => apps.includes(APP_HOSTS[host]!))
    .map((host) => `https://${host}/*`);
}

/** The apps a snapshot's banners propose an alert for: where the gate must run. */
export function appsWithAlert(banners: Partial<Record<AppId, unknown>>): AppId[] {
  return APP_IDS.filter((app) => !!banners[app]);
}

/** The two kinds of Outlook on the web, which fail separately (the crowd's counters are kept per kind). */
export type OutlookKind = 'business' | 'consumer';

export function outlookKindForHost(host: string): OutlookKind | null {
  const app = appForHost(host);
  return app === 'outlook-business' ? 'business' : app === 'outlook-consumer' ? 'consumer' : null;
}
