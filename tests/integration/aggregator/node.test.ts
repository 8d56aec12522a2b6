// @vitest-environment node
/**
 * aggregator/node.ts for real: its node:http server on 127.0.0.1 (port 0), a local fake Entra token
 * endpoint and a fake Graph (node:http on 127.0.0.1), the public sources mapped to the same fake. Nothing
 * leaves the machine: the upstream fetch refuses any address that is not loopback.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../aggregator/node';
import { validateStatusDocument } from '../../../src/core/engine/model';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import { fixture } from '../../../harness/fixtures';
import { BEARER, captureLog, CLIENT_ID, CLIENT_SECRET, fakeClock, TENANT } from '../../unit/aggregator/support';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PUBLIC_FILES: Record<string, [string, string]> = {
  'azure-rss': ['azure-rss-incident.xml', 'application/rss+xml; charset=utf-8'],
  'm365-consumer': ['m365-consumer-incident.json', 'application/json'],
  'azure-summary': ['azure-summary-ok.json', 'application/json'],
  'm365-admin': ['mac-ok.json', 'application/json'],
};

let fake: Server;
let fakeBase = '';
let aggregator: RunningServer;
const seen: string[] = [];
const issued: string[] = [];
const log = captureLog();

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}

/** The upstream fetch the aggregator gets: public hosts mapped to the fake, anything non-loopback refused. */
function loopbackFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const def = PUBLIC_SOURCES.find((s) => s.url === url);
  if (def) url = `${fakeBase}/public/${def.id}`;
  if (new URL(url).hostname !== '127.0.0.1') return Promise.reject(new TypeError(`test refuses non-loopback ${url}`));
  return fetch(url, init);
}

beforeAll(async () => {
  const issues = JSON.parse(fixture('graph-issues.json')) as { value: unknown[] };
  fake = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, type: string, text: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(text);
      };
      if (req.method === 'POST' && url.pathname === `/login/${TENANT}/oauth2/v2.0/token`) {
        const form = new URLSearchParams(await readBody(req));
        if (
          form.get('client_secret') !== CLIENT_SECRET ||
          form.get('client_id') !== CLIENT_ID ||
          form.get('grant_type') !== 'client_credentials'
        ) {
          return send(401, 'application/json', JSON.stringify({ error: 'invalid_client' }));
        }
        const token = `loopback-access-token-${issued.length + 1}`;
        issued.push(token);
        return send(200, 'application/json', JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: token }));
      }
      if (url.pathname === '/graph/v1.0/admin/serviceAnnouncement/issues') {
        if (!issued.some((t) => req.headers.authorization === `Bearer ${t}`))
          return send(401, 'application/json', '{"error":{"code":"InvalidAuthenticationToken"}}');
        // Two pages: the first links to the second.
        const page =
          url.searchParams.get('$skiptoken') === 'p2'
            ? { value: issues.value.slice(2) }
            : {
                '@odata.nextLink': `${fakeBase}/graph/v1.0/admin/serviceAnnouncement/issues?$skiptoken=p2`,
                value: issues.value.slice(0, 2),
              };
        return send(
          200,
          'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
          JSON.stringify(page),
        );
      }
      const id = /^\/public\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
      const file = id ? PUBLIC_FILES[id] : undefined;
      if (file) return send(200, file[1], fixture(file[0]));
      send(404, 'text/plain', 'not found');
    })();
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;

  aggregator = await startServer({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      AGGREGATOR_TENANT_ID: TENANT,
      AGGREGATOR_CLIENT_ID: CLIENT_ID,
      AGGREGATOR_CLIENT_SECRET: CLIENT_SECRET,
      AGGREGATOR_TOKEN: BEARER,
      AGGREGATOR_ALLOWED_ORIGINS: EXTENSION,
      AGGREGATOR_AUTHORITY_URL: `${fakeBase}/login`,
      AGGREGATOR_GRAPH_URL: `${fakeBase}/graph`,
    },
    fetch: loopbackFetch,
    logger: log,
    now: fakeClock().now,
  });
});

afterAll(async () => {
  await aggregator?.close();
  await new Promise<void>((resolve) => fake?.close(() => resolve()));
});

const auth = { authorization: `Bearer ${BEARER}` };

