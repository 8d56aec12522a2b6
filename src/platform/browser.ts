/**
 * The one thin wrapper over webextension-polyfill for the worker, popup and options page. Business logic
 * never touches `browser.*` directly; tests replace the polyfill with an in-memory fake.
 */
import browser from 'webextension-polyfill';
import type { Message } from './messages';

type Area = 'local' | 'sync' | 'managed' | 'session';

export async function readKey<T>(area: Area, key: string): Promise<T | undefined> {
  try {
    const got = await browser.storage[area].get(key);
    return got[key] as T | undefined;
  } catch {
    // storage.managed throws where no policy schema or policy exists (and in Firefox without a manifest).
    return undefined;
  }
}

/** Everything in an area; managed policy arrives this way, one key per policy field. */
export async function readArea(area: Area): Promise<Record<string, unknown>> {
  try {
    return await browser.storage[area].get(null);
  } catch {
    return {};
  }
}

export async function writeKeys(area: 'local' | 'sync', values: Record<string, unknown>): Promise<void> {
  await browser.storage[area].set(values);
}

/** In-memory storage that outlives a worker restart but not the browser; best effort where unsupported. */
export async function writeSession(values: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.session.set(values);
  } catch {
    // Older browsers without storage.session simply do not redo an interrupted check.
  }
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Subscribes to storage changes; returns the unsubscribe function. */
export function onStorageChanged(listener: (changes: StorageChanges, area: string) => void): () => void {
  const wrapped = (changes: Record<string, browser.Storage.StorageChange>, area: string) => listener(changes, area);
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}

export function sendMessage<R = unknown>(message: Message): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}

export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown) => handler(message));
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export { browser };
