// @vitest-environment node
/**
 * The aggregator handler called directly with plain Request objects and a fake upstream fetch: no server,
 * no node: APIs in the code under test, which is what lets the same module run on an edge runtime.
 */
import { describe, expect, it } from 'vitest';
import { createAggregator, etagFor, filterDocument, type AggregatorConfig } from '../../../aggregator/handler';
import { regionsOverlap, servicesThatCount } from '../../../src/core/engine/catalog';
import { validateStatusDocument, type Incident, type StatusDocument } from '../../../src/core/engine/model';
import {
  BEARER,
  captureLog,
  fakeClock,
  fakeUpstream,
  get,
  graphSettings,
  issuesEndpoint,
  ISSUES_URL,
  publicRoutes,
  T0,
  tokenEndpoint,
  TOKEN_URL,
  type Route,
} from './support';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

function setup(config: Partial<AggregatorConfig> = {}) {
  const token = tokenEndpoint();
  const upstream = fakeUpstream({ ...publicRoutes(), [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token) });
  const clock = fakeClock();
  const log = captureLog();
  const handler = createAggregator(
    { intervalSeconds: 300, graph: graphSettings(), ...config },
    { fetch: upstream.fetch, now: clock.now, logger: log },
  );
  return { handler, upstream, clock, log };
}

