// @vitest-environment node
/**
 * Crowd reports in workerd, the real Workers runtime (miniflare): ingestion through the Worker into the
 * Durable Object, k, the counters rolled and persisted on the object's alarm, and a restart that keeps them.
 */
import { describe, expect, it } from 'vitest';
import type { RunningWorker } from '../../../aggregator/workerd';
import type { StatusDocument } from '../../../src/core/engine/model';
import { workerdSuite } from './workerd-suite';

const TOKEN = 'org-bearer-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

const { worker, stop, tempDir } = workerdSuite({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_CROWD_PERSIST_SECONDS: '1' });

function report(site: string, i: number, outcome = 'ok') {
  const reporter = `${site.replace(/\W/g, '')}-${String(i).padStart(12, '0')}`.slice(0, 32);
  return JSON.stringify({ v: 1, reporter, host: 'outlook.office.com', outcome, latency: '1-3s', site, version: '0.2.0' });
}

async function post(w: RunningWorker, body: string, headers: Record<string, string> = auth): Promise<Response> {
  return fetch(`${w.url}/v1/probes`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
}

async function crowd(w: RunningWorker): Promise<StatusDocument['crowd']> {
  const res = await fetch(`${w.url}/v1/status`, { headers: auth });
  expect(res.status).toBe(200);
  return ((await res.json()) as StatusDocument).crowd;
}

async function objectStats(w: RunningWorker): Promise<{ requests: number; crowd?: { reporters: number } }> {
  const ns = (await w.miniflare.getDurableObjectNamespace('AGGREGATOR')) as unknown as {
    idFromName(name: string): unknown;
    get(id: unknown): { fetch(url: string): Promise<Response> };
  };
  const stub = ns.get(ns.idFromName('organisation'));
  return (await (await stub.fetch('https://aggregator.internal/stats')).json()) as { requests: number; crowd?: { reporters: number } };
}

/**
 * A reporter may report once per clock minute. A test that re-posts to see it refused starts at least 15 s before the
 * minute ends, or the re-post could fall in the next minute and be accepted (it did once in CI).
 */
async function wellInsideAClockMinute(): Promise<void> {
  const untilNextMinute = 60_000 - (Date.now() % 60_000);
  if (untilNextMinute < 15_000) await new Promise((r) => setTimeout(r, untilNextMinute + 50));
}

describe('crowd reports in workerd', () => {
  it('counts valid reports, refuses bad ones without a change, and publishes only sites with k reporters', async () => {
    await wellInsideAClockMinute();
    const w = await worker({ AGGREGATOR_CROWD_K: '3' });
    const statuses = await Promise.all([
      ...[0, 1].map((i) => post(w, report('Busan', i, 'timeout'))),
      ...[0, 1, 2].map((i) => post(w, report('Seoul HQ', i, 'server-error'))),
    ]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // Through the Worker and the Durable Object, the answer names the site each report was counted at.
    expect(await Promise.all(statuses.map((r) => r.json()))).toEqual([
      ...[0, 1].map(() => ({ site: 'Busan' })),
      ...[0, 1, 2].map(() => ({ site: 'Seoul HQ' })),
    ]);
    expect((await post(w, report('Seoul HQ', 9), {})).status).toBe(401);
    expect((await post(w, report('Seoul HQ', 9).replace('"v":1', '"v":1,"mailbox":"kim@contoso.com"'))).status).toBe(400);
    expect((await post(w, report('Seoul HQ', 9).padEnd(400, ' '))).status).toBe(413);
    expect((await post(w, report('Seoul HQ', 0))).status).toBe(429);
    const part = (await crowd(w))!;
    expect(part.k).toBe(3);
    expect(part.sites).toEqual([
      { site: 'Busan', outlook: 'business', enough: false },
      expect.objectContaining({ site: 'Seoul HQ', enough: true, reporters: 3, failing: 3 }),
    ]);
    // Busan (2, below k) is left out of the totals: they minus Seoul HQ would give Busan's numbers.
    expect(part.organisation[0]).toMatchObject({ enough: true, reporters: 3, failing: 3, sitesReporting: 1 });
    expect((await objectStats(w)).crowd?.reporters).toBe(5);
  }, 30_000);

  it('rolls and persists the counters on its alarm, and a restart keeps them', async () => {
    await wellInsideAClockMinute();
    const dir = tempDir();
    const first = await worker({}, dir);
    for (let i = 0; i < 6; i++) expect((await post(first, report('Seoul HQ', i, i < 4 ? 'timeout' : 'ok'))).status).toBe(200);
    // The alarm runs within the persist interval (1 s here) and writes the counters to storage.
    await new Promise((r) => setTimeout(r, 2_500));
    await stop(first);
    const second = await worker({}, dir);
    const site = (await crowd(second))!.sites[0]!;
    expect(site).toMatchObject({ site: 'Seoul HQ', enough: true, reporters: 6, failing: 4 });
    // The restored object still knows who reported: the same reporter within the minute is refused.
    expect((await post(second, report('Seoul HQ', 0))).status).toBe(429);
  }, 30_000);

  it('serves repeated status reads from the edge cache, not the object', async () => {
    const w = await worker();
    await crowd(w);
    const before = (await objectStats(w)).requests;
    await Promise.all(Array.from({ length: 100 }, () => crowd(w)));
    // Reads within the edge max-age never reach the object (the stats call itself is one request).
    expect((await objectStats(w)).requests - before).toBeLessThanOrEqual(2);
  });
});
