/**
 * A tiny in-memory stand-in for exactly the extension API the content script uses (through src/platform),
 * plus helpers to change storage the way the worker would (firing storage.onChanged) and the worker's
 * answers to its messages, with the real _locales files from disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { bannerWords } from '../../../src/background/content-requests';
import type { Dictionary } from '../../../src/core/engine/i18n';
import type { StorageChanges } from '../../../src/platform/browser';

type ChangeListener = (changes: StorageChanges, area: string) => void;

type Store = Record<string, unknown>;

const pick = (store: Store, keys: string | string[]) =>
  Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in store).map((k) => [k, structuredClone(store[k])]));

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A language's messages.json as the extension ships it. */
export const localeFile = (locale: string): Dictionary =>
  JSON.parse(readFileSync(join(REPO, `_locales/${locale}/messages.json`), 'utf8')) as Dictionary;

/**
 * Only `local` is readable (the content script reads nothing else); `sync` exists to fire changes it must
 * ignore. Messages are answered as the worker does (src/background/content-requests.ts): "show-banner"
 * runs the banner's code in this world, "banner-words" gives a language's banner words (`words`, a spy).
 */
export function fakeChrome(init: { local?: Store; uiLanguage?: string } = {}) {
  const stores: Record<'local' | 'sync', Store> = { local: { ...init.local }, sync: {} };
  const listeners = new Set<ChangeListener>();
  const words = vi.fn(async (locale: string) => bannerWords(localeFile(locale)));
  const answer = async (message: unknown): Promise<unknown> => {
    const m = message as { type?: string; locale?: string };
    if (m.type === 'show-banner') await import('../../../src/content/banner-entry');
    if (m.type === 'banner-words') return words(m.locale!);
    return { ok: true };
  };
  const api = {
    storage: {
      local: { get: vi.fn(async (keys: string | string[]) => pick(stores.local, keys)) },
      onChanged: {
        addListener: vi.fn((l: ChangeListener) => void listeners.add(l)),
        removeListener: vi.fn((l: ChangeListener) => void listeners.delete(l)),
      },
    },
    runtime: {
      sendMessage: vi.fn(answer),
      getURL: (path: string) => `chrome-extension://fakeextensionid/${path}`,
      getManifest: () => ({ action: { default_popup: 'src/popup/index.html' } }),
    },
    i18n: { getUILanguage: vi.fn(() => init.uiLanguage ?? 'en-US') },
  };

  /** Writes like the worker does: the store changes, then every listener hears about it. */
  function write(area: 'local' | 'sync', values: Store): void {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(values)) {
      changes[key] = { oldValue: stores[area][key], newValue: structuredClone(value) };
      stores[area][key] = value;
    }
    for (const l of listeners) l(structuredClone(changes), area);
  }

  function remove(area: 'local' | 'sync', key: string): void {
    const oldValue = stores[area][key];
    delete stores[area][key];
    for (const l of listeners) l({ [key]: { oldValue } }, area);
  }

  /** The messages of one type the content script sent. */
  const sent = (type: string) => api.runtime.sendMessage.mock.calls.filter(([m]) => (m as { type?: string }).type === type).length;

  return { api, write, remove, listeners, stores, words, sent };
}

export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
