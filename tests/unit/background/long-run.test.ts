/**
 * A few hundred check cycles with a fake clock through a changing incident timeline: the stored state
 * stays bounded, no alarm or listener leaks, and nothing is notified twice.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/core/engine/i18n';
import type { NotificationEvent } from '../../../src/core/extension/notify';
import { DEFAULT_SETTINGS } from '../../../src/core/extension/settings';
import { fixture } from '../../../harness/fixtures';

import { runCheck } from '../../../src/background/check';
import { ensureCheckAlarm, pollMinutesFor } from '../../../src/background/schedule';

const START = Date.parse('2023-01-25T07:00:00.000Z');
const MINUTE = 60_000;
const CYCLES = 300;

function rssAt(now: number, withIncident: boolean, n: number): string {
  const body = fixture(withIncident ? 'azure-rss-incident.xml' : 'azure-rss-empty.xml');
  const stamp = new Date(now).toUTCString().replace('GMT', 'Z');
  // A different tracking id per outage, so incidents keep coming and going.
  return body.replace(/<lastBuildDate>[^<]*</, `<lastBuildDate>${stamp}<`).replace('VSG1-B90', `VSG1-B${n}`);
}

describe('a long run', () => {
  beforeEach(() => fakeBrowser.reset());

  it(`${CYCLES} cycles: bounded snapshot, one alarm, no repeated notifications`, async () => {
    let now = START;
    const notified: NotificationEvent[] = [];
    const writes: string[][] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes.push(Object.keys(items));
      return set(items);
    });
    const listenersBefore = fakeBrowser.storage.onChanged.hasListeners();
    const sizes: number[] = [];

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // An outage for 20 minutes in every 120, with a new tracking id each time.
      const outage = Math.floor(cycle / 20) % 6 === 1;
      const episode = Math.floor(cycle / 120);
      const fetchFn = (async (input: RequestInfo | URL) => {
        const url = String(input);
        if (url.includes('feed')) return new Response(rssAt(now, outage, episode), { headers: { 'content-type': 'application/rss+xml' } });
        if (url.includes('m365Consumer'))
          return new Response(fixture('m365-consumer-ok.json'), { headers: { 'content-type': 'application/json' } });
        if (url.includes('posts/azure'))
          return new Response(fixture('azure-summary-ok.json'), { headers: { 'content-type': 'application/json' } });
        if (url.includes('posts/mac')) return new Response(fixture('mac-ok.json'), { headers: { 'content-type': 'application/json' } });
        return new Response(null, { status: 302 });
      }) as typeof fetch;
      const snapshot = await runCheck(
        {
          fetch: fetchFn,
          now: () => now,
          online: () => true,
          settings: async () => DEFAULT_SETTINGS,
          translate: async () => ({ locale: 'en', t: translator({}) }),
          paint: async () => {},
          notify: async (events) => void notified.push(...events),
          reschedule: async (s, settings) => ensureCheckAlarm(pollMinutesFor(s, settings.pollMinutes)),
        },
        {},
      );
      // The check right after the item drops out still shows it (absent once is "missing"); the next resolves it.
      const droppedOutJustNow = !outage && cycle > 0 && Math.floor((cycle - 1) / 20) % 6 === 1;
      expect(snapshot.level).toBe(outage || droppedOutJustNow ? 'outage' : 'ok');
      sizes.push(JSON.stringify(await fakeBrowser.storage.local.get(null)).length);
      now += 5 * MINUTE;
    }

    // 3 outage episodes within 300 cycles of 5 minutes (25 h): each notified once when it starts and once when it ends.
    const kinds = notified.map((e) => `${e.kind}:${e.kind === 'crowd' ? e.verdict.kind : e.incident.id}`);
    expect(kinds).toEqual([
      'started:azure-rss:vsg1-b0',
      'resolved:azure-rss:vsg1-b0',
      'started:azure-rss:vsg1-b1',
      'resolved:azure-rss:vsg1-b1',
      'started:azure-rss:vsg1-b2',
      'resolved:azure-rss:vsg1-b2',
    ]);
    // Resolved incidents are pruned after a day: the stored state does not grow with time.
    const firstDay = Math.max(...sizes.slice(0, 288));
    expect(Math.max(...sizes.slice(288))).toBeLessThanOrEqual(firstDay);
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024);
    // One alarm, however many cycles.
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['check']);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(listenersBefore);
    // One write per cycle; the notified set only when a notification changed it.
    expect(writes).toHaveLength(CYCLES);
    expect(writes.filter((w) => w.includes('notified'))).toHaveLength(6);
  });
});
