import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Glance } from '../../../src/core/extension/glance';
import { translator } from '../../../src/core/engine/i18n';
import type { Snapshot } from '../../../src/core/extension/snapshot';
import { readSnapshot } from '../../../src/core/extension/stored';
import { sourceStatesFrom } from '../../../src/background/source-store';
import { KEYS, SNAPSHOT_KEYS } from '../../../src/platform/storage-keys';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/extension/settings';
import { fixture } from '../../../harness/fixtures';

import { runCheck } from '../../../src/background/check';
type Deps = Parameters<typeof runCheck>[0];

const T0 = Date.parse('2023-01-25T13:10:00.000Z');
const RSS = 'https://azure.status.microsoft/en-us/status/feed/';
const CONSUMER = 'https://status.cloud.microsoft/api/posts/m365Consumer';
const SUMMARY = 'https://status.cloud.microsoft/api/posts/azure';
const MAC = 'https://status.cloud.microsoft/api/posts/mac';
const OUTLOOK = 'https://outlook.office.com/';

type Reply = (init: RequestInit) => Response | Promise<Response>;

const xml =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', ...headers } });
const json = (body: string) => () => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A fake network: one reply per URL, and a log of every request with its headers. */
function fakeNetwork(routes: Record<string, Reply>) {
  const log: { url: string; headers: Record<string, string> }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    log.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const reply = routes[url];
    if (!reply) throw new TypeError('Failed to fetch');
    return reply(init);
  });
  return { fetch: fetchFn as unknown as typeof fetch, log, routes, count: (url: string) => log.filter((l) => l.url === url).length };
}

function quietRoutes(): Record<string, Reply> {
  return {
    [RSS]: xml(fixture('azure-rss-empty.xml'), { etag: '"v1"' }),
    [CONSUMER]: json(fixture('m365-consumer-ok.json')),
    [SUMMARY]: json(fixture('azure-summary-ok.json')),
    [MAC]: json(fixture('mac-ok.json')),
    [OUTLOOK]: () => new Response(null, { status: 200 }),
  };
}

function makeDeps(net: ReturnType<typeof fakeNetwork>, overrides: Partial<Deps> = {}, config: Settings = DEFAULT_SETTINGS) {
  let now = T0;
  const paint = vi.fn(async (_snapshot: Snapshot, _tooltip: string, _glance: Glance) => {});
  const reschedule = vi.fn(async () => {});
  const notify = vi.fn(async () => {});
  const deps: Deps = {
    fetch: net.fetch,
    now: () => now,
    online: () => true,
    settings: async () => config,
    translate: async () => ({ locale: 'en', t: translator(JSON.parse(fixture('../../_locales/en/messages.json'))) }),
    paint,
    notify,
    reschedule,
    ...overrides,
  };
  return { deps, paint, notify, reschedule, advance: (ms: number) => (now += ms) };
}

function innerSource(id: string, ok: boolean) {
  return {
    id,
    url: `https://upstream.example/${id}`,
    fetchedAt: new Date(T0).toISOString(),
    ok,
    ...(ok ? {} : { error: 'answered HTTP 503' }),
  };
}

/** The snapshot as every reader gets it back from its stored parts. */
async function stored(): Promise<Snapshot | null | 'invalid'> {
  return readSnapshot(await fakeBrowser.storage.local.get([...SNAPSHOT_KEYS]), Date.now());
}

/** What is kept of a snapshot: the per-source fetch times change every check and stay out of storage. */
const asKept = (s: Snapshot): Snapshot => ({
  ...s,
  document: { ...s.document, sources: s.document.sources.map(({ fetchedAt: _perCycle, ...rest }) => rest) },
});

