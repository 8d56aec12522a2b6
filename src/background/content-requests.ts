/**
 * The worker and the apps' pages: which Outlook the person uses, where the gate runs, and what the gate
 * asks for (the banner's code and its words), each request checked against the sender the browser
 * reports, never against what the message claims.
 */
import { appPageHost, appsWithAlert, isOutlookHost, pagePatterns, type AppId } from '../core/engine/apps';
import type { Dictionary } from '../core/engine/i18n';
import { openPageHosts, placeGate } from '../platform/app-pages';
import { readKey } from '../platform/browser';
import type { MessageSender } from '../platform/messages';
import { injectBannerCode } from '../platform/scripting';
import { writeKeys } from '../platform/storage-write';
import { KEYS } from '../platform/storage-keys';

const OUTLOOK_PAGES = pagePatterns(['outlook-business', 'outlook-consumer']);

/**
 * The Outlook open in a tab (the most recently used) becomes the probe's address; with none open, the last
 * one seen stays. Read before each check, so the probe goes where the person reads mail.
 */
export async function rememberOutlookHost(): Promise<void> {
  const [host] = await openPageHosts(OUTLOOK_PAGES);
  if (!isOutlookHost(host) || (await readKey('local', KEYS.outlookHost)) === host) return;
  await writeKeys('local', { [KEYS.outlookHost]: host });
}

/** The gate runs on the pages of the apps a banner has something to say in, and nowhere else. */
export async function placeGateFor(banners: Partial<Record<AppId, unknown>>): Promise<void> {
  await placeGate(pagePatterns(appsWithAlert(banners)));
}

/** Puts the banner's code into the asking frame, when it is an app page the banner runs on. */
export async function showBannerIn(sender: MessageSender): Promise<void> {
  if (!appPageHost(sender.url) || sender.tabId === undefined) throw new Error('not an app page the banner runs on');
  await injectBannerCode(sender.tabId, sender.frameId ?? 0);
}

/** The banner's own words, the durations, the lead sentence it shares with the popup (describe.ts) and the names in it. */
const BANNER_WORD_PREFIXES = ['banner_', 'duration_', 'lead_', 'service_', 'region_', 'notify_original'];

/** Only the words the banner uses, without the translators' notes. */
export function bannerWords(dictionary: Dictionary): Dictionary {
  const entries = Object.entries(dictionary).filter(([key]) => BANNER_WORD_PREFIXES.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(entries.map(([key, { message }]) => [key, { message }]));
}
