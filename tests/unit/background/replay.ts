/**
 * Replays a timeline of feed bodies through the real check cycle (runCheck: refresh engine, adapters,
 * aggregate, assess, banner, notifications, storage) with a fake clock and a fake network, and records
 * what a person would see at each step: level, badge, banner per kind of Outlook, popup lists, tooltip
 * and the notifications raised. The test file installs the fake browser as `browser`, where src/platform finds it.
 */
import { BADGE } from '../../../src/background/icon';
import { runCheck } from '../../../src/background/check';
import type { RegionId } from '../../../src/core/engine/catalog';
import { type Translate, translator } from '../../../src/core/engine/i18n';
import type { Level } from '../../../src/core/extension/level';
import type { Incident } from '../../../src/core/engine/model';
import type { Assessment, BannerAlert, Snapshot } from '../../../src/core/extension/snapshot';
import type { NotificationEvent } from '../../../src/core/extension/notify';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/extension/settings';
import { fixture } from '../../../harness/fixtures';

export const real = (name: string) => fixture(`real/${name}`);

/** The quiet captures of 1 Aug 2026 for the three status.cloud.microsoft sources. */
const QUIET = {
  consumer: real('cloud-status-m365Consumer-2026-08-01-all-operational.json'),
  summary: real('cloud-status-api-posts-azure-2026-08-01-available.json'),
  mac: real('cloud-status-api-posts-mac-2026-08-01-available.json'),
};

/** The real empty channel, its build time moved to `at` (an edit of dates only). */
export function emptyFeedAt(at: string): string {
  return feedBuiltAt(real('azure-rss-2026-09-25-empty-live.xml'), at);
}

/** A capture with its channel's build time moved to `at` (an edit of dates only). */
export function feedBuiltAt(body: string, at: string): string {
  const stamp = new Date(at).toUTCString().replace('GMT', 'Z');
  return body.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${stamp}</lastBuildDate>`);
}

/** A capture retitled by Microsoft: a new title and the guid that slugs it (an edit of text only). */
export function retitled(body: string, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return body
    .replace(/<title>(?!Azure Status)[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<guid[^>]*>)[^<]*(<\/guid>)/, `$1${slug}$2`);
}

export interface ReplayStep {
  /** When the check runs (the fake clock). */
  at: string;
  /** The Azure feed's body at that moment; `null` when the feed cannot be reached. */
  feed: string | null;
  /** The consumer rows' body, if not the quiet capture. */
  consumer?: string;
}

export interface Seen {
  at: string;
  level: Level;
  badge: string;
  tooltip: string;
  banners: { 'outlook-business': BannerAlert | null; 'outlook-consumer': BannerAlert | null };
  lists: Pick<Assessment, 'relevant' | 'other' | 'recentlyResolved' | 'lastKnown'>;
  incidents: Incident[];
  notifications: string[];
}

/** One scheduled check at `now` on the given network, English words; what it painted and notified. */
export async function checkAt(
  now: number,
  network: typeof fetch,
  settings: Settings,
  t: Translate,
): Promise<{ snapshot: Snapshot; tooltip: string; notified: NotificationEvent[] }> {
  let tooltip = '';
  const notified: NotificationEvent[] = [];
  const snapshot = await runCheck({
    fetch: network,
    now: () => now,
    online: () => true,
    settings: async () => settings,
    translate: async () => ({ locale: 'en', t }),
    paint: async (_snapshot, words) => {
      tooltip = words;
    },
    notify: async (events) => void notified.push(...events),
    reschedule: async () => {},
  });
  return { snapshot, tooltip, notified };
}

/** Runs each step as one scheduled check, in order, with the given regions watched. */
export async function replay(steps: readonly ReplayStep[], regions: RegionId[] = []): Promise<Seen[]> {
  const settings: Settings = { ...DEFAULT_SETTINGS, watchedRegions: regions };
  const t = translator(JSON.parse(fixture('../../_locales/en/messages.json')));
  const seen: Seen[] = [];
  for (const step of steps) {
    const now = Date.parse(step.at);
    const network = (async (input: RequestInfo | URL) => {
      const url = String(input);
      const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
      if (url.includes('/status/feed/')) {
        if (step.feed === null) throw new TypeError('Failed to fetch');
        return new Response(step.feed, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
      }
      if (url.endsWith('/m365Consumer')) return json(step.consumer ?? QUIET.consumer);
      if (url.endsWith('/posts/azure')) return json(QUIET.summary);
      if (url.endsWith('/posts/mac')) return json(QUIET.mac);
      if (url.startsWith('https://outlook.office.com/')) return new Response(null, { status: 302 });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const { snapshot, tooltip, notified: raised } = await checkAt(now, network, settings, t);
    seen.push({
      at: step.at,
      level: snapshot.level,
      badge: BADGE[snapshot.level].text,
      tooltip,
      banners: snapshot.banners,
      lists: {
        relevant: snapshot.assessment.relevant,
        other: snapshot.assessment.other,
        recentlyResolved: snapshot.assessment.recentlyResolved,
        lastKnown: snapshot.assessment.lastKnown,
      },
      incidents: snapshot.document.incidents,
      notifications: raised.map((e) => `${e.kind}:${e.kind === 'crowd' ? e.verdict.kind : e.incident.id}`),
    });
  }
  return seen;
}
