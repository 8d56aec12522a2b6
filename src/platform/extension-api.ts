/**
 * The browser's extension namespace: webextension-polyfill's `browser`, the one namespace every part of
 * the extension reaches the browser through. Only src/platform uses it; everything else calls the
 * platform's named functions.
 *
 * The content script is built with `webextension-polyfill` resolved to ./captured-api.ts instead (the
 * polyfill alone is over its 4 KB budget, and MV3's own namespaces already return promises): the API
 * object found once, at document_start, before the page has any element that could stand in for it.
 * Unit tests resolve it to an in-memory fake (vite.config.ts).
 */
import browser from 'webextension-polyfill';

export type ExtensionApi = typeof browser;
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown } | undefined>;

export function ext(): ExtensionApi {
  return browser;
}
