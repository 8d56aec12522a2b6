/**
 * The browser's extension namespace, found once per call and never trusted from page globals. Only
 * src/platform uses it; everything else calls the platform's named functions.
 *
 * MV3 namespaces return promises in both browsers (`browser` in Firefox, `chrome` in Chromium), so no
 * polyfill is needed. In a content script, page elements are visible as window properties: an element
 * with id="browser" (or a form with a control named "runtime") would pass a plain `browser?.runtime`
 * test, so only an object whose runtime.getURL is a function, and which is not a DOM node, counts.
 *
 * The types below are the part of the API the extension uses, declared here so that no other
 * environment's compiler ever knows a `chrome` or `browser` global.
 */

interface Event<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown } | undefined>;

interface StorageArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface ExtensionApi {
  storage: Record<'local' | 'sync' | 'managed' | 'session', StorageArea> & {
    onChanged: Event<(changes: StorageChanges, area: string) => void>;
  };
  runtime: {
    getURL(path: string): string;
    getManifest(): { version?: string; action?: { default_popup?: string } };
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    onMessage: Event<(message: unknown, sender: unknown, sendResponse: (reply?: unknown) => void) => boolean | undefined>;
    onInstalled: Event<() => void>;
    onStartup: Event<() => void>;
  };
  i18n: { getUILanguage(): string };
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { delayInMinutes: number; periodInMinutes?: number }): Promise<void>;
    onAlarm: Event<(alarm: { name: string }) => void>;
  };
  action: {
    setIcon(details: { path: Record<number, string> }): Promise<void>;
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setBadgeTextColor?(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
    setPopup(details: { popup: string }): Promise<void>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority: number }): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: Event<(id: string) => void>;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    onAdded: Event<() => void>;
    onRemoved: Event<() => void>;
  };
}

function isApi(value: unknown): value is ExtensionApi {
  if (typeof value !== 'object' || value === null) return false;
  // A DOM node (the page's element, seen through a named window property) is never the API.
  if (typeof (value as { nodeType?: unknown }).nodeType === 'number') return false;
  return typeof (value as { runtime?: { getURL?: unknown } }).runtime?.getURL === 'function';
}

export function ext(): ExtensionApi {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  if (isApi(g.browser)) return g.browser;
  if (isApi(g.chrome)) return g.chrome;
  throw new Error('no extension API here');
}
