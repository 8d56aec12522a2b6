/**
 * Reading storage, following its changes, messages to the worker, extension URLs and the UI language:
 * what every part of the extension uses, the content script included, so this module stays small. The
 * rest has its own modules: storage writes, worker events, toolbar, alarms, notifications, permissions.
 * Tests install an in-memory fake as `browser`.
 */
import { ext, type StorageChanges } from './extension-api';
import type { Message } from './messages';

export type Area = 'local' | 'sync' | 'managed' | 'session';

/** Several keys at once (one round trip); keys not stored are absent. Empty where the area cannot be read. */
export async function readKeys(area: Area, keys: string[]): Promise<Record<string, unknown>> {
  try {
    return await ext().storage[area].get(keys);
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
  const wrapped = (changes: StorageChanges, area: string) => listener(changes, area);
  ext().storage.onChanged.addListener(wrapped);
  return () => ext().storage.onChanged.removeListener(wrapped);
}

export async function sendMessage<R = unknown>(message: Message): Promise<R> {
  return (await ext().runtime.sendMessage(message)) as R;
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
