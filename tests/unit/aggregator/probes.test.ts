// @vitest-environment node
/**
 * POST /v1/probes, the crowd part in /v1/status and the dashboard's routes, through the runtime-neutral
 * handler with a fake upstream and a fake clock: no socket.
 */
import { describe, expect, it } from 'vitest';
import { type AggregatorConfig, createAggregator } from '../../../aggregator/handler';
import { configFromEnv } from '../../../aggregator/config';
import { MAX_REPORT_BYTES } from '../../../src/core/engine/crowd';
import type { StatusDocument } from '../../../src/core/engine/model';
import { crowdVerdict, everyoneFailing } from '../../../src/core/extension/verdict';
import { BEARER, fakeClock, fakeUpstream, get, publicRoutes } from './support';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

function setup(env: Record<string, string> = {}) {
  const upstream = fakeUpstream(publicRoutes());
  const clock = fakeClock();
  const { config } = configFromEnv({ AGGREGATOR_TOKEN: BEARER, AGGREGATOR_ALLOWED_ORIGINS: EXTENSION, ...env });
  const handler = createAggregator(config as AggregatorConfig, { fetch: upstream.fetch, now: clock.now });
  return { handler, clock, counters: handler.crowd?.counters };
}

function report(i: number, fields: Record<string, unknown> = {}) {
  return {
    v: 1,
    reporter: `reporter-${String(i).padStart(10, '0')}`,
    host: 'outlook.office.com',
    outcome: 'ok',
    latency: '<0.5s',
    version: '0.2.0',
    ...fields,
  };
}

function post(body: string | object, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/v1/probes', {
    method: 'POST',
    headers: { authorization: `Bearer ${BEARER}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function crowdOf(handler: ReturnType<typeof setup>['handler']): Promise<NonNullable<StatusDocument['crowd']>> {
  const doc = (await (await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` }))).json()) as StatusDocument;
  return doc.crowd!;
}