describe('the check cycle', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('quiet sources and a reachable Outlook: green, stored, painted', async () => {
    const net = fakeNetwork(quietRoutes());
    const { deps, paint } = makeDeps(net);
    const snapshot = await runCheck(deps);
    expect(snapshot.level).toBe('ok');
    expect(await stored()).toEqual(asKept(snapshot));
    // The popup's first lines ride in its address (core/extension/glance.ts), in the words the popup's header uses.
    expect(paint).toHaveBeenCalledWith(snapshot, 'No problems reported on your services', {
      locale: 'en',
      level: 'ok',
      look: 'ok',
      levelWord: 'Normal',
      headline: 'No problems reported on your services',
      checkedAt: snapshot.checkedAt,
      pollMinutes: 5,
    });
    expect(snapshot.probe).toMatchObject({ reachable: true, httpStatus: 200, consecutiveProblems: 0 });
    expect(snapshot.lastSuccessAt).toBe(snapshot.checkedAt);
  });

  it('a check that changes nothing writes the heartbeat only (at most 300 bytes), not the status, banner or source state', async () => {
    const net = fakeNetwork(quietRoutes());
    const { deps, advance } = makeDeps(net);
    const first = await runCheck(deps);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    advance(5 * 60_000);
    const second = await runCheck(deps);
    expect(second.checkedAt).not.toBe(first.checkedAt);
    const written = set.mock.calls.flatMap(([values]) => Object.keys(values));
    expect(written).toContain(KEYS.heartbeat);
    expect(written).not.toContain(KEYS.status);
    expect(written).not.toContain(KEYS.banner);
    expect(written).not.toContain(KEYS.sources);
    const heartbeat = (set.mock.calls.find(([values]) => KEYS.heartbeat in values)![0] as Record<string, unknown>)[KEYS.heartbeat];
    expect(JSON.stringify({ [KEYS.heartbeat]: heartbeat }).length).toBeLessThanOrEqual(300);
    expect(await stored()).toEqual(asKept(second));
  });

  it('as in real Chromium (a clock that moves during the check, keys handed back sorted), a no-change check still writes the heartbeat only', async () => {
    const net = fakeNetwork(quietRoutes());
    let now = T0;
    const { deps } = makeDeps(net, { now: () => now++ });
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    const sortedGet = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockImplementation(async (keys) => sorted(await get(keys)) as Record<string, unknown>);
    try {
      await runCheck(deps);
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      set.mockClear();
      now += 5 * 60_000;
      await runCheck(deps);
      expect(set.mock.calls.flatMap(([values]) => Object.keys(values))).toEqual([KEYS.heartbeat]);
    } finally {
      sortedGet.mockRestore();
    }
  });

  it('source fetch times left out of storage come back from the heartbeat: confirmed now, or as they were', async () => {
    const net = fakeNetwork(quietRoutes());
    const { deps, advance } = makeDeps(net);
    await runCheck(deps);
    advance(5 * 60_000);
    const second = await runCheck(deps);
    const kept = (await fakeBrowser.storage.local.get(KEYS.sources))[KEYS.sources] as Record<string, { fetchedAt?: string }>;
    expect(Object.values(kept).every((s) => s.fetchedAt === undefined)).toBe(true);
    const states = sourceStatesFrom(kept, (await fakeBrowser.storage.local.get(KEYS.heartbeat))[KEYS.heartbeat]);
    expect(Object.values(states).map((s) => s.fetchedAt)).toEqual(Object.values(states).map(() => second.checkedAt));
    // One source fails: it keeps its last fetch time (the previous check's), stored with it.
    net.routes[CONSUMER] = () => new Response('busy', { status: 503 });
    advance(5 * 60_000);
    await runCheck(deps);
    const after = (await fakeBrowser.storage.local.get(KEYS.sources))[KEYS.sources] as Record<string, { fetchedAt?: string }>;
    expect(after['m365-consumer']!.fetchedAt).toBe(second.checkedAt);
    expect(after['azure-rss']!.fetchedAt).toBeUndefined();
  });

  it('a check that changes the status writes it, with the heartbeat, in the same storage call', async () => {
    const net = fakeNetwork(quietRoutes());
    const { deps, advance } = makeDeps(net);
    await runCheck(deps);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    net.routes[RSS] = xml(fixture('azure-rss-incident.xml'));
    advance(60_000);
    const changed = await runCheck(deps);
    const call = set.mock.calls.find(([values]) => KEYS.status in values)![0];
    expect(Object.keys(call)).toEqual(expect.arrayContaining([KEYS.heartbeat, KEYS.status]));
    expect(await stored()).toEqual(asKept(changed));
  });

  it('an APAC outage in the Azure feed: red, with the incident in the tooltip', async () => {
    const routes = { ...quietRoutes(), [RSS]: xml(fixture('azure-rss-incident.xml')) };
    const { deps, paint } = makeDeps(fakeNetwork(routes), { now: () => Date.parse('2023-01-25T08:15:00Z') });
    const snapshot = await runCheck(deps);
    expect(snapshot.level).toBe('outage');
    expect(snapshot.banners['outlook-business']?.incidentId).toBe('azure-rss:vsg1-b90');
    expect(paint.mock.calls[0]![1]).toMatch(/^Outlook \(work or school\) outage in Asia Pacific: Azure Networking/);
    expect(paint.mock.calls[0]![2]).toMatchObject({
      level: 'outage',
      levelWord: 'Outage',
      headline: 'Outlook (work or school) outage in Asia Pacific',
    });
  });

  it('the banner switch (user or policy) and the language are applied by the worker, for every Outlook tab', async () => {
    const routes = { ...quietRoutes(), [RSS]: xml(fixture('azure-rss-incident.xml')) };
    const at = { now: () => Date.parse('2023-01-25T08:15:00Z') };
    const off = await runCheck(makeDeps(fakeNetwork(routes), at, { ...DEFAULT_SETTINGS, bannerApps: [], language: 'ko' }).deps);
    expect(off).toMatchObject({
      level: 'outage',
      banners: { 'outlook-business': null, 'outlook-consumer': null, teams: null, m365: null },
      language: 'ko',
    });
    const on = await runCheck(makeDeps(fakeNetwork(routes), at).deps);
    expect(on.banners['outlook-business']?.incidentId).toBe('azure-rss:vsg1-b90');
  });

  it('sends the stored ETag back and reuses the data on 304', async () => {
    const net = fakeNetwork(quietRoutes());
    const { deps, advance } = makeDeps(net);
    await runCheck(deps);
    net.routes[RSS] = (init) => {
      expect((init.headers as Record<string, string>)['if-none-match']).toBe('"v1"');
      return new Response(null, { status: 304 });
    };
    advance(60_000);
    const second = await runCheck(deps);
    expect(second.level).toBe('ok');
    expect(second.document.sources[0]).toMatchObject({ id: 'azure-rss', ok: true, fetchedAt: new Date(T0 + 60_000).toISOString() });
  });

  it('every source failing is grey, never green', async () => {
    const down = () => new Response('busy', { status: 503 });
    const mirror = 'https://rssfeed.azure.status.microsoft/en-us/status/feed/';
    const net = fakeNetwork({
      [RSS]: down,
      [mirror]: down,
      [CONSUMER]: down,
      [SUMMARY]: down,
      [MAC]: down,
      [OUTLOOK]: quietRoutes()[OUTLOOK]!,
    });
    const snapshot = await runCheck(makeDeps(net).deps);
    expect(snapshot).toMatchObject({ level: 'unknown', assessment: { reason: 'no-data' } });
    expect(snapshot.document.sources.map((s) => s.error)).toEqual([
      'answered HTTP 503 (also tried rssfeed.azure.status.microsoft: answered HTTP 503)',
      'answered HTTP 503',
      'answered HTTP 503',
      'answered HTTP 503',
    ]);
    expect(snapshot.lastSuccessAt).toBeUndefined();
  });

  it('a captive portal answering 200 HTML is an error, not quiet', async () => {
    const portal = () => new Response(fixture('captive-portal.html'), { headers: { 'content-type': 'text/html' } });
    const net = fakeNetwork({ [RSS]: portal, [CONSUMER]: portal, [SUMMARY]: portal, [MAC]: portal, [OUTLOOK]: portal });
    const snapshot = await runCheck(makeDeps(net).deps);
    expect(snapshot.level).toBe('unknown');
    expect(snapshot.document.sources[0]!.error).toMatch(/answered text\/html instead of XML/);
  });

  it('backs off a failing source exponentially, and a refresh skips the wait', async () => {
    const net = fakeNetwork({ ...quietRoutes(), [CONSUMER]: () => new Response('', { status: 500 }) });
    const { deps, advance } = makeDeps(net);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(1);
    advance(30_000);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(1);
    advance(31_000);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(2);
    advance(60_000);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(2);
    await runCheck(deps, { force: true });
    expect(net.count(CONSUMER)).toBe(3);
    expect(net.count(RSS)).toBe(5);
  });

  it('a stored retry time years ahead silences a source for at most one check interval', async () => {
    await fakeBrowser.storage.local.set({
      sourceState: {
        'm365-consumer': {
          url: CONSUMER,
          validators: {},
          failures: 2,
          error: 'answered HTTP 500',
          nextAttemptAt: T0 + 10 * 365 * 86_400_000,
        },
      },
    });
    const net = fakeNetwork(quietRoutes());
    const { deps, advance } = makeDeps(net);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(0);
    advance(DEFAULT_SETTINGS.pollMinutes * 60_000 - 20_000);
    await runCheck(deps);
    expect(net.count(CONSUMER)).toBe(1);
  });

  it('after an hour of a network that fails while the browser says online (captive portal, dead VPN), the first check once it works is green', async () => {
    let now = T0;
    // The feed is rebuilt every few minutes: its build time follows the clock, so only the outage makes it fail.
    const feed = () =>
      xml(fixture('azure-rss-empty.xml').replace(/<lastBuildDate>[^<]*/, `<lastBuildDate>${new Date(now).toUTCString()}`))();
    const net = fakeNetwork({ ...quietRoutes(), [RSS]: feed });
    const working = { ...net.routes };
    const { deps, advance } = makeDeps(net);
    expect((await runCheck(deps)).level).toBe('ok');
    for (const url of Object.keys(net.routes)) delete net.routes[url];
    for (let i = 0; i < 17; i++) {
      now = advance(DEFAULT_SETTINGS.pollMinutes * 60_000);
      expect((await runCheck(deps)).level).toBe('unknown');
    }
    Object.assign(net.routes, working);
    // Alarms and a waking worker are not exact: this check starts a few seconds early.
    now = advance(DEFAULT_SETTINGS.pollMinutes * 60_000 - 20_000);
    const back = await runCheck(deps);
    expect(back.document.sources.filter((s) => !s.ok)).toEqual([]);
    expect(back.level).toBe('ok');
  });

  it('a source that never answers times out after 10 s with a clear message', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hang: Reply = (init) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const net = fakeNetwork({ ...quietRoutes(), [MAC]: hang });
    const pending = runCheck(makeDeps(net).deps);
    await vi.advanceTimersByTimeAsync(10_000);
    const snapshot = await pending;
    expect(snapshot.document.sources.find((s) => s.id === 'm365-admin')!.error).toBe('timed out after 10 s');
    expect(snapshot.level).toBe('unknown');
  });

  it('a body over 2 MB is refused', async () => {
    const huge = () => new Response('x'.repeat(2 * 1024 * 1024 + 1), { headers: { 'content-type': 'application/json' } });
    const net = fakeNetwork({ ...quietRoutes(), [CONSUMER]: huge });
    const snapshot = await runCheck(makeDeps(net).deps);
    expect(snapshot.document.sources[1]!.error).toMatch(/too large/);
  });

  it('offline: nothing is fetched and the level is grey', async () => {
    const net = fakeNetwork(quietRoutes());
    const snapshot = await runCheck(makeDeps(net, { online: () => false }).deps);
    expect(net.log).toEqual([]);
    expect(snapshot).toMatchObject({ level: 'unknown', online: false, assessment: { reason: 'offline' } });
  });

  it('Outlook unreachable: a re-probe is asked for, and the second failure makes it yellow', async () => {
    const net = fakeNetwork({ ...quietRoutes(), [OUTLOOK]: () => Promise.reject(new TypeError('net::ERR_NAME_NOT_RESOLVED')) });
    const { deps, reschedule, advance } = makeDeps(net);
    const first = await runCheck(deps);
    expect(first.probe).toMatchObject({ reachable: false, consecutiveProblems: 1 });
    expect(first).toMatchObject({ level: 'unknown', assessment: { reason: 'not-checked' } });
    expect(reschedule).toHaveBeenLastCalledWith(first, DEFAULT_SETTINGS);
    advance(20_000);
    const second = await runCheck(deps);
    expect(second).toMatchObject({ level: 'degraded', assessment: { reason: 'probe-unreachable' } });
    expect(second.probe!.problemSince).toBe(first.probe!.at);
    expect(second.banners['outlook-business']).toMatchObject({ kind: 'unreachable', since: first.probe!.at });
  });

  it('reads the organisation aggregator instead of the public sources when one is set', async () => {
    const url = 'https://status.example.org/v1/status';
    const doc = { schema: 1, generatedAt: new Date(T0).toISOString(), sources: [innerSource('graph', true)], incidents: [] };
    const net = fakeNetwork({ ...quietRoutes(), [url]: json(JSON.stringify(doc)) });
    const snapshot = await runCheck(makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url }).deps);
    expect(snapshot.document.sources.map((s) => s.id)).toEqual(['aggregator']);
    expect(net.count(RSS)).toBe(0);
    expect(snapshot.level).toBe('ok');
  });

  it("sends the policy's bearer token to the aggregator, and only there", async () => {
    const url = 'https://status.example.org/v1/status';
    const doc = { schema: 1, generatedAt: new Date(T0).toISOString(), sources: [innerSource('graph', true)], incidents: [] };
    const net = fakeNetwork({ ...quietRoutes(), [url]: json(JSON.stringify(doc)) });
    await runCheck(makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url, aggregatorToken: 's3cret' }).deps);
    expect(net.log.find((l) => l.url === url)!.headers.authorization).toBe('Bearer s3cret');
    expect(net.log.find((l) => l.url === OUTLOOK)!.headers.authorization).toBeUndefined();
  });

  it.each([
    ['lists no sources', [], /lists no sources/],
    ['has one of its sources failing', [innerSource('graph', false), innerSource('azure-rss', true)], /graph: answered HTTP 503/],
  ])('never goes green on an aggregator document that %s', async (_name, sources, error) => {
    const url = 'https://status.example.org/v1/status';
    const doc = { schema: 1, generatedAt: new Date(T0).toISOString(), sources, incidents: [] };
    const net = fakeNetwork({ ...quietRoutes(), [url]: json(JSON.stringify(doc)) });
    const snapshot = await runCheck(makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url }).deps);
    expect(snapshot.level).toBe('unknown');
    expect(snapshot.document.sources[0]!.error).toMatch(error);
  });

  it('never follows an aggregator that redirects (the token would travel with it): grey, saying why', async () => {
    const url = 'https://status.example.org/v1/status';
    let redirect: RequestRedirect | undefined;
    const net = fakeNetwork({
      ...quietRoutes(),
      [url]: (init) => {
        redirect = init.redirect;
        return new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/v1/status' } });
      },
    });
    const snapshot = await runCheck(makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url, aggregatorToken: 's3cret' }).deps);
    expect(redirect).toBe('manual');
    expect(snapshot.document.sources[0]).toMatchObject({ ok: false, error: 'answered a redirect (HTTP 302), which is not followed' });
    expect(snapshot.level).toBe('unknown');
    expect(net.log.some((l) => l.url.includes('elsewhere.example'))).toBe(false);
  });

  it('rejects an aggregator document that fails validation, whole', async () => {
    const url = 'https://status.example.org/v1/status';
    const bad = { schema: 2, generatedAt: new Date(T0).toISOString(), sources: [], incidents: [] };
    const net = fakeNetwork({ ...quietRoutes(), [url]: json(JSON.stringify(bad)) });
    const snapshot = await runCheck(makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url }).deps);
    expect(snapshot.document.sources[0]!.error).toMatch(/^status document rejected: schema/);
    expect(snapshot.level).toBe('unknown');
  });

  it.each(['304', '503'] as const)(
    "an incident that left the aggregator's document is resolved or kept, never silently dropped, when the next read is a %s",
    async (third) => {
      const url = 'https://status.example.org/v1/status';
      const incident = {
        id: 'azure-rss:apac-networking',
        source: 'azure-rss',
        title: 'Azure Networking - Asia Pacific',
        severity: 'outage',
        phase: 'investigating',
        services: ['azure-networking', 'exchange'],
        regions: ['asia-pacific'],
        startedAt: '2023-01-25T13:00:00.000Z',
        updatedAt: '2023-01-25T13:00:00.000Z',
        summary: 'Customers in APAC cannot reach Outlook.',
        updates: [],
      };
      const doc = (incidents: unknown[], etag: string) => () =>
        new Response(
          JSON.stringify({ schema: 1, generatedAt: new Date(T0).toISOString(), sources: [innerSource('azure-rss', true)], incidents }),
          { headers: { 'content-type': 'application/json', etag } },
        );
      const net = fakeNetwork({ ...quietRoutes(), [url]: doc([incident], '"a"') });
      const { deps, advance } = makeDeps(net, {}, { ...DEFAULT_SETTINGS, aggregatorUrl: url, watchedRegions: [] });
      expect((await runCheck(deps)).level).toBe('outage');
      advance(60_000);
      net.routes[url] = doc([], '"b"');
      expect((await runCheck(deps)).document.incidents[0]).toMatchObject({ id: incident.id, missingSince: expect.any(String) });
      advance(30_000);
      net.routes[url] = third === '304' ? () => new Response(null, { status: 304 }) : () => new Response('busy', { status: 503 });
      const after = await runCheck(deps);
      // A 304 confirms the incident is gone (resolved); a failed read keeps it as it was (still red).
      expect(after.document.incidents.find((i) => i.id === incident.id)?.phase).toBe(third === '304' ? 'resolved' : 'investigating');
    },
  );

  it.each<[string, Record<string, unknown>]>([
    ['a snapshot from an older version', { snapshot: { document: {} }, status: { document: {} } }],
    [
      'a status with an unknown service id',
      {
        heartbeat: { checkedAt: '2023-01-25T13:00:00.000Z' },
        status: { sources: [], incidents: [{ id: 'azure-rss:x', services: ['outlook-web'] }] },
      },
    ],
    ['null source state and notified set', { sourceState: null, notified: null }],
    ['a source state without validators', { sourceState: { 'azure-rss': { url: RSS, etag: '"v0"', failures: 'many' } } }],
    [
      'a cached result that is not a list',
      { sourceState: { 'azure-rss': { url: RSS, validators: { etag: '"v1"' }, failures: 0, result: { incidents: 'x' } } } },
    ],
  ])('survives %s in storage, and writes a good snapshot over it', async (_name, garbage) => {
    await fakeBrowser.storage.local.set(garbage);
    const snapshot = await runCheck(makeDeps(fakeNetwork(quietRoutes())).deps);
    expect(snapshot.level).toBe('ok');
    expect(await stored()).toEqual(asKept(snapshot));
  });

  it('a notification that cannot be shown does not fail the check, and the icon is painted first', async () => {
    const net = fakeNetwork({ ...quietRoutes(), [RSS]: xml(fixture('azure-rss-incident.xml')) });
    const { deps, paint } = makeDeps(net, {
      now: () => Date.parse('2023-01-25T08:15:00Z'),
      notify: async () => {
        throw new Error('Unable to download all specified images.');
      },
    });
    const snapshot = await runCheck(deps);
    expect(snapshot.level).toBe('outage');
    expect(paint).toHaveBeenCalledOnce();
  });
});
