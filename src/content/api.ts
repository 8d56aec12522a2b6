/**
 * The content script's whole view of the extension API: a few calls on the native promise-based namespace
 * (`browser` in Firefox, `chrome` in Chromium; both return promises in MV3). No polyfill, to keep the
 * script that runs inside every Outlook tab tiny.
 */
import type { Message } from '../platform/messages';

export type Changes = Record<string, { newValue?: unknown; oldValue?: unknown } | undefined>;
export type ChangeListener = (changes: Changes, area: string) => void;

interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

export interface ExtensionApi {
  storage: {
    local: StorageArea;
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
  runtime: { sendMessage(message: Message): Promise<unknown>; getURL(path: string): string };
  i18n: { getUILanguage(): string };
}

/**
 * Resolved on every call, so tests can stub the global after import. `browser` must look like the API:
 * an element with id="browser" on the page would otherwise shadow it as a named window property.
 */
function ext(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (g.browser?.runtime ? g.browser : g.chrome) as ExtensionApi;
}

export const readLocal = (keys: string[]) => ext().storage.local.get(keys);
export const onChanged = (listener: ChangeListener) => ext().storage.onChanged.addListener(listener);
export const offChanged = (listener: ChangeListener) => ext().storage.onChanged.removeListener(listener);
export const send = (message: Message) => ext().runtime.sendMessage(message);
export const extensionUrl = (path: string) => ext().runtime.getURL(path);
export const uiLanguage = () => ext().i18n.getUILanguage();
