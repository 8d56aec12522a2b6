// @vitest-environment node
/**
 * The Workers entry (aggregator/worker.ts + its Durable Object) running in workerd, the real Cloudflare
 * Workers runtime, through miniflare's API; every upstream is the loopback fake in harness/microsoft-fake.ts.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../aggregator/config';
import { startWorkerd } from '../../../aggregator/workerd';
import { ISSUES_PATH, TOKEN_PATH } from '../../../harness/microsoft-fake';
import { validateStatusDocument } from '../../../src/core/engine/model';
import { workerdSuite } from './workerd-suite';

const TOKEN = 'org-bearer-token-0123456789abcdef';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PUBLIC_PATHS = ['azure-rss', 'm365-consumer', 'azure-summary', 'm365-admin'].map((id) => `/public/${id}`);
const auth = { authorization: `Bearer ${TOKEN}` };

const { fake, worker, stop, tempDir } = workerdSuite({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_ALLOWED_ORIGINS: EXTENSION });

describe('the Worker in workerd', () => {
  it('answers 200 concurrent cold requests with one upstream fetch per source, one Graph walk and one token', async () => {
    const w = await worker();
    const answers = await Promise.all(Array.from({ length: 200 }, () => fetch(`${w.url}/v1/status`, { headers: auth })));
    expect(answers.map((r) => r.status)).toEqual(Array(200).fill(200));
    const tags = new Set(answers.map((r) => r.headers.get('etag')));
    expect(tags.size).toBe(1);
    for (const path of PUBLIC_PATHS) expect(fake.count(path)).toBe(1);
    expect(fake.count(TOKEN_PATH)).toBe(1);
    expect(fake.count(ISSUES_PATH)).toBe(2); // one walk of two pages
    const checked = validateStatusDocument(await answers[0]!.json());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    // Graph through the loopback fake: the tenant's own source and incidents are in.
    expect(checked.value.sources.find((s) => s.id === 'graph')).toMatchObject({ ok: true });
    expect(checked.value.incidents.some((i) => i.source === 'graph')).toBe(true);
    // The next requests within the interval fetch nothing more.
    await Promise.all(
      Array.from({ length: 50 }, () => fetch(`${w.url}/v1/status?services=exchange`, { headers: auth }).then((r) => r.arrayBuffer())),
    );
    expect(fake.upstreamReads()).toBe(5);
  });

  it('requires the bearer token, answers CORS for the allowed origin only, and revalidates with 304', async () => {
    const w = await worker();
    expect((await fetch(`${w.url}/v1/status`)).status).toBe(401);
    expect((await fetch(`${w.url}/v1/status`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
    const ok = await fetch(`${w.url}/v1/status`, { headers: { ...auth, origin: EXTENSION } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(ok.headers.get('cache-control')).toMatch(/^private/);
    const etag = ok.headers.get('etag')!;
    const other = await fetch(`${w.url}/v1/status`, { headers: { ...auth, origin: 'chrome-extension://someoneelse' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${w.url}/v1/status`, {
      method: 'OPTIONS',
      headers: { origin: EXTENSION, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const again = await fetch(`${w.url}/v1/status`, { headers: { ...auth, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${w.url}/v1/status`, { method: 'HEAD', headers: auth });
    expect(Number(head.headers.get('content-length'))).toBe(new TextEncoder().encode(await ok.text()).byteLength);
  });

  it('tells /healthz callers without the token only whether it is healthy, and never refreshes for it', async () => {
    const w = await worker();
    // A cold object has no document: /healthz says so and starts nothing itself (the alarm, set at once, does).
    const cold = await Promise.all(Array.from({ length: 20 }, () => fetch(`${w.url}/healthz`)));
    expect(cold.map((r) => r.status)).toContain(503);
    expect(fake.counts.get('/public/azure-rss') ?? 0).toBeLessThanOrEqual(1);
    let anonymous = await fetch(`${w.url}/healthz`);
    for (let i = 0; i < 50 && anonymous.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      anonymous = await fetch(`${w.url}/healthz`);
    }
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ ok: true });
    const insider = (await (await fetch(`${w.url}/healthz`, { headers: auth })).json()) as { sources: { id: string }[] };
    expect(insider.sources.map((s) => s.id)).toContain('graph');
  });

  it('after a restart, serves the persisted document at once, with the same ETag, fetching nothing', async () => {
    const dir = tempDir();
    const first = await worker({}, dir);
    const before = await fetch(`${first.url}/v1/status`, { headers: auth });
    const etag = before.headers.get('etag')!;
    const body = await before.text();
    await stop(first);
    fake.counts.clear();
    // Upstreams now hang: anything the new instance fetched would hold its answer back.
    for (const path of PUBLIC_PATHS) fake.hanging.add(path);
    const second = await worker({}, dir);
    const started = Date.now();
    const after = await fetch(`${second.url}/v1/status`, { headers: auth });
    // The upstreams hang for good: an answer at all means nothing was waited for.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(after.headers.get('etag')).toBe(etag);
    expect(await after.text()).toBe(body);
    expect((await fetch(`${second.url}/v1/status`, { headers: { ...auth, 'if-none-match': etag } })).status).toBe(304);
    expect(fake.upstreamReads()).toBe(0);
  });

  it('a slow upstream holds nobody past the refresh deadline, and nothing after it', async () => {
    fake.hanging.add('/public/azure-rss');
    const w = await worker({ AGGREGATOR_REFRESH_DEADLINE_SECONDS: '2' });
    const started = Date.now();
    const cold = await Promise.all(Array.from({ length: 20 }, () => fetch(`${w.url}/v1/status`, { headers: auth })));
    // The hanging feed never answers: the burst ends at the 2 s deadline (plus a busy machine's slack).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(cold.every((r) => r.status === 200)).toBe(true);
    const doc = (await cold[0]!.json()) as { sources: { id: string; ok: boolean; error?: string }[] };
    expect(doc.sources.find((s) => s.id === 'azure-rss')).toMatchObject({ ok: false, error: 'did not answer before the refresh deadline' });
    expect(doc.sources.filter((s) => s.ok).map((s) => s.id)).toEqual(['m365-consumer', 'azure-summary', 'm365-admin', 'graph']);
    const later = Date.now();
    const warm = await Promise.all(Array.from({ length: 20 }, () => fetch(`${w.url}/v1/status`, { headers: auth })));
    expect(warm.every((r) => r.status === 200)).toBe(true);
    // Answered from the stored document: no new refresh started, so nothing waited on the hanging feed.
    expect(fake.count('/public/azure-rss')).toBe(1);
    expect(Date.now() - later).toBeLessThan(10_000);
    expect((await fetch(`${w.url}/healthz`)).status).toBe(200);
  });

  it('refuses to start with Graph configured and no token, naming the variable', async () => {
    const env = fake.env();
    await expect(startWorkerd({ env })).rejects.toThrow(ConfigError);
    await expect(startWorkerd({ env })).rejects.toThrow(/AGGREGATOR_TOKEN/);
    expect(fake.upstreamReads()).toBe(0);
  });
});
