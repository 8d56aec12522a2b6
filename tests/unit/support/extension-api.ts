/**
 * What `webextension-polyfill` is in unit tests (vite.config.ts): whichever fake a test has installed as
 * `browser` (else `chrome`) at the moment of each call, so every test can install its own.
 */
import type { ExtensionApi } from '../../../src/platform/extension-api';

function current(): ExtensionApi {
  const g = globalThis as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api) throw new Error('no fake browser installed');
  return api as ExtensionApi;
}

export default new Proxy({} as ExtensionApi, { get: (_, key) => current()[key as keyof ExtensionApi] });
