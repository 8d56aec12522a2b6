// @vitest-environment node
/** Upstream polling behind the handler: coalescing, the interval, conditional requests, failing sources, secrets. */
import { describe, expect, it } from 'vitest';
import { createAggregator, type AggregatorConfig } from '../../../aggregator/handler';
import { validateStatusDocument, type StatusDocument } from '../../../src/core/engine/model';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import { fixture } from '../../../harness/fixtures';
import {
  BEARER,
  body,
  captureLog,
  CLIENT_SECRET,
  fakeClock,
  fakeUpstream,
  get,
  graphSettings,
  issuesEndpoint,
  ISSUES_URL,
  jsonBody,
  publicRoutes,
  tokenEndpoint,
  TOKEN_URL,
  type Route,
} from './support';

const AZURE_RSS = PUBLIC_SOURCES.find((s) => s.id === 'azure-rss')!.url;
const CONSUMER = PUBLIC_SOURCES.find((s) => s.id === 'm365-consumer')!.url;
const ALL_URLS = [...PUBLIC_SOURCES.map((s) => s.url), ISSUES_URL];

function setup(config: Partial<AggregatorConfig> = {}, overrides: Record<string, Route> = {}) {
  const token = tokenEndpoint();
  const upstream = fakeUpstream({ ...publicRoutes(), [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token), ...overrides });
  const clock = fakeClock();
  const log = captureLog();
  const handler = createAggregator(
    { intervalSeconds: 300, graph: graphSettings(), ...config },
    { fetch: upstream.fetch, now: clock.now, logger: log },
  );
  return { handler, upstream, clock, log, token };
}