async function doc(res: Response): Promise<StatusDocument> {
  const checked = validateStatusDocument(await res.json());
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

describe('routes', () => {
  it('serves the StatusDocument from the public sources and Graph on GET /v1/status', async () => {
    const { handler } = setup();
    const res = await handler(get('/v1/status'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const d = await doc(res);
    expect(d.schema).toBe(1);
    expect(d.sources.map((s) => [s.id, s.ok])).toEqual([
      ['azure-rss', true],
      ['m365-consumer', true],
      ['azure-summary', true],
      ['m365-admin', true],
      ['graph', true],
    ]);
    expect(d.sources.find((s) => s.id === 'graph')!.url).toBe(ISSUES_URL);
    const ids = d.incidents.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['graph:mo502273', 'graph:ex502279', 'graph:pb502140']));
    expect(ids.some((i) => i.startsWith('azure-rss:'))).toBe(true);
    expect(ids.some((i) => i.startsWith('m365-consumer:'))).toBe(true);
    // Worst first: the Graph interruption leads.
    expect(d.incidents[0]!.severity).toBe('outage');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const { handler } = setup();
    const full = await handler(get('/v1/status'));
    const head = await handler(get('/v1/status', {}, 'HEAD'));
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(String(new TextEncoder().encode(await full.text()).byteLength));
    expect(await head.text()).toBe('');
  });

  it('reports per-source ok flags on /healthz, uncached', async () => {
    const { handler } = setup();
    const res = await handler(get('/healthz'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      ok: true,
      generatedAt: '2023-01-25T08:15:00.000Z',
      intervalSeconds: 300,
      sources: ['azure-rss', 'm365-consumer', 'azure-summary', 'm365-admin', 'graph'].map((id) => ({
        id,
        ok: true,
        fetchedAt: '2023-01-25T08:15:00.000Z',
      })),
    });
  });

  it('/healthz answers 503 once the document is three intervals old, so a load balancer stops sending traffic', async () => {
    const { handler, upstream, clock } = setup({ maxWaitMs: 5, refreshDeadlineMs: 200 });
    expect((await handler(get('/healthz'))).status).toBe(200);
    // Every upstream now hangs, so the refresh cannot finish while the request waits.
    for (const url of [...upstream.routes.keys()]) upstream.routes.set(url, () => new Promise<Response>(() => {}));
    clock.advance(3 * 300);
    expect((await handler(get('/healthz'))).status).toBe(200);
    clock.advance(1);
    // The refresh is still going: the document served is the old one, now over three intervals old.
    const stale = await handler(get('/healthz'));
    expect(stale.status).toBe(503);
    expect(await stale.json()).toMatchObject({ ok: false, generatedAt: new Date(T0).toISOString() });
    await handler.refresh();
  });

  it('/healthz answers 503 when the last refresh got nothing from any source', async () => {
    const { handler, upstream } = setup();
    for (const url of [...upstream.routes.keys()]) upstream.routes.set(url, () => new Response('busy', { status: 503 }));
    const res = await handler(get('/healthz'));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      ok: false,
      sources: [{ ok: false }, { ok: false }, { ok: false }, { ok: false }, { ok: false }],
    });
  });

  it('stamps generatedAt with the moment the upstreams were read, not when the document was finished', async () => {
    const token = tokenEndpoint();
    const clock = fakeClock();
    const slowly: Route = async (call) => {
      clock.advance(7);
      return issuesEndpoint(token)(call);
    };
    const upstream = fakeUpstream({ ...publicRoutes(), [TOKEN_URL]: token.route, [ISSUES_URL]: slowly });
    const handler = createAggregator({ intervalSeconds: 300, graph: graphSettings() }, { fetch: upstream.fetch, now: clock.now });
    const d = (await (await handler(get('/v1/status'))).json()) as { generatedAt: string };
    expect(d.generatedAt).toBe(new Date(T0).toISOString());
  });

  it.each(['/', '/v1', '/v1/status/', '/v2/status', '/healthz/x', '/V1/STATUS'])('answers 404 for %s', async (path) => {
    const { handler, upstream } = setup();
    const res = await handler(get(path));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
    expect(upstream.countAll()).toBe(0);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('answers 405 to %s', async (method) => {
    const { handler } = setup();
    for (const path of ['/v1/status', '/healthz']) {
      const res = await handler(get(path, {}, method));
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });
});

describe('filtering', () => {
  it('keeps incidents on the named services, or what they stand on, that touch the named regions', async () => {
    const { handler } = setup();
    const all = await doc(await handler(get('/v1/status')));
    const res = await handler(get('/v1/status?services=outlook,teams&regions=asia-pacific'));
    expect(res.status).toBe(200);
    const filtered = await doc(res);
    const counting = servicesThatCount(['outlook', 'teams']);
    expect(counting).toContain('azure-front-door');
    const expected = all.incidents
      .filter((i) => i.services.some((s) => counting.includes(s)) && regionsOverlap(i.regions, ['asia-pacific']))
      .map((i) => i.id);
    expect(filtered.incidents.map((i) => i.id)).toEqual(expected);
    expect(expected).toContain('graph:mo502273');
    expect(expected.some((id) => id.startsWith('m365-consumer:outlook'))).toBe(true);
    expect(expected).not.toContain('graph:ex502279');
    expect(filtered.sources).toEqual(all.sources);
    expect(filtered.generatedAt).toBe(all.generatedAt);
  });

  it('lets regions rank, not hide: global and unplaced incidents always pass the region filter', () => {
    const base: Omit<Incident, 'id' | 'services' | 'regions'> = {
      source: 's',
      title: 't',
      severity: 'outage',
      phase: 'investigating',
      startedAt: '2023-01-25T08:00:00.000Z',
      updatedAt: '2023-01-25T08:00:00.000Z',
      summary: '',
      updates: [],
    };
    const d: StatusDocument = {
      schema: 1,
      generatedAt: '2023-01-25T08:15:00.000Z',
      sources: [],
      incidents: [
        { ...base, id: 's:global', services: ['exchange'], regions: ['global'] },
        { ...base, id: 's:none', services: ['exchange'], regions: [] },
        { ...base, id: 's:korea', services: ['exchange'], regions: ['korea'] },
        { ...base, id: 's:europe', services: ['exchange'], regions: ['europe'] },
        { ...base, id: 's:teams', services: ['teams'], regions: ['global'] },
      ],
    };
    const ids = filterDocument(d, { services: ['exchange'], regions: ['asia-pacific'] }).incidents.map((i) => i.id);
    expect(ids).toEqual(['s:global', 's:none', 's:korea']);
    expect(filterDocument(d, { services: [], regions: [] }).incidents).toHaveLength(5);
  });

  it('accepts repeated parameters, any order and case, and gives equal filters one ETag', async () => {
    const { handler } = setup();
    const a = await handler(get('/v1/status?services=outlook,teams&regions=asia-pacific'));
    const b = await handler(get('/v1/status?regions=ASIA-PACIFIC&services=teams&services=outlook'));
    const full = await handler(get('/v1/status'));
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
    expect(a.headers.get('etag')).not.toBe(full.headers.get('etag'));
    expect(await b.text()).toBe(await a.text());
  });

  it.each([
    ['?services=mail', /unknown service id "mail"/],
    ['?services=outlook,teams&regions=mars', /unknown region id "mars"/],
    ['?regions=%3Cscript%3E', /^unknown region id$/],
    [`?services=${'outlook,'.repeat(200)}`, /too long/],
  ])('answers 400 with a JSON error for %s', async (query, message) => {
    const { handler, upstream } = setup();
    const res = await handler(get(`/v1/status${query}`));
    expect(res.status).toBe(400);
    const data = (await res.json()) as { error: string; services: string[]; regions: string[] };
    expect(data.error).toMatch(message);
    expect(data.services).toContain('outlook');
    expect(data.regions).toContain('asia-pacific');
    expect(upstream.countAll()).toBe(0);
  });

  it('ignores parameters it does not know (cache busters)', async () => {
    const { handler } = setup();
    expect((await handler(get('/v1/status?t=123'))).status).toBe(200);
  });
});

describe('ETag and conditional requests', () => {
  it('tags the body with a strong hash of its bytes', async () => {
    const { handler } = setup();
    const res = await handler(get('/v1/status'));
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await etagFor(await res.text())).toBe(etag);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const { handler } = setup();
    const etag = (await handler(get('/v1/status'))).headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const res = await handler(get('/v1/status', { 'if-none-match': header }));
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toMatch(/max-age=/);
      expect(await res.text()).toBe('');
    }
    expect((await handler(get('/v1/status', { 'if-none-match': '"other"' }))).status).toBe(200);
  });

  it('keeps the ETag within an interval and changes it with the next refresh', async () => {
    const { handler, clock } = setup();
    const first = (await handler(get('/v1/status'))).headers.get('etag');
    clock.advance(299);
    expect((await handler(get('/v1/status'))).headers.get('etag')).toBe(first);
    clock.advance(1);
    const next = await handler(get('/v1/status', { 'if-none-match': first! }));
    // generatedAt moved on, so clients learn that the data is fresh (the extension checks it against 30 minutes).
    expect(next.status).toBe(200);
    expect(next.headers.get('etag')).not.toBe(first);
  });
});

