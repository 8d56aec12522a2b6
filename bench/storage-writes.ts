/**
 * The no-change check in real Chromium: the bytes the worker hands to storage.local/sync set() per forced
 * check while every feed answers the identical body. Counted by a wrapper the bench puts around set() in
 * the running service worker (each key as JSON.stringify({ key: value }), as bench/cycle.ts counts them with
 * the fake browser); storage.session's "check in progress" marker (memory only) is not counted.
 */
import type { Page } from 'playwright-core';
import type { Extension } from '../harness/extension';

export interface RealWrites {
  checks: number;
  setsPerCheck: number;
  bytesPerCheck: number;
  /** Average bytes per check, per `area.key`. */
  bytesByKey: Record<string, number>;
}

interface Write {
  area: string;
  bytes: Record<string, number>;
}

/** The worker's set() calls from now on, kept in the worker (lost if it restarts, which the reader notices). */
function recordWrites(ext: Extension): Promise<void> {
  return ext.inExtension(() => {
    const g = globalThis as { __benchWrites?: Write[] };
    if (g.__benchWrites) return;
    g.__benchWrites = [];
    for (const area of ['local', 'sync'] as const) {
      const target = chrome.storage[area];
      const set = target.set.bind(target);
      target.set = ((values: Record<string, unknown>) => {
        const bytes = Object.fromEntries(
          Object.entries(values).map(([k, v]) => [k, new TextEncoder().encode(JSON.stringify({ [k]: v })).length]),
        );
        g.__benchWrites!.push({ area, bytes });
        return set(values);
      }) as typeof target.set;
    }
  });
}

/**
 * Forced checks from `control` (an extension page), after a first one that settles the state, and the
 * writes they made. The feeds must be answering identically (the fixture server's quiet scenario within
 * one minute: the Azure feed's build time moves once a minute, as the real feed's does).
 */
export async function noChangeWrites(ext: Extension, control: Page, checks = 4): Promise<RealWrites> {
  const refresh = () => control.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  // Not across a minute: the feed's build time would change, and with it what is stored.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 40_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
  await refresh();
  await recordWrites(ext);
  for (let i = 0; i < checks; i++) await refresh();
  const writes = await ext.inExtension(() => (globalThis as { __benchWrites?: Write[] }).__benchWrites);
  if (!writes) throw new Error('the service worker restarted during the no-change checks; run again');
  const bytesByKey: Record<string, number> = {};
  for (const w of writes)
    for (const [k, b] of Object.entries(w.bytes)) bytesByKey[`${w.area}.${k}`] = (bytesByKey[`${w.area}.${k}`] ?? 0) + b / checks;
  return {
    checks,
    setsPerCheck: writes.length / checks,
    bytesPerCheck: Object.values(bytesByKey).reduce((a, b) => a + b, 0),
    bytesByKey,
  };
}
