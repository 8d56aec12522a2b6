/**
 * A tiny in-memory stand-in for exactly the extension API the content script uses (through src/platform),
 * plus helpers to change storage the way the worker would (firing storage.onChanged) and a fetch that
 * serves the real _locales files from disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { StorageChanges } from '../../../src/platform/browser';

type ChangeListener = (changes: StorageChanges, area: string) => void;

type Store = Record<string, unknown>;

const pick = (store: Store, keys: string | string[]) =>
  Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in store).map((k) => [k, structuredClone(store[k])]));

/** Only `local` is readable (the content script reads nothing else); `sync` exists to fire changes it must ignore. */
export function fakeChrome(init: { local?: Store; uiLanguage?: string } = {}) {
  const stores: Record<'local' | 'sync', Store> = { local: { ...init.local }, sync: {} };
  const listeners = new Set<ChangeListener>();
  const api = {
    storage: {
      local: { get: vi.fn(async (keys: string | string[]) => pick(stores.local, keys)) },
      onChanged: {
        addListener: vi.fn((l: ChangeListener) => void listeners.add(l)),
        removeListener: vi.fn((l: ChangeListener) => void listeners.delete(l)),
      },
    },
    runtime: {
      sendMessage: vi.fn(async (_message: unknown) => ({ ok: true })),
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

  return { api, write, remove, listeners, stores };
}

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** fetch() that serves `chrome-extension://…/_locales/<l>/messages.json` from the repository. */
export const localeFetch = () =>
  vi.fn(async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    const m = /^chrome-extension:\/\/fakeextensionid\/(_locales\/(en|ko)\/messages\.json)$/.exec(url);
    if (!m) return new Response('not found', { status: 404 });
    const body = readFileSync(join(REPO, m[1]!), 'utf8');
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });

export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