describe('Cache-Control', () => {
  it('is public, for the rest of the interval, with stale-while-revalidate', async () => {
    const { handler, clock } = setup();
    expect((await handler(get('/v1/status'))).headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=300');
    clock.advance(100);
    expect((await handler(get('/v1/status'))).headers.get('cache-control')).toBe('public, max-age=200, stale-while-revalidate=300');
  });

  it('takes stale-while-revalidate from the config', async () => {
    const { handler } = setup({ intervalSeconds: 120, staleWhileRevalidateSeconds: 600 });
    expect((await handler(get('/v1/status'))).headers.get('cache-control')).toBe('public, max-age=120, stale-while-revalidate=600');
  });

  it('is private when a bearer token guards the document', async () => {
    const { handler } = setup({ token: BEARER });
    const res = await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` }));
    expect(res.headers.get('cache-control')).toBe('private, max-age=300, stale-while-revalidate=300');
    expect(res.headers.get('vary')).toContain('Authorization');
  });
});

describe('bearer token', () => {
  it('answers 401 with a challenge when no token is sent, before touching any upstream', async () => {
    const { handler, upstream } = setup({ token: BEARER });
    const res = await handler(get('/v1/status'));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="ms-status-aggregator"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'a bearer token is required' });
    expect(upstream.countAll()).toBe(0);
  });

  it.each([
    ['a wrong token', 'Bearer wrong-token-0123456789abcdef'],
    ['a prefix of the token', `Bearer ${BEARER.slice(0, -1)}`],
    ['the token plus more', `Bearer ${BEARER}x`],
    ['another scheme', `Basic ${BEARER}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 invalid_token to %s, without echoing it', async (_name, header) => {
    const { handler } = setup({ token: BEARER });
    const res = await handler(get('/v1/status', { authorization: header }));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="ms-status-aggregator", error="invalid_token"');
    const text = await res.text();
    expect(text).not.toContain(BEARER.slice(0, 10));
    expect(text).not.toContain('wrong-token');
  });

  it('serves the document to the right token (scheme case-insensitive)', async () => {
    const { handler } = setup({ token: BEARER });
    expect((await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` }))).status).toBe(200);
    expect((await handler(get('/v1/status', { authorization: `bearer ${BEARER}` }))).status).toBe(200);
  });

  it('guards 304s too: no ETag answers without the token', async () => {
    const { handler } = setup({ token: BEARER });
    const etag = (await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` }))).headers.get('etag')!;
    const res = await handler(get('/v1/status', { 'if-none-match': etag }));
    expect(res.status).toBe(401);
    expect(res.headers.get('etag')).toBeNull();
  });

  it('leaves /healthz open, but tells only a caller with the token which sources exist', async () => {
    const { handler } = setup({ token: BEARER });
    const open = await handler(get('/healthz'));
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ ok: true });
    const insider = await handler(get('/healthz', { authorization: `Bearer ${BEARER}` }));
    expect(((await insider.json()) as { sources: unknown[] }).sources).toHaveLength(5);
  });
});