describe('POST /v1/probes', () => {
  it('counts a valid report (200 with its site) and publishes the site once k reporters have reported', async () => {
    const { handler } = setup();
    for (let i = 0; i < 4; i++)
      expect((await handler(post(report(i, { site: 'Seoul HQ', outcome: 'timeout' })), { address: `10.0.0.${i}` })).status).toBe(200);
    expect((await crowdOf(handler)).sites).toEqual([{ site: 'Seoul HQ', outlook: 'business', enough: false }]);
    await handler(post(report(4, { site: 'Seoul HQ', outcome: 'timeout' })), { address: '10.0.0.4' });
    const crowd = await crowdOf(handler);
    expect(crowd).toMatchObject({ k: 5, windowMinutes: 15 });
    expect(crowd.sites[0]).toMatchObject({ site: 'Seoul HQ', enough: true, reporters: 5, failing: 5, failingShare: 1 });
  });

  it('never accepts reports without a token configured', async () => {
    const upstream = fakeUpstream(publicRoutes());
    const handler = createAggregator({}, { fetch: upstream.fetch });
    const res = await handler(post(report(1)));
    expect(res.status).toBe(404);
    expect(handler.crowd).toBeUndefined();
    const doc = (await (await handler(get('/v1/status'))).json()) as StatusDocument;
    expect(doc.crowd).toBeUndefined();
  });

  it.each<[string, Record<string, string>, number]>([
    ['no token', { authorization: '' }, 401],
    ['a wrong token', { authorization: 'Bearer not-the-token-at-all-000' }, 401],
    ['another content type', { 'content-type': 'text/plain' }, 415],
  ])('refuses %s and counts nothing', async (_name, headers, status) => {
    const { handler, counters } = setup();
    const request = post(report(1), headers);
    if (headers.authorization === '') request.headers.delete('authorization');
    expect((await handler(request)).status).toBe(status);
    expect(counters!.size().reporters).toBe(0);
  });

  it('refuses a body over MAX_REPORT_BYTES before parsing it, with or without a declared length', async () => {
    const { handler, counters } = setup();
    const big = JSON.stringify(report(1, { site: 'x'.repeat(400) }));
    expect((await handler(post(big))).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = new Request('http://localhost/v1/probes', {
      method: 'POST',
      headers: { authorization: `Bearer ${BEARER}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(chunked)).status).toBe(413);
    expect(JSON.stringify(report(1)).length).toBeLessThan(MAX_REPORT_BYTES);
    expect(counters!.size().reporters).toBe(0);
  });

  it.each([
    ['not JSON', '{"v":1,'],
    ['an unknown field', report(1, { user: 'kim@contoso.com' })],
    ['a host that is not Outlook', report(1, { host: 'evil.example' })],
    ['an unknown outcome', report(1, { outcome: 'fine' })],
    ['a bad reporter id', report(1, { reporter: 'short' })],
    ['a site with markup', report(1, { site: '<b>HQ</b>' })],
    ['an array', [report(1)]],
  ])('answers 400 to %s and changes nothing', async (_name, body) => {
    const { handler, counters } = setup();
    const res = await handler(post(body));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error.length).toBeLessThan(120);
    expect(counters!.size().reporters).toBe(0);
  });

  it('derives the site from the configured network map, and keeps no address', async () => {
    const { handler, counters } = setup({ AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Seoul HQ,10.1.2.0/24=Seoul Lab,2001:db8::/32=Busan' });
    const at = [`10.1.9.${1}`, '10.1.2.7', '::ffff:10.1.2.8', '2001:db8::5', '192.0.2.1'];
    for (const [i, address] of at.entries()) expect((await handler(post(report(i)), { address })).status).toBe(200);
    const sites = (await crowdOf(handler)).sites.map((s) => s.site).sort();
    expect(sites).toEqual(['Busan', 'Seoul HQ', 'Seoul Lab', 'Unassigned']);
    const kept = JSON.stringify(counters!.snapshot());
    for (const address of at) expect(kept).not.toContain(address);
  });

  it("takes the network map's site over the report's own where the map covers the address: office A cannot write into office B", async () => {
    const { handler } = setup({ AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Seoul HQ,10.2.0.0/16=Busan' });
    for (let i = 0; i < 5; i++)
      expect((await handler(post(report(i, { site: 'Busan', outcome: 'network-error' })), { address: '10.1.0.9' })).status).toBe(200);
    const sites = (await crowdOf(handler)).sites;
    expect(sites.map((s) => [s.site, s.reporters])).toEqual([['Seoul HQ', 5]]);
  });

  it('answers with the site it counted the report at, and nothing else', async () => {
    const { handler } = setup({ AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Remote' });
    const answers = [];
    for (const [i, [site, address]] of (
      [
        ['Seoul HQ', '10.1.0.9'],
        ['Seoul HQ', '192.0.2.1'],
        [undefined, '192.0.2.2'],
      ] as const
    ).entries()) {
      const res = await handler(post(report(i, site ? { site } : {})), { address });
      answers.push([res.status, res.headers.get('content-type'), res.headers.get('cache-control'), await res.text()]);
    }
    const json = 'application/json; charset=utf-8';
    expect(answers).toEqual([
      // The VPN range mapped to "Remote" wins over the policy's "Seoul HQ": the browser is told so.
      [200, json, 'no-store', '{"site":"Remote"}'],
      [200, json, 'no-store', '{"site":"Seoul HQ"}'],
      [200, json, 'no-store', '{"site":"Unassigned"}'],
    ]);
  });

  it("keeps the report's own site where it agrees with the map, or where no network covers the address", async () => {
    const { handler } = setup({ AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Seoul HQ' });
    await handler(post(report(1, { site: 'Seoul HQ' })), { address: '10.1.0.1' });
    await handler(post(report(2, { site: 'Busan' })), { address: '192.0.2.1' });
    await handler(post(report(3, { site: 'Daegu' })));
    expect((await crowdOf(handler)).sites.map((s) => s.site)).toEqual(['Busan', 'Daegu', 'Seoul HQ']);
  });

  it('answers 429 to a second report from the same reporter within the minute, and counts it once', async () => {
    const { handler, clock, counters } = setup();
    expect((await handler(post(report(1)))).status).toBe(200);
    const again = await handler(post(report(1, { outcome: 'timeout' })));
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('60');
    clock.advance(60);
    expect((await handler(post(report(1, { outcome: 'timeout' })))).status).toBe(200);
    expect(counters!.size().reporters).toBe(1);
  });

  it('one browser sending five sites counts as one reporter, and cannot make "everyone is down"', async () => {
    const { handler, clock } = setup();
    for (const site of ['A', 'B', 'C', 'D', 'E']) {
      // Each is a move to another site: a change, so counted once a minute (429 within the same minute).
      expect((await handler(post(report(1, { site, outcome: 'timeout' })), { address: '198.51.100.7' })).status).toBe(200);
      expect((await handler(post(report(1, { site: 'F', outcome: 'timeout' })), { address: '198.51.100.7' })).status).toBe(429);
      clock.advance(60);
    }
    const crowd = await crowdOf(handler);
    const org = crowd.organisation.find((o) => o.outlook === 'business')!;
    const verdict = crowdVerdict({ crowd, site: null, kind: 'business', probeFailing: false, confirmed: undefined, previous: undefined });
    expect({ reporters: org.reporters, everyone: everyoneFailing(org), verdict: verdict?.kind }).toEqual({
      reporters: undefined,
      everyone: false,
      verdict: 'not-enough',
    });
  });

  it('publishes no organisation total from which a site below k could be read by subtraction', async () => {
    const { handler } = setup();
    for (let i = 0; i < 5; i++) await handler(post(report(i, { site: 'Seoul' })), { address: `10.0.0.${i}` });
    // Busan has one browser; its person's Outlook is failing.
    await handler(post(report(9, { site: 'Busan', outcome: 'timeout' })), { address: '10.9.0.1' });
    const crowd = await crowdOf(handler);
    const org = crowd.organisation.find((o) => o.outlook === 'business')!;
    const published = crowd.sites.filter((s) => s.enough);
    const hidden = {
      reporters: (org.reporters ?? 0) - published.reduce((n, s) => n + (s.reporters ?? 0), 0),
      failing: (org.failing ?? 0) - published.reduce((n, s) => n + (s.failing ?? 0), 0),
    };
    expect(hidden).toEqual({ reporters: 0, failing: 0 });
  });

  it('200 junk site names posted once do not lock out a real new site once their reporters have left', async () => {
    const { handler, clock } = setup();
    for (let i = 0; i < 200; i++)
      expect((await handler(post(report(i, { site: `junk${i}` })), { address: '203.0.113.5' })).status).toBe(200);
    clock.advance(60 * 60);
    expect((await handler(post(report(999, { site: 'Daegu' })), { address: '10.3.0.1' })).status).toBe(200);
    expect((await crowdOf(handler)).sites.map((s) => s.site)).toEqual(['Daegu']);
  });

  it("forgets a source address's hash once its window has passed, at the next read", async () => {
    const { handler, clock, counters } = setup();
    await handler(post(report(1)), { address: '10.20.30.40' });
    expect(counters!.size().addresses).toBe(1);
    clock.advance(24 * 60 * 60);
    await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` }));
    expect(counters!.size().addresses).toBe(0);
  });

  it('limits new reporters per source address per window', async () => {
    const { handler } = setup({ AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await handler(post(report(i)), { address: '198.51.100.4' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('honours a configured k', async () => {
    const { handler } = setup({ AGGREGATOR_CROWD_K: '3' });
    for (let i = 0; i < 3; i++) await handler(post(report(i, { site: 'Busan' })), { address: `10.0.0.${i}` });
    expect((await crowdOf(handler)).sites[0]).toMatchObject({ enough: true, reporters: 3 });
  });

  it('answers an allowed preflight for the POST', async () => {
    const { handler } = setup();
    const res = await handler(
      new Request('http://localhost/v1/probes', {
        method: 'OPTIONS',
        headers: { origin: EXTENSION, 'access-control-request-method': 'POST' },
      }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
  });

  it('answers 405 to GET on /v1/probes and 405 to POST on /v1/status', async () => {
    const { handler } = setup();
    expect((await handler(get('/v1/probes'))).status).toBe(405);
    expect((await handler(new Request('http://localhost/v1/status', { method: 'POST' }))).status).toBe(405);
  });
});

describe('the dashboard routes', () => {
  it('serves the page without organisation data, in Korean when the browser prefers it', async () => {
    const { handler } = setup();
    const ko = await handler(get('/dashboard', { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' }));
    expect(ko.status).toBe(200);
    expect(ko.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await ko.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('조직 전체의 Outlook 상태');
    expect((await (await handler(get('/dashboard'))).text()).includes('<html lang="en">')).toBe(true);
    expect((await handler(get('/dashboard.js'))).headers.get('content-type')).toContain('javascript');
  });

  it('serves its data only with the token', async () => {
    const { handler } = setup();
    await handler(post(report(1, { site: 'Busan' })));
    expect((await handler(get('/v1/dashboard-data'))).status).toBe(401);
    const res = await handler(get('/v1/dashboard-data', { authorization: `Bearer ${BEARER}` }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ part: { k: 5 }, current: [{ site: 'Busan', enough: false }], leads: [] });
  });
});
