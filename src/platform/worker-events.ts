/** Events only the worker listens to: runtime messages, install/update and browser start. */
import { ext } from './extension-api';

/**
 * Answers runtime messages: `handler` returns a promise of the reply, or undefined to leave the message
 * to others. sendResponse with `return true` works in both browsers (a returned promise does not).
 */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  ext().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = handler(message);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
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