describe('aggregator/node.ts over loopback', () => {
  it('listens on 127.0.0.1 with an OS-chosen port', () => {
    expect(aggregator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(aggregator.url).not.toBe('http://127.0.0.1:0');
  });

  it('serves /v1/status built from the fake Graph (two pages) and the mapped public sources', async () => {
    const res = await fetch(`${aggregator.url}/v1/status`, { headers: { ...auth, origin: EXTENSION } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300, stale-while-revalidate=300');
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000);
    const checked = validateStatusDocument(await res.json());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.sources.map((s) => [s.id, s.ok])).toEqual([
      ['azure-rss', true],
      ['m365-consumer', true],
      ['azure-summary', true],
      ['m365-admin', true],
      ['graph', true],
    ]);
    expect(checked.value.sources.find((s) => s.id === 'graph')!.url).toBe(`${fakeBase}/graph/v1.0/admin/serviceAnnouncement/issues`);
    expect(
      checked.value.incidents
        .filter((i) => i.source === 'graph')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['graph:ex502279', 'graph:mo502273', 'graph:pb502140']);
    expect(seen.filter((s) => s.includes('/graph/'))).toEqual([
      'GET /graph/v1.0/admin/serviceAnnouncement/issues',
      'GET /graph/v1.0/admin/serviceAnnouncement/issues?$skiptoken=p2',
    ]);
  });

  it('answers conditional requests with 304 over the wire, and HEAD without a body', async () => {
    const first = await fetch(`${aggregator.url}/v1/status?services=exchange,teams&regions=korea`, { headers: auth });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(`${aggregator.url}/v1/status?services=exchange,teams&regions=korea`, {
      headers: { ...auth, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const head = await fetch(`${aggregator.url}/v1/status`, { method: 'HEAD', headers: auth });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('guards /v1/status with the token, answers preflights, 404s and 405s', async () => {
    const none = await fetch(`${aggregator.url}/v1/status`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="ms-status-aggregator"');
    const pre = await fetch(`${aggregator.url}/v1/status`, {
      method: 'OPTIONS',
      headers: { origin: EXTENSION, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect((await fetch(`${aggregator.url}/nope`)).status).toBe(404);
    expect((await fetch(`${aggregator.url}/v1/status`, { method: 'POST', body: 'x', headers: auth })).status).toBe(405);
    expect(await (await fetch(`${aggregator.url}/healthz`)).json()).toMatchObject({ ok: true });
    const trace = await new Promise<number>((resolve, reject) => {
      const req = request(`${aggregator.url}/v1/status`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(trace).toBe(400);
  });

  it('reads upstreams once per interval however many loopback clients ask at once', async () => {
    const before = seen.length;
    const started = performance.now();
    const all = await Promise.all(Array.from({ length: 200 }, () => fetch(`${aggregator.url}/v1/status`, { headers: auth })));
    const ms = performance.now() - started;
    expect(all.every((r) => r.status === 200)).toBe(true);
    await Promise.all(all.map((r) => r.arrayBuffer()));
    expect(seen.length - before).toBe(0); // still inside the first interval: no upstream traffic at all
    console.log(
      `[aggregator loopback] 200 concurrent HTTP clients over 127.0.0.1: ${Math.round(ms)} ms in total, 0 upstream fetches (document cached)`,
    );
  });

  it('logs start-up and refreshes without a secret', () => {
    const text = log.lines.join('\n');
    expect(text).toMatch(
      /listening on http:\/\/127\.0\.0\.1:\d+; sources: azure-rss, m365-consumer, azure-summary, m365-admin, graph; token required; 1 allowed origin\(s\)/,
    );
    expect(text).toMatch(/refresh: 5\/5 sources ok/);
    for (const secret of [CLIENT_SECRET, BEARER, ...issued]) expect(text).not.toContain(secret);
  });
});

describe('aggregator/node.ts: request bodies', () => {
  function post(path: string, body: Buffer): Promise<{ status?: number; error?: string }> {
    return new Promise((resolve) => {
      const req = request(
        `${aggregator.url}${path}`,
        { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'content-length': String(body.byteLength) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode }));
        },
      );
      req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? String(e) }));
      req.end(body);
    });
  }

  it.each([4096, 5000, 256 * 1024])('answers 413 (not 500, not a reset connection) to a %i-byte report', async (bytes) => {
    expect(await post('/v1/probes', Buffer.alloc(bytes, 0x61))).toEqual({ status: 413 });
  });

  it('still answers on the same server after a body too big', async () => {
    await post('/v1/probes', Buffer.alloc(256 * 1024, 0x61));
    const res = await fetch(`${aggregator.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('aggregator/node.ts behind the documented TLS reverse proxy', () => {
  async function officeBehindProxy(extra: Record<string, string>) {
    const running = await startServer({
      env: {
        PORT: '0',
        AGGREGATOR_TOKEN: BEARER,
        AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '2',
        AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Seoul HQ',
        ...extra,
      },
      warm: false,
      logger: { info() {}, warn() {} },
    });
    try {
      const statuses: (number | undefined)[] = [];
      for (let i = 0; i < 3; i++) {
        const body = JSON.stringify({
          v: 1,
          reporter: `browser-behind-proxy-${i}`,
          host: 'outlook.office.com',
          outcome: 'ok',
          latency: 'none',
          version: '1.0',
        });
        // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; three office PCs.
        const res = await fetch(`${running.url}/v1/probes`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json', 'x-forwarded-for': `10.1.0.${i + 1}` },
          body,
        });
        statuses.push(res.status);
      }
      const sites = running.handler.crowd!.counters.part(Date.now()).sites.map((s) => s.site);
      return { statuses, sites };
    } finally {
      await running.close();
    }
  }

  it('gives each browser its own address from the X-Forwarded-For of a proxy in AGGREGATOR_TRUSTED_PROXIES', async () => {
    expect(await officeBehindProxy({ AGGREGATOR_TRUSTED_PROXIES: '127.0.0.1/32' })).toEqual({
      statuses: [200, 200, 200],
      sites: ['Seoul HQ'],
    });
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    expect(await officeBehindProxy({})).toEqual({ statuses: [200, 200, 429], sites: ['Unassigned'] });
  });
});
