// @vitest-environment node
/**
 * A small load test in-process: bursts of 200 concurrent requests in each of several intervals (fake
 * clock), against upstreams that take a few milliseconds to answer so that bursts overlap the refresh.
 * Upstream fetches must equal sources × intervals, whatever the number of clients. Prints its figures.
 */
import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../../aggregator/handler';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import {
  fakeClock,
  fakeUpstream,
  get,
  graphSettings,
  issuesEndpoint,
  ISSUES_URL,
  publicRoutes,
  tokenEndpoint,
  TOKEN_URL,
  type Route,
} from './support';

const INTERVALS = 6;
const CLIENTS = 200;
const INTERVAL_SECONDS = 300;

const slow =
  (route: Route, ms: number): Route =>
  async (call) => {
    await new Promise((r) => setTimeout(r, ms));
    return route(call);
  };

const PATHS = [
  '/v1/status',
  '/v1/status?services=exchange,outlook,m365&regions=korea,asia-pacific',
  '/v1/status?services=teams',
  '/v1/status?regions=europe',
];

/** What 200 extensions with different settings send: the full document, filtered views, health checks. */
function requestFor(i: number, etags: Map<string, string>): Request {
  if (i % 20 === 19) return get('/healthz');
  const path = PATHS[i % PATHS.length]!;
  const etag = etags.get(path);
  // Clients that hold a copy revalidate it (the extension fetches with cache: 'no-cache' and If-None-Match).
  return get(path, etag ? { 'if-none-match': etag } : {});
}

describe('load', () => {
  it(`bursts of ${CLIENTS} concurrent requests over ${INTERVALS} intervals → one upstream fetch per source per interval`, async () => {
    const token = tokenEndpoint();
    const routes = Object.fromEntries(Object.entries(publicRoutes()).map(([url, route]) => [url, slow(route, 5)]));
    const upstream = fakeUpstream({ ...routes, [TOKEN_URL]: slow(token.route, 5), [ISSUES_URL]: slow(issuesEndpoint(token), 5) });
    const clock = fakeClock();
    const handler = createAggregator(
      { intervalSeconds: INTERVAL_SECONDS, graph: graphSettings() },
      { fetch: upstream.fetch, now: clock.now },
    );
    const sourceUrls = [...PUBLIC_SOURCES.map((s) => s.url), ISSUES_URL];
    const etags = new Map<string, string>();
    const rows: string[] = [];
    let total = 0;
    let statusCounts = { 200: 0, 304: 0, other: 0 };
    const started = performance.now();

    for (let interval = 0; interval < INTERVALS; interval++) {
      const before = sourceUrls.map((u) => upstream.count(u));
      const counts = { 200: 0, 304: 0, other: 0 };
      const burstMs: string[] = [];
      // Two bursts per interval: one as the interval starts (every client's copy is from the previous
      // refresh), and one a minute later (clients polling every minute during an incident revalidate).
      for (const offset of [0, 60]) {
        clock.advance(offset);
        const t = performance.now();
        const burst = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => handler(requestFor(i, etags))));
        burstMs.push((performance.now() - t).toFixed(1));
        for (const [i, res] of burst.entries()) {
          if (res.status === 200) counts[200]++;
          else if (res.status === 304) counts[304]++;
          else counts.other++;
          const path = PATHS[i % PATHS.length]!;
          if (i % 20 !== 19 && res.headers.get('etag')) etags.set(path, res.headers.get('etag')!);
        }
      }
      statusCounts = {
        200: statusCounts[200] + counts[200],
        304: statusCounts[304] + counts[304],
        other: statusCounts.other + counts.other,
      };
      total += 2 * CLIENTS;
      const fetched = sourceUrls.map((u, k) => upstream.count(u) - before[k]!);
      expect(fetched).toEqual(sourceUrls.map(() => 1));
      expect(counts.other).toBe(0);
      rows.push(
        `| ${interval + 1} | ${2 * CLIENTS} | ${counts[200]} | ${counts[304]} | ${fetched.reduce((a, b) => a + b, 0)} | ${burstMs.join(' / ')} |`,
      );
      clock.advance(INTERVAL_SECONDS - 60);
    }

    const elapsed = performance.now() - started;
    const upstreamTotal = sourceUrls.reduce((n, u) => n + upstream.count(u), 0);
    expect(upstreamTotal).toBe(sourceUrls.length * INTERVALS);
    expect(token.issued).toHaveLength(1); // 30 minutes of intervals fit in one token's life
    // Within an interval every revalidation is a 304; across intervals generatedAt moves on, so the body does too.
    expect(statusCounts[304]).toBe(INTERVALS * (CLIENTS - CLIENTS / 20));

    console.log(
      [
        `[aggregator load] ${sourceUrls.length} sources (4 public + Graph), interval ${INTERVAL_SECONDS} s (fake clock), upstreams answer after 5 ms`,
        '| interval | requests (2 bursts of 200) | 200 | 304 | upstream fetches | burst ms |',
        '|---|---|---|---|---|---|',
        ...rows,
        `total: ${total} requests, ${upstreamTotal} upstream fetches (= ${sourceUrls.length} sources × ${INTERVALS} intervals), ` +
          `${token.issued.length} token request, ${statusCounts[200]} × 200, ${statusCounts[304]} × 304, ` +
          `${elapsed.toFixed(0)} ms wall time (${Math.round(total / (elapsed / 1000))} requests/s in-process)`,
      ].join('\n'),
    );
  });
});
