/**
 * The apps' pages as the worker sees them (worker only): which are open, and the gate script that runs in
 * them. The gate is registered only for the apps a banner has something to say in, so a quiet Outlook,
 * Teams or Microsoft 365 page runs no extension code at all. Both need only the host permissions the
 * manifest already asks for (tabs.query reads the address of a tab on a permitted host).
 */
import type { Scripting } from 'webextension-polyfill';
import { GATE_SCRIPT } from './content-files';
import { ext } from './extension-api';

const GATE_ID = 'app-gate';

/** The hosts of the open tabs on these address patterns, the most recently used first. */
export async function openPageHosts(patterns: readonly string[]): Promise<string[]> {
  const [tabs, [inFront]] = await Promise.all([
    ext().tabs.query({ url: [...patterns] }),
    ext().tabs.query({ url: [...patterns], active: true, lastFocusedWindow: true }),
  ]);
  // The page in front of the person first: Firefox gives the shown tab of every window the same "now" as
  // its last access, so with Outlook open in two windows only focus tells them apart.
  const used = (tab: (typeof tabs)[number]) => (tab.id === inFront?.id ? Number.POSITIVE_INFINITY : (tab.lastAccessed ?? 0));
  return [...tabs]
    .sort((a, b) => used(b) - used(a))
    .flatMap((tab) => {
      try {
        return tab.url ? [new URL(tab.url).hostname] : [];
      } catch {
        return [];
      }
    });
}

/**
 * Runs the gate on exactly these page patterns from now on, and starts it at once in the open tabs the
 * change adds (pages loaded later get it from the registration). No patterns: nothing is registered.
 */
export async function placeGate(patterns: readonly string[]): Promise<void> {
  const scripting = ext().scripting;
  const [registered] = await scripting.getRegisteredContentScripts({ ids: [GATE_ID] });
  const before = registered?.matches ?? [];
  if (patterns.length === 0) {
    if (registered) await scripting.unregisterContentScripts({ ids: [GATE_ID] });
    return;
  }
  const added = patterns.filter((p) => !before.includes(p));
  if (added.length === 0 && before.length === patterns.length) return;
  const gate: Scripting.RegisteredContentScript = {
    id: GATE_ID,
    matches: [...patterns],
    js: [GATE_SCRIPT],
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
  await (registered ? scripting.updateContentScripts([gate]) : scripting.registerContentScripts([gate]));
  if (added.length === 0) return;
  const tabs = await ext().tabs.query({ url: added });
  // A tab still loading, or closed meanwhile, gets the gate from the registration or needs none.
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : scripting.executeScript({ target: { tabId: tab.id }, files: [GATE_SCRIPT] }).catch(() => undefined),
    ),
  );
}