describe('CORS', () => {
  it('allows only configured origins, never a wildcard, and exposes the ETag', async () => {
    const { handler } = setup({ allowedOrigins: [EXTENSION] });
    const allowed = await handler(get('/v1/status', { origin: EXTENSION }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('ETag');
    expect(allowed.headers.get('vary')).toBe('Origin');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    for (const origin of ['https://evil.example', 'chrome-extension://otherextensionid', 'null']) {
      const denied = await handler(get('/v1/status', { origin }));
      expect(denied.status).toBe(200);
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      expect(denied.headers.get('vary')).toBe('Origin');
    }
  });

  it('sends no CORS headers at all when no origin is configured', async () => {
    const { handler } = setup();
    const res = await handler(get('/v1/status', { origin: EXTENSION }));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });

  it('answers an allowed preflight with the methods and headers the extension sends, without a token', async () => {
    const { handler, upstream } = setup({ allowedOrigins: [EXTENSION], token: BEARER });
    const res = await handler(
      get(
        '/v1/status',
        { origin: EXTENSION, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,if-none-match' },
        'OPTIONS',
      ),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization.*If-None-Match/);
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(upstream.countAll()).toBe(0);
  });

  it('refuses a preflight from another origin or for another method', async () => {
    const { handler } = setup({ allowedOrigins: [EXTENSION] });
    const other = await handler(get('/v1/status', { origin: 'https://evil.example', 'access-control-request-method': 'GET' }, 'OPTIONS'));
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await handler(get('/v1/status', { origin: EXTENSION, 'access-control-request-method': 'POST' }, 'OPTIONS'));
    expect(post.status).toBe(403);
  });

  it('lets an allowed origin read a 401, so the extension can say the token is wrong', async () => {
    const { handler } = setup({ allowedOrigins: [EXTENSION], token: BEARER });
    const res = await handler(get('/v1/status', { origin: EXTENSION }));
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION);
  });
});
