/**
 * Reading storage, following its changes, messages to the worker, extension URLs and the UI language:
 * what every part of the extension uses, the content script included, so this module stays small. The
 * rest has its own modules: storage writes, worker events, toolbar, alarms, notifications, permissions.
 * Tests install an in-memory fake as `browser`.
 */
import type { Dictionary, Locale } from '../core/engine/i18n';
import { ext, type StorageChanges } from './extension-api';
import type { Message } from './messages';

export type Area = 'local' | 'sync' | 'managed' | 'session';

/** Several keys at once (one round trip); keys not stored are absent. Empty where the area cannot be read. */
export async function readKeys(area: Area, keys: string[]): Promise<Record<string, unknown>> {
  try {
    return (await ext().storage[area].get(keys)) as Record<string, unknown>;
  } catch {
    // storage.managed throws where no policy schema or policy exists (and in Firefox without a manifest).
    return {};
  }
}

export async function readKey<T>(area: Area, key: string): Promise<T | undefined> {
  return (await readKeys(area, [key]))[key] as T | undefined;
}

export type { StorageChanges };

/** Subscribes to storage changes; returns the unsubscribe function. */
export function onStorageChanged(listener: (changes: StorageChanges, area: string) => void): () => void {
  const wrapped = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => listener(changes, area);
  ext().storage.onChanged.addListener(wrapped);
  return () => ext().storage.onChanged.removeListener(wrapped);
}

export async function sendMessage<R = unknown>(message: Message): Promise<R> {
  return (await ext().runtime.sendMessage(message)) as R;
}

/** Asks the worker to put the banner's code into this page (content script: no extension file is exposed to pages). */
export async function requestBannerCode(): Promise<void> {
  await sendMessage({ type: 'show-banner' });
}

/**
 * The banner's words in one language, from the worker (content script): the extension's _locales files
 * are not web-accessible, so no page can fetch them to tell the extension is installed.
 */
export async function bannerDictionary(locale: Locale): Promise<Dictionary> {
  const reply: unknown = await sendMessage({ type: 'banner-words', locale });
  if (typeof reply !== 'object' || reply === null) throw new Error('no words for the banner');
  const entries = Object.entries(reply).filter(([, entry]) => typeof (entry as { message?: unknown } | null)?.message === 'string') as [
    string,
    { message: string },
  ][];
  return Object.fromEntries(entries.map(([key, entry]) => [key, { message: entry.message }]));
}

export function uiLanguage(): string {
  return ext().i18n.getUILanguage();
}

/** The extension's own version, as its manifest says it. */
export function extensionVersion(): string {
  return ext().runtime.getManifest().version ?? '0';
}

export function extensionUrl(path: string): string {
  return ext().runtime.getURL(path);
}

export function openOptionsPage(): Promise<void> {
  return ext().runtime.openOptionsPage();
}
