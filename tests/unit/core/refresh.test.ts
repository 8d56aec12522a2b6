// @vitest-environment node
/** The one refresh engine: the step from a read to the next state, backoff, the clamp on stored times, the deadline. */
import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS } from '../../../src/core/engine/backoff';
import { FetchFailure } from '../../../src/core/engine/fetch-body';
import {
  freshState,
  memoryStore,
  nextState,
  refreshAll,
  refreshSource,
  sourceUpstream,
  usableState,
  type SourceState,
  type Upstream,
} from '../../../src/core/engine/refresh';
import { aggregatorSource, PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import { fixture } from '../../../harness/fixtures';

const T0 = Date.parse('2023-01-25T13:10:00.000Z');
const RSS = PUBLIC_SOURCES.find((s) => s.id === 'azure-rss')!;
const rssBody = () => fixture('azure-rss-incident.xml');

function net(reply: (init: RequestInit) => Response | Promise<Response>) {
  const seen: RequestInit[] = [];
  const fetchFn = (async (_url: RequestInfo | URL, init: RequestInit = {}) => {
    seen.push(init);
    return reply(init);
  }) as typeof fetch;
  return { fetch: fetchFn, seen };
}

const rss = (headers: Record<string, string> = {}) =>
  new Response(rssBody(), { headers: { 'content-type': 'application/rss+xml', ...headers } });

async function goodState(): Promise<SourceState> {
  return refreshSource(sourceUpstream(RSS, net(() => rss({ etag: '"v1"' })).fetch), undefined, { now: () => T0 });
}

describe('the step', () => {
  it('remembers fresh data with its validators, and sends them back next time', async () => {
    const state = await goodState();
    expect(state).toMatchObject({ url: RSS.url, validators: { etag: '"v1"' }, fetchedAt: new Date(T0).toISOString(), failures: 0 });
    expect(state.result!.incidents.length).toBeGreaterThan(0);
    const { fetch, seen } = net(() => new Response(null, { status: 304 }));
    const next = await refreshSource(sourceUpstream(RSS, fetch), state, { now: () => T0 + 60_000 });
    expect(new Headers(seen[0]!.headers).get('if-none-match')).toBe('"v1"');
    expect(next.result).toBe(state.result);
    expect(next.fetchedAt).toBe(new Date(T0 + 60_000).toISOString());
  });

  it('a 304 with nothing cached is a failure, and the next read asks for the whole body', () => {
    const prior = { ...freshState(RSS.url), validators: { etag: '"v1"' } };
    const next = nextState(prior, { kind: 'not-modified' }, T0);
    expect(next).toMatchObject({ error: 'answered 304 but nothing is cached', failures: 1, validators: {} });
  });

  it('keeps the last good result and its validators through an expected failure, and backs off', async () => {
    const good = await goodState();
    const failed = nextState(good, { kind: 'failed', error: 'answered HTTP 503', expected: true }, T0 + 1000);
    expect(failed).toMatchObject({
      result: good.result,
      fetchedAt: good.fetchedAt,
      validators: good.validators,
      failures: 1,
      error: 'answered HTTP 503',
    });
    expect(failed.nextAttemptAt).toBe(T0 + 1000 + 60_000);
    const twice = nextState(failed, { kind: 'failed', error: 'answered HTTP 503', expected: true }, T0 + 70_000);
    expect(twice.nextAttemptAt).toBe(T0 + 70_000 + 120_000);
  });

  it("waits no longer than the caller's own interval, and never longer than the longest backoff", async () => {
    const failing: SourceState = { ...(await goodState()), failures: 9 };
    const failure = { kind: 'failed', error: 'could not connect', expected: true } as const;
    expect(nextState(failing, failure, T0, 5 * 60_000).nextAttemptAt).toBe(T0 + 5 * 60_000);
    expect(nextState(failing, failure, T0).nextAttemptAt).toBe(T0 + BACKOFF_MAX_MS);
    expect(nextState(failing, failure, T0, 24 * 3600_000).nextAttemptAt).toBe(T0 + BACKOFF_MAX_MS);
    expect(usableState({ ...failing, nextAttemptAt: T0 + BACKOFF_MAX_MS }, RSS.url, T0, 5 * 60_000).nextAttemptAt).toBe(T0 + 5 * 60_000);
  });

  it('clears the validators after a surprise, so what is cached is not trusted blindly', async () => {
    const good = await goodState();
    const upstream: Upstream = { id: RSS.id, url: RSS.url, read: async () => Promise.reject(new RangeError('boom')) };
    const next = await refreshSource(upstream, good, { now: () => T0 + 1000 });
    expect(next).toMatchObject({ validators: {}, error: 'unexpected error: boom', result: good.result });
  });

  it('skips a source that is backing off unless forced, and starts over for a new address', async () => {
    const good = await goodState();
    const backingOff = nextState(good, { kind: 'failed', error: 'x', expected: true }, T0);
    const { fetch, seen } = net(() => rss());
    expect(await refreshSource(sourceUpstream(RSS, fetch), backingOff, { now: () => T0 + 1000 })).toBe(backingOff);
    expect(seen).toHaveLength(0);
    await refreshSource(sourceUpstream(RSS, fetch), backingOff, { now: () => T0 + 1000, force: true });
    expect(seen).toHaveLength(1);
    expect(usableState(good, 'https://elsewhere.example/feed', T0)).toEqual(freshState('https://elsewhere.example/feed'));
  });

  it('pulls a stored retry time years ahead back to at most the longest backoff, so the source is read again', async () => {
    const stored: SourceState = { ...(await goodState()), failures: 3, nextAttemptAt: T0 + 5 * 365 * 24 * 3600_000 };
    expect(usableState(stored, RSS.url, T0).nextAttemptAt).toBe(T0 + BACKOFF_MAX_MS);
    const { fetch, seen } = net(() => rss());
    // A scheduled check skips it and stores the clamped time; the longest backoff later, it is read again.
    const skipped = await refreshSource(sourceUpstream(RSS, fetch), stored, { now: () => T0 });
    expect(seen).toHaveLength(0);
    expect(skipped.nextAttemptAt).toBe(T0 + BACKOFF_MAX_MS);
    const read = await refreshSource(sourceUpstream(RSS, fetch), skipped, { now: () => T0 + BACKOFF_MAX_MS });
    expect(seen).toHaveLength(1);
    expect(read.failures).toBe(0);
  });

  it('offline keeps everything and says so, without counting a failure', async () => {
    const good = await goodState();
    const states = await refreshAll([sourceUpstream(RSS, net(() => rss()).fetch)], { [RSS.id]: good }, { now: () => T0, offline: true });
    expect(states[RSS.id]).toEqual({ ...good, error: 'offline' });
  });
});

describe('the read', () => {
  it('ends a read that outlives the deadline as a failure and aborts it', async () => {
    let aborted = false;
    const upstream: Upstream = {
      id: 'slow',
      url: 'https://slow.example/',
      read: (_v, _at, signal) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
    };
    const start = Date.now();
    const state = await refreshSource(upstream, undefined, { now: () => Date.now(), deadline: Date.now() + 50 });
    expect(Date.now() - start).toBeLessThan(2000);
    expect(aborted).toBe(true);
    expect(state).toMatchObject({ error: 'did not answer before the refresh deadline', failures: 1 });
  });

  it('refuses a redirect from an aggregator (its token must not travel), and says so', async () => {
    const def = aggregatorSource('https://status.contoso.example/v1/status', 'a-token-of-sixteen-chars');
    const { fetch, seen } = net(() => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/internal' } }));
    const state = await refreshSource(sourceUpstream(def, fetch), undefined, { now: () => T0 });
    expect(seen[0]!.redirect).toBe('manual');
    expect(state.error).toBe('answered a redirect (HTTP 302), which is not followed');
    // What a browser hands back for redirect: 'manual': an opaque redirect with status 0.
    const opaque = net(() => Object.defineProperties(new Response(null), { type: { value: 'opaqueredirect' }, status: { value: 0 } }));
    expect(await refreshSource(sourceUpstream(def, opaque.fetch), undefined, { now: () => T0 })).toMatchObject({
      error: 'answered a redirect, which is not followed',
    });
  });

  it('scrubs secrets from a failure before it is remembered', async () => {
    const upstream: Upstream = {
      id: 'x',
      url: 'https://x.example/',
      read: async () => Promise.reject(new FetchFailure('answered with sekrit-value inside')),
    };
    const state = await refreshSource(upstream, undefined, { now: () => T0, redact: (t) => t.replace('sekrit-value', '[redacted]') });
    expect(state.error).toBe('answered with [redacted] inside');
  });

  it('keeps states in a store', async () => {
    const store = memoryStore<Record<string, SourceState>>();
    expect(await store.load()).toBeUndefined();
    const good = await goodState();
    await store.save({ [RSS.id]: good });
    expect((await store.load())![RSS.id]).toBe(good);
  });
});

describe("the Azure feed's second address", () => {
  const MAIN = 'https://azure.status.microsoft/en-us/status/feed/';
  const MIRROR = 'https://rssfeed.azure.status.microsoft/en-us/status/feed/';
  const routed = (answers: Record<string, () => Response>) => {
    const asked: { url: string; headers: Record<string, string> }[] = [];
    const fetchFn = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
      asked.push({ url: String(url), headers: { ...(init.headers as Record<string, string>) } });
      const answer = answers[String(url)];
      if (!answer) throw new TypeError('Failed to fetch');
      return answer();
    }) as typeof fetch;
    return { fetchFn, asked };
  };
  const feed = () => new Response(rssBody(), { headers: { 'content-type': 'application/rss+xml', etag: '"m1"' } });

  it("is read when the main address cannot be, without the main address's validators, and its validators are not kept", async () => {
    const { fetchFn, asked } = routed({
      [MAIN]: () => new Response('<html>sign in to the Wi-Fi</html>', { headers: { 'content-type': 'text/html' } }),
      [MIRROR]: feed,
    });
    const prior: SourceState = { ...freshState(MAIN), validators: { etag: '"old"' } };
    const next = await refreshSource(sourceUpstream(RSS, fetchFn), prior, { now: () => T0 });
    expect(asked.map((a) => a.url)).toEqual([MAIN, MIRROR]);
    expect(asked[1]!.headers['if-none-match']).toBeUndefined();
    expect(next.error).toBeUndefined();
    expect(next).toMatchObject({ failures: 0, validators: {} });
    expect(next.result!.incidents).toHaveLength(1);
  });

  it('is not asked while the main address answers', async () => {
    const { fetchFn, asked } = routed({ [MAIN]: feed, [MIRROR]: feed });
    await refreshSource(sourceUpstream(RSS, fetchFn), undefined, { now: () => T0 });
    expect(asked.map((a) => a.url)).toEqual([MAIN]);
  });

  it('both failing: one error naming both, and backoff as for any failure', async () => {
    const { fetchFn } = routed({});
    const next = await refreshSource(sourceUpstream(RSS, fetchFn), undefined, { now: () => T0 });
    expect(next.error).toMatch(/also tried rssfeed\.azure\.status\.microsoft: /);
    expect(next.failures).toBe(1);
  });
});
