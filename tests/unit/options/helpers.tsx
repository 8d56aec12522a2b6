/** Shared set-up for the options page tests: the fetch stub, policy, storage and mounting. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../src/core/extension/settings';
import { App } from '../../../src/options/App';
import { KEYS } from '../../../src/platform/storage-keys';
import { byTestId, flush, localeResponse, mountPage, setUiLanguage, settle, text, unmount } from '../support/page';

export { byTestId, flush, setUiLanguage, settle, text, unmount };

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
      const locale = url.startsWith('chrome-extension://') ? localeResponse(url) : undefined;
      if (locale) return locale;
      calls.push({ url, headers: { ...((init?.headers as Record<string, string> | undefined) ?? {}) } });
      const route = routes[url];
      if (!route) throw new TypeError('Failed to fetch');
      return new Response(route.body, { status: route.status ?? 200, headers: { 'content-type': route.type } });
    }),
  );
  return calls;
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

export function mount(): Promise<HTMLElement> {
  return mountPage(() => <App />);
}

export const input = (root: ParentNode, id: string): HTMLInputElement => byTestId(root, id) as HTMLInputElement;

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