async function doc(res: Response): Promise<StatusDocument> {
  const checked = validateStatusDocument(await res.json());
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

/** A route that holds every answer until released. */
function gated(route: Route) {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const held: Route = async (call) => {
    await gate;
    return route(call);
  };
  return { route: held, release: () => release() };
}

const counts = (upstream: ReturnType<typeof fakeUpstream>) => ALL_URLS.map((u) => upstream.count(u));

describe('request coalescing', () => {
  it('makes one upstream fetch per source for many concurrent cold clients, all of whom get the same document', async () => {
    const slow = gated(() => body(fixture('azure-rss-incident.xml'), 'application/rss+xml'));
    const { handler, upstream, token } = setup({}, { [AZURE_RSS]: slow.route });
    const responses = Array.from({ length: 50 }, () => handler(get('/v1/status')));
    await new Promise((r) => setTimeout(r, 10));
    slow.release();
    const all = await Promise.all(responses);
    expect(all.every((r) => r.status === 200)).toBe(true);
    expect(new Set(all.map((r) => r.headers.get('etag'))).size).toBe(1);
    expect(counts(upstream)).toEqual([1, 1, 1, 1, 1]);
    expect(token.issued).toHaveLength(1);
  });

  it('refreshes once more when the interval has passed, and not before', async () => {
    const { handler, upstream, clock } = setup();
    await Promise.all(Array.from({ length: 20 }, () => handler(get('/v1/status'))));
    clock.advance(299);
    await Promise.all(Array.from({ length: 20 }, () => handler(get('/v1/status?services=exchange'))));
    expect(counts(upstream)).toEqual([1, 1, 1, 1, 1]);
    clock.advance(1);
    await Promise.all(Array.from({ length: 20 }, () => handler(get('/healthz'))));
    expect(counts(upstream)).toEqual([2, 2, 2, 2, 2]);
  });

  it('makes no upstream fetch while nobody asks', async () => {
    const { handler, upstream, clock } = setup();
    await handler(get('/v1/status'));
    clock.advance(3600);
    expect(upstream.countAll()).toBe(6); // four public sources, one token, one page of issues
    await handler(get('/v1/status'));
    expect(counts(upstream)).toEqual([2, 2, 2, 2, 2]);
  });

  it('serves the previous document when a due refresh is slow, then the new one', async () => {
    let hold: (() => void) | undefined;
    const slowRoute: Route = async () => {
      if (hold === undefined) await new Promise<void>((r) => (hold = r));
      return body(fixture('azure-rss-incident.xml'), 'application/rss+xml');
    };
    const first = { done: false };
    const { handler, upstream, clock } = setup(
      { maxWaitMs: 30 },
      {
        [AZURE_RSS]: async (call) => {
          if (first.done) return slowRoute(call);
          first.done = true;
          return body(fixture('azure-rss-incident.xml'), 'application/rss+xml');
        },
      },
    );
    const before = await doc(await handler(get('/v1/status')));
    clock.advance(300);
    const started = Date.now();
    const during = await handler(get('/v1/status'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await doc(during)).generatedAt).toBe(before.generatedAt);
    expect(during.headers.get('cache-control')).toMatch(/max-age=0,/);
    // Requests during the slow refresh join it rather than starting another.
    await handler(get('/v1/status'));
    expect(upstream.count(AZURE_RSS)).toBe(2);
    hold!();
    await handler.refresh(); // settles the in-flight refresh (joins it)
    const after = await doc(await handler(get('/v1/status')));
    expect(after.generatedAt).toBe('2023-01-25T08:20:00.000Z');
    expect(upstream.count(AZURE_RSS)).toBe(2);
  });
});

describe('conditional requests upstream', () => {
  it('stores validators, sends them next time, and keeps the data on 304', async () => {
    const rss = fixture('azure-rss-incident.xml');
    const route: Route = (call) =>
      call.headers.get('if-none-match') === '"rss-1"'
        ? new Response(null, { status: 304 })
        : body(rss, 'application/rss+xml', { etag: '"rss-1"', 'last-modified': 'Wed, 25 Jan 2023 08:12:00 GMT' });
    const { handler, upstream, clock } = setup({}, { [AZURE_RSS]: route });
    const first = await doc(await handler(get('/v1/status')));
    clock.advance(300);
    const second = await doc(await handler(get('/v1/status')));
    const calls = upstream.calls.filter((c) => c.url === AZURE_RSS);
    expect(calls[0]!.headers.get('if-none-match')).toBeNull();
    expect(calls[1]!.headers.get('if-none-match')).toBe('"rss-1"');
    expect(calls[1]!.headers.get('if-modified-since')).toBe('Wed, 25 Jan 2023 08:12:00 GMT');
    const azure = (d: StatusDocument) => d.incidents.filter((i) => i.source === 'azure-rss').map((i) => i.id);
    expect(azure(second)).toEqual(azure(first));
    expect(azure(second).length).toBeGreaterThan(0);
    expect(second.sources.find((s) => s.id === 'azure-rss')).toMatchObject({ ok: true, fetchedAt: '2023-01-25T08:20:00.000Z' });
  });
});

describe('while an upstream fails', () => {
  it('keeps its last good incidents for an hour, marked failed, then lets them go', async () => {
    let failing = false;
    const token = tokenEndpoint();
    const okIssues = issuesEndpoint(token);
    const consumer = fixture('m365-consumer-incident.json');
    const { handler, clock } = setup(
      {},
      {
        [TOKEN_URL]: token.route,
        [CONSUMER]: () => (failing ? body('<html>down</html>', 'text/html', {}, 503) : body(consumer, 'application/json')),
        [ISSUES_URL]: (call) => (failing ? jsonBody({ error: { code: 'ServiceUnavailable' } }, 503) : okIssues(call)),
      },
    );
    const good = await doc(await handler(get('/v1/status')));
    const ids = (d: StatusDocument, source: string) =>
      d.incidents
        .filter((i) => i.source === source)
        .map((i) => i.id)
        .sort();
    expect(ids(good, 'graph').length).toBe(3);
    expect(ids(good, 'm365-consumer').length).toBe(2);

    failing = true;
    clock.advance(300);
    const during = await doc(await handler(get('/v1/status')));
    expect(ids(during, 'graph')).toEqual(ids(good, 'graph'));
    expect(ids(during, 'm365-consumer')).toEqual(ids(good, 'm365-consumer'));
    expect(during.sources.find((s) => s.id === 'graph')).toMatchObject({
      ok: false,
      error: 'Graph answered HTTP 503',
      fetchedAt: '2023-01-25T08:15:00.000Z',
    });
    expect(during.sources.find((s) => s.id === 'm365-consumer')).toMatchObject({ ok: false, error: 'answered HTTP 503' });
    expect(during.sources.find((s) => s.id === 'azure-rss')!.ok).toBe(true);

    clock.set(Date.parse('2023-01-25T09:10:00.000Z')); // 55 minutes after the last good read
    expect(ids(await doc(await handler(get('/v1/status'))), 'graph')).toEqual(ids(good, 'graph'));
    clock.set(Date.parse('2023-01-25T09:20:00.000Z')); // 65 minutes: past the grace
    const later = await doc(await handler(get('/v1/status')));
    expect(ids(later, 'graph').filter((id) => later.incidents.find((i) => i.id === id)!.phase !== 'resolved')).toEqual([]);
  });

  it('serves a document that says so when every source fails from the start', async () => {
    const down: Route = () => body('', 'text/plain', {}, 502);
    const routes = Object.fromEntries([...PUBLIC_SOURCES.map((s) => s.url), TOKEN_URL].map((u) => [u, down]));
    const { handler } = setup({}, routes);
    const d = await doc(await handler(get('/v1/status')));
    expect(d.incidents).toEqual([]);
    expect(d.sources.every((s) => !s.ok)).toBe(true);
    expect(d.sources.find((s) => s.id === 'graph')!.error).toBe('token request answered HTTP 502');
    expect(await (await handler(get('/healthz'))).json()).toMatchObject({ ok: false });
  });

  it('logs one line per refresh naming what failed', async () => {
    const { handler, log, clock } = setup({}, { [CONSUMER]: () => body('<html></html>', 'text/html') });
    await handler(get('/v1/status'));
    clock.advance(300);
    await handler(get('/v1/status'));
    clock.advance(10);
    await handler(get('/v1/status'));
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatch(
      /^info refresh: 4\/5 sources ok \(m365-consumer: answered text\/html instead of JSON.*\), \d+ incidents \(\d+ active\), \d+ ms$/,
    );
  });
});

describe('secrets', () => {
  it('never puts the client secret, the bearer token or an access token into logs, documents or errors', async () => {
    const token = tokenEndpoint(3599);
    let step = 0;
    const { handler, log, clock } = setup(
      { token: BEARER },
      {
        [TOKEN_URL]: (call) => {
          step++;
          if (step === 2) {
            // A misbehaving endpoint that echoes the request back in its error.
            return jsonBody(
              {
                error: 'invalid_client',
                error_description: `AADSTS7000215: bad secret ${new URLSearchParams(call.body).get('client_secret')} in ${call.body}`,
              },
              401,
            );
          }
          return token.route(call);
        },
        [ISSUES_URL]: (call) => {
          if (step === 1) return issuesEndpoint(token)(call);
          // A network layer whose error message quotes the Authorization header.
          throw new TypeError(`socket hang up while sending ${call.headers.get('authorization')} / secret ${CLIENT_SECRET}`);
        },
        [CONSUMER]: () => {
          throw new TypeError(`proxy rejected ${CLIENT_SECRET} and ${BEARER}`);
        },
      },
    );
    const auth = { authorization: `Bearer ${BEARER}` };
    const bodies: string[] = [];
    bodies.push(await (await handler(get('/v1/status', auth))).text());
    clock.advance(3600); // the token is due for renewal: the renewal fails
    bodies.push(await (await handler(get('/v1/status', auth))).text());
    clock.advance(300); // a new token, then the issues request fails quoting it
    bodies.push(await (await handler(get('/v1/status', auth))).text());
    bodies.push(await (await handler(get('/healthz'))).text());
    bodies.push(await (await handler(get('/v1/status', { authorization: 'Bearer guess-guess-guess-guess' }))).text());
    bodies.push(await (await handler(get('/v1/status?services=nope', auth))).text());

    const everything = [...log.lines, ...bodies].join('\n');
    expect(token.issued.length).toBe(2);
    for (const secret of [CLIENT_SECRET, encodeURIComponent(CLIENT_SECRET), BEARER, ...token.issued]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).toContain(
      'token request answered HTTP 401 (invalid_client, AADSTS7000215): the client id or secret is wrong, or the secret has expired',
    );
    expect(everything).toContain('[redacted]');
  });
});

describe('redirects and deadlines', () => {
  it('never follows a public upstream redirect (to an internal address, say): that source fails, saying why', async () => {
    const { handler, upstream } = setup(
      {},
      {
        [CONSUMER]: () => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:8080/admin' } }),
      },
    );
    const d = await doc(await handler(get('/v1/status', { authorization: `Bearer ${BEARER}` })));
    expect(d.sources.find((s) => s.id === 'm365-consumer')).toMatchObject({
      ok: false,
      error: 'answered a redirect (HTTP 302), which is not followed',
    });
    expect(upstream.calls.some((c) => c.url.includes('127.0.0.1'))).toBe(false);
    expect(upstream.calls.filter((c) => c.url === CONSUMER).every((c) => c.method === 'GET')).toBe(true);
  });

  it('ends a refresh at its deadline however slow the Graph pages are, keeping the other sources', async () => {
    const slowPages: Route = () => new Promise<Response>(() => {});
    const { handler } = setup({ refreshDeadlineMs: 100 }, { [ISSUES_URL]: slowPages });
    const started = Date.now();
    const d = await doc(await handler(get('/v1/status')));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(d.sources.find((s) => s.id === 'graph')).toMatchObject({ ok: false, error: 'did not answer before the refresh deadline' });
    expect(d.sources.filter((s) => s.ok)).toHaveLength(4);
  });
});
