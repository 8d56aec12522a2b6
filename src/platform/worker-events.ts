/** Events only the worker listens to: runtime messages, install/update and browser start. */
import type { Runtime } from 'webextension-polyfill';
import { ext } from './extension-api';
import type { MessageSender } from './messages';

/**
 * Answers runtime messages: `handler` returns a promise of the reply, or undefined to leave the message
 * to others. A returned promise is the reply in both browsers (webextension-polyfill makes it so in Chromium).
 */
export function onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  ext().runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only this extension's own pages and content scripts: the browser fills the sender in, not the message.
    if (sender.id !== ext().runtime.id) return undefined;
    const reply = handler(message, {
      ...(sender.url ? { url: sender.url } : {}),
      ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
      ...(sender.frameId !== undefined ? { frameId: sender.frameId } : {}),
    });
    return reply?.catch(() => undefined);
  });
}

/** Installed or updated (`onInstalled`), or the browser started with the extension in it (`onStartup`). */
export function onInstalledOrStartup(listener: () => void): void {
  ext().runtime.onInstalled.addListener(() => listener());
  ext().runtime.onStartup.addListener(() => listener());
}

/** The extension was just installed (not updated, not the browser starting): the first-run page opens. */
export function onFirstInstall(listener: () => void): void {
  ext().runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') listener();
  });
}
