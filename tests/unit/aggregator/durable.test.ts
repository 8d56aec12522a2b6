// @vitest-environment node
/**
 * The Durable Object's own rules with a fake object state (storage and alarm) and a fake clock: refreshes
 * only on its alarm, requests never wait for an alarm's refresh, state survives a new instance. The same
 * class runs in workerd in workerd.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AggregatorObject, DOCUMENT_PATH, REFRESHED_AT_HEADER, type DurableState } from '../../../aggregator/durable';
import { silentLogger } from '../../../aggregator/poller';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import {
  BEARER,
  CLIENT_ID,
  CLIENT_SECRET,
  fakeClock,
  fakeUpstream,
  issuesEndpoint,
  ISSUES_URL,
  publicRoutes,
  T0,
  TENANT,
  tokenEndpoint,
  TOKEN_URL,
  type Route,
} from './support';

const ENV = {
  AGGREGATOR_TENANT_ID: TENANT,
  AGGREGATOR_CLIENT_ID: CLIENT_ID,
  AGGREGATOR_CLIENT_SECRET: CLIENT_SECRET,
  AGGREGATOR_TOKEN: BEARER,
  AGGREGATOR_INTERVAL_SECONDS: '300',
};
const ALL_URLS = [...PUBLIC_SOURCES.map((s) => s.url), ISSUES_URL];

/** Storage as a Map and one alarm slot, as the runtime gives a Durable Object. */
function fakeState() {
  const data = new Map<string, unknown>();
  let alarm: number | null = null;
  let ready: Promise<unknown> = Promise.resolve();
  const state: DurableState = {
    storage: {
      get: async <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
      put: async (entries) => {
        for (const [k, v] of Object.entries(entries)) data.set(k, structuredClone(v));
      },
      delete: async (keys) => {
        let n = 0;
        for (const k of keys) if (data.delete(k)) n++;
        return n;
      },
      getAlarm: async () => alarm,
      setAlarm: async (at) => {
        alarm = at;
      },
    },
    blockConcurrencyWhile: (callback) => {
      const run = callback();
      ready = run;
      return run;
    },
  };
  return { state, data, alarm: () => alarm, ready: () => ready };
}

function setup(overrides: Record<string, Route> = {}, env: Record<string, string> = ENV) {
  const token = tokenEndpoint();
  const upstream = fakeUpstream({ ...publicRoutes(), [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token), ...overrides });
  const clock = fakeClock();
  const object = fakeState();
  const make = async () => {
    const o = new AggregatorObject(object.state, env, { fetch: upstream.fetch, now: clock.now, logger: silentLogger });
    await object.ready();
    return o;
  };
  return { upstream, clock, object, make, token };
}

const ask = (o: AggregatorObject, headers: Record<string, string> = {}) =>
  o.fetch(new Request(`https://aggregator.internal${DOCUMENT_PATH}`, { headers }));
const counts = (upstream: ReturnType<typeof fakeUpstream>) => ALL_URLS.map((u) => upstream.count(u));

describe('the Durable Object', () => {
  it('refreshes on its alarm, once per interval, and never on a request once it has a document', async () => {
    const { upstream, clock, object, make, token } = setup();
    const o = await make();
    const first = await ask(o);
    expect(first.status).toBe(200);
    expect(counts(upstream)).toEqual([1, 1, 1, 1, 1]);
    expect(object.alarm()).toBe(T0 + 300_000);
    clock.advance(600);
    await Promise.all(Array.from({ length: 50 }, () => ask(o)));
    expect(counts(upstream)).toEqual([1, 1, 1, 1, 1]);
    await o.alarm();
    expect(counts(upstream)).toEqual([2, 2, 2, 2, 2]);
    expect(object.alarm()).toBe(clock.now() + 300_000);
    expect(token.issued).toHaveLength(1);
  });

  it("answers at once with the current document while the alarm's refresh is slow", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let slow = false;
    const feed = publicRoutes()[PUBLIC_SOURCES[0]!.url]!;
    const { make, clock } = setup({
      [PUBLIC_SOURCES[0]!.url]: async (call) => {
        if (slow) await gate;
        return feed(call);
      },
    });
    const o = await make();
    const refreshedAt = (await ask(o)).headers.get(REFRESHED_AT_HEADER);
    slow = true;
    clock.advance(300);
    const running = o.alarm();
    const during = await ask(o);
    expect(during.status).toBe(200);
    expect(during.headers.get(REFRESHED_AT_HEADER)).toBe(refreshedAt);
    release();
    await running;
    expect((await ask(o)).headers.get(REFRESHED_AT_HEADER)).toBe(String(T0 + 300_000));
  });

  it('a new instance on the same storage serves the persisted document without fetching', async () => {
    const { upstream, make } = setup();
    const body = await (await ask(await make())).text();
    const again = await make();
    const res = await ask(again);
    expect(await res.text()).toBe(body);
    expect(res.headers.get(REFRESHED_AT_HEADER)).toBe(String(T0));
    expect(counts(upstream)).toEqual([1, 1, 1, 1, 1]);
  });

  it('a re-created object (evicted between alarms) reuses the stored Graph token rather than asking for a new one', async () => {
    const { upstream, clock, make, token, object } = setup();
    await ask(await make());
    expect(token.issued).toHaveLength(1);
    expect(object.data.get('graphToken')).toMatchObject({ value: token.issued[0] });
    clock.advance(300);
    await (await make()).alarm();
    expect(counts(upstream)).toEqual([2, 2, 2, 2, 2]);
    expect(token.issued).toHaveLength(1);
    // Past its renewal time, the next object asks once.
    clock.advance(3600);
    await (await make()).alarm();
    expect(token.issued).toHaveLength(2);
  });

  it('brings its alarm forward when the interval is lowered, instead of waiting for the one already set', async () => {
    const { object, make } = setup({}, { ...ENV, AGGREGATOR_INTERVAL_SECONDS: '900' });
    await ask(await make());
    expect(object.alarm()).toBe(T0 + 900_000);
    const lowered = new AggregatorObject(
      object.state,
      { ...ENV, AGGREGATOR_INTERVAL_SECONDS: '60' },
      { fetch: async () => new Response(null, { status: 500 }), now: () => T0, logger: silentLogger },
    );
    await object.ready();
    await ask(lowered);
    expect(object.alarm()).toBe(T0 + 60_000);
  });

  it('without a document, concurrent requests share one refresh, /healthz-style peeks start none, and only the alarm tries again', async () => {
    const failing: Route = () => new Response('busy', { status: 503 });
    const routes = Object.fromEntries(ALL_URLS.map((u) => [u, failing]));
    const { upstream, make, clock } = setup(routes);
    const o = await make();
    const peek = await o.fetch(new Request(`https://aggregator.internal${DOCUMENT_PATH}?peek=1`));
    expect(peek.status).toBe(503);
    expect(upstream.count(PUBLIC_SOURCES[0]!.url)).toBe(0);
    await Promise.all(Array.from({ length: 20 }, () => ask(o)));
    expect(upstream.count(PUBLIC_SOURCES[0]!.url)).toBe(1);
    clock.advance(10);
    await Promise.all(Array.from({ length: 20 }, () => ask(o)));
    expect(upstream.count(PUBLIC_SOURCES[0]!.url)).toBe(1);
    // What it built says every source failed: the alarm, not a request, tries again.
    clock.advance(30);
    await ask(o);
    expect(upstream.count(PUBLIC_SOURCES[0]!.url)).toBe(1);
    clock.advance(300);
    await o.alarm();
    expect(upstream.count(PUBLIC_SOURCES[0]!.url)).toBe(2);
  });
});
