/**
 * `npm run crowd:simulate -- --aggregator <url> --token <token> --site <name> --browsers <n> --failing <share>`
 *
 * Posts one round of Outlook reports to an aggregator's POST /v1/probes as n browsers at one site, the given
 * share of them failing (server error), and exits. The same site and browser number always give the same
 * reporter id, so repeated rounds count the same browsers (a reporter may change its answer once a minute).
 * Options: --kind business|consumer (default business), --outcome <failing outcome> (default server-error),
 * --first <n> (number of the first browser, to simulate a second group at the same site).
 */
import { parseArgs } from 'node:util';
import { FAILING_OUTCOMES, PROBE_OUTCOMES, type ProbeOutcome, SiteName } from '../src/core/engine/crowd';
import { hash53 } from '../src/core/engine/crowd-counters';
import * as v from 'valibot';

const HOSTS = { business: 'outlook.office.com', consumer: 'outlook.live.com' } as const;
const CONCURRENCY = 16;

function fail(message: string): never {
  console.error(`crowd:simulate: ${message}`);
  process.exit(2);
}

function options() {
  const { values } = parseArgs({
    options: {
      aggregator: { type: 'string' },
      token: { type: 'string' },
      site: { type: 'string' },
      browsers: { type: 'string' },
      failing: { type: 'string', default: '0' },
      kind: { type: 'string', default: 'business' },
      outcome: { type: 'string', default: 'server-error' },
      first: { type: 'string', default: '0' },
    },
  });
  const base = values.aggregator?.replace(/\/+$/, '');
  if (!base || !/^https?:\/\//.test(base)) fail('--aggregator <url> is required, such as http://127.0.0.1:8787');
  if (!values.token) fail('--token <token> is required (the aggregator only counts reports with its token)');
  if (!values.site || !v.is(SiteName, values.site)) fail('--site <name> is required: letters, digits, spaces and ._()-, at most 32');
  const browsers = Number(values.browsers);
  if (!Number.isInteger(browsers) || browsers < 1 || browsers > 100_000) fail('--browsers must be a whole number from 1 to 100000');
  const failing = Number(values.failing);
  if (!(failing >= 0 && failing <= 1)) fail('--failing must be a share from 0 to 1, such as 0.6');
  const kind = values.kind as keyof typeof HOSTS;
  if (!(kind in HOSTS)) fail('--kind must be business or consumer');
  const outcome = values.outcome as ProbeOutcome;
  if (!PROBE_OUTCOMES.includes(outcome)) fail(`--outcome must be one of ${PROBE_OUTCOMES.join(', ')}`);
  if (!FAILING_OUTCOMES.includes(outcome)) console.warn(`crowd:simulate: note: ${outcome} does not count as failing`);
  const first = Number(values.first);
  if (!Number.isInteger(first) || first < 0) fail('--first must be a whole number');
  return { base, token: values.token, site: values.site, browsers, failing, kind, outcome, first };
}

/** A stable, valid reporter id for browser i at a site: 16–32 URL-safe characters. */
function simulatedReporter(site: string, i: number): string {
  return `sim-${hash53(site)}-${i}`.slice(0, 32).padEnd(16, '0');
}

async function main(): Promise<void> {
  const o = options();
  const failingCount = Math.round(o.browsers * o.failing);
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, o.browsers) }, async () => {
      while (next < o.browsers) {
        const i = next++;
        const body = JSON.stringify({
          v: 1,
          reporter: simulatedReporter(o.site, o.first + i),
          host: HOSTS[o.kind],
          outcome: i < failingCount ? o.outcome : 'ok',
          latency: i < failingCount ? 'none' : '<0.5s',
          site: o.site,
          version: '0.2.0',
        });
        let status: number;
        try {
          const res = await fetch(`${o.base}/v1/probes`, {
            method: 'POST',
            headers: { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          status = res.status;
        } catch {
          status = 0;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const summary = [...statuses].map(([s, n]) => `${n}× ${s === 0 ? 'no answer' : s}`).join(', ');
  console.log(`crowd:simulate: ${o.browsers} browsers at ${o.site} (${failingCount} failing, ${o.kind}): ${summary}`);
  if ((statuses.get(429) ?? 0) > 0) console.log('crowd:simulate: 429 = these browsers already reported this minute; try again in a minute');
  process.exit(statuses.get(204) === o.browsers ? 0 : 1);
}

await main();
