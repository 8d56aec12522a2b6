/** Shared set-up for the options page tests: the fetch stub, policy, storage and mounting. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import { App } from '../../../src/options/App';
import { KEYS } from '../../../src/platform/storage-keys';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface Route {
  body: string;
  type: string;
  status?: number;
}

export interface FetchCall {
  url: string;
  headers: Record<string, string>;
}

/**
 * Serves the real _locales files to loadTranslator (through the extension URL) and the given routes by
 * exact URL; everything else is a network error. Returns the log of non-locale requests.
 */
export function stubFetch(routes: Record<string, Route> = {}): FetchCall[] {
  const calls: FetchCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const locale = /^chrome-extension:\/\/[^/]+\/_locales\/(en|ko)\/messages\.json$/.exec(url);
      if (locale) {
        return new Response(readFileSync(resolve(ROOT, `_locales/${locale[1]}/messages.json`), 'utf8'), {
          headers: { 'content-type': 'application/json' },
        });
      }
      calls.push({ url, headers: { ...((init?.headers as Record<string, string> | undefined) ?? {}) } });
      const route = routes[url];
      if (!route) throw new TypeError('Failed to fetch');
      return new Response(route.body, { status: route.status ?? 200, headers: { 'content-type': route.type } });
    }),
  );
  return calls;
}

export function setUiLanguage(lang: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}

/** The defaults the page should derive, for this test's browser language and the machine's time zone. */
export function expectedDefaults(uiLanguage: string): Settings {
  return defaultSettings({ uiLanguage, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
}

export async function storeSettings(value: unknown): Promise<void> {
  await fakeBrowser.storage.sync.set({ [KEYS.settings]: value });
}

export async function storedSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get(KEYS.settings))[KEYS.settings] as Settings | undefined;
}

/** The organisation's policy: one key per field in storage.managed, as Chrome delivers it. */
export async function setPolicy(policy: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.managed.set(policy);
}

export const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

export async function settle(times = 6): Promise<void> {
  for (let i = 0; i < times; i++) await flush();
}

let mounted: HTMLElement | null = null;

export async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted = root;
  await act(() => {
    render(<App />, root);
  });
  await settle();
  return root;
}

export async function unmount(): Promise<void> {
  if (mounted) {
    const root = mounted;
    await act(() => {
      render(null, root);
    });
    root.remove();
    mounted = null;
  }
}

export const byTestId = (root: ParentNode, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);
export const input = (root: ParentNode, id: string): HTMLInputElement => byTestId(root, id) as HTMLInputElement;
export const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
  await settle();
}

/** Types a value as a person would: input events while typing, then change when leaving the field. */
export async function typeAndCommit(el: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** The elements that `aria-describedby` names, as text. */
export function descriptions(el: Element): string[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(document.getElementById(id)));
}

/** An organisation aggregator address used across the options tests. */
export const CORP = 'https://status.corp.example/v1/status';

/**
 * Every options test starts from an empty in-memory browser with an English UI and ends with the page
 * unmounted and every stub undone. `withLocales` serves the real _locales files to the page's fetch.
 */
export function freshPageEachTest({ withLocales = true } = {}): void {
  beforeEach(() => {
    fakeBrowser.reset();
    if (withLocales) stubFetch();
    setUiLanguage('en-US');
  });
  afterEach(async () => {
    await unmount();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });
}
