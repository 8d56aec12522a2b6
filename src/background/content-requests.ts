/**
 * What the content script asks of the worker, each checked against the sender the browser reports (never
 * what the message claims): which Outlook the person uses, the banner's code, and its words.
 */
import { appPageHost, isOutlookHost } from '../core/engine/apps';
import type { Dictionary } from '../core/engine/i18n';
import { readKey } from '../platform/browser';
import type { MessageSender } from '../platform/messages';
import { injectBannerCode } from '../platform/scripting';
import { writeKeys } from '../platform/storage-write';
import { KEYS } from '../platform/storage-keys';

/** The Outlook tab's own host becomes the probe's address (a page of another app, or of no app, changes nothing). */
export async function rememberOutlookHost(sender: MessageSender): Promise<void> {
  const host = appPageHost(sender.url);
  if (!isOutlookHost(host) || (await readKey('local', KEYS.outlookHost)) === host) return;
  await writeKeys('local', { [KEYS.outlookHost]: host });
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
