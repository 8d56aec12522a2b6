/**
 * `npm run bench:crowd`: 10,000 simulated browsers at 20 sites, each reporting its Outlook check once a
 * minute (and reading the status every 5 minutes), against the Node aggregator and the Worker + Durable
 * Object in workerd. Loopback only, bounded, and scaled in duration, never in browsers:
 *
 * 1. steady: the real arrival rate (10,000 / 60 s ≈ 167 reports/s, plus 33 status reads/s) for
 *    BENCH_CROWD_SECONDS (default 20 s, a third of a minute, so a third of the browsers report): p50/p99
 *    latency and the aggregator's CPU per second of load;
 * 2. burst: the remaining browsers' reports as fast as CONCURRENCY clients can send them: reports/s;
 * then memory (VmRSS) with all 10,000 reporters held. The client shares the 2 cores with the aggregator,
 * so the burst figure is a floor of what the aggregator can take.
 * 3. one object's limit: one Durable Object filled to 200,000 reporters in-process (`objectFill`);
 *    `BENCH_CROWD_OBJECT_ONLY=1` runs only this part.
 */
import { startWorkerd } from '../aggregator/workerd';
import { MicrosoftFake } from '../harness/microsoft-fake';
import { cpuSeconds, percentile, rssMiB, serveFreshAzureFeed, startNode, workerdPids } from './processes';

const TOKEN = 'bench-bearer-token-0123456789abcdef';
const BROWSERS = 10_000;
const SITES = 20;
const REPORTS_PER_SECOND = BROWSERS / 60;
const READS_PER_SECOND = BROWSERS / 300;
const STEADY_SECONDS = Number(process.env.BENCH_CROWD_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
/** At most this many requests in flight in the steady phase: past it, due requests wait in the client. */
const STEADY_IN_FLIGHT = 32;
const FAILING_SHARE = 0.1;
const auth = { authorization: `Bearer ${TOKEN}` };

function reportBody(i: number): string {
  const site = `Site ${String((i % SITES) + 1).padStart(2, '0')}`;
  return JSON.stringify({
    v: 1,
    reporter: `bench-${String(i).padStart(12, '0')}`,
    host: 'outlook.office.com',
    outcome: i % Math.round(1 / FAILING_SHARE) === 0 ? 'server-error' : 'ok',
    latency: '<0.5s',
    site,
    version: '0.2.0',
  });
}

/** Status 0: the request failed on the wire (counted in the answers column, never hidden). */
async function timed(send: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  try {
    const res = await send();
    await res.arrayBuffer();
    return { ms: performance.now() - t, status: res.status };
  } catch {
    return { ms: performance.now() - t, status: 0 };
  }
}

function post(base: string, i: number): Promise<{ ms: number; status: number }> {
  return timed(() =>
    fetch(`${base}/v1/probes`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: reportBody(i),
    }),
  );
}

function read(base: string): Promise<{ ms: number; status: number }> {
  return timed(() => fetch(`${base}/v1/status`, { headers: auth }));
}

interface Row {
  engine: string;
  steadyReports: number;
  reportP50: number;
  reportP99: number;
  readP99: number;
  cpuPerSecond: number;
  burstPerSecond: number;
  memory: number;
  statuses: string;
  objectRequests?: number;
}

async function measure(engine: string, base: string, pids: () => number[], objectRequests?: () => Promise<number>): Promise<Row> {
  await read(base);
  const statuses = new Map<number, number>();
  const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
  const reportTimes: number[] = [];
  const readTimes: number[] = [];
  const cpuBefore = pids().reduce((sum, p) => sum + cpuSeconds(p), 0);
  const objectBefore = objectRequests ? await objectRequests() : 0;
  const started = performance.now();
  let sentReports = 0;
  let sentReads = 0;
  const pending = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  // Every 10 ms, whatever is due by the arrival rates is sent, up to STEADY_IN_FLIGHT at once.
  while (performance.now() - started < STEADY_SECONDS * 1000) {
    const elapsed = (performance.now() - started) / 1000;
    while (pending.size < STEADY_IN_FLIGHT && sentReports < Math.min(BROWSERS, elapsed * REPORTS_PER_SECOND)) {
      track(
        post(base, sentReports++).then(({ ms, status }) => {
          reportTimes.push(ms);
          count(status);
        }),
      );
    }
    while (pending.size < STEADY_IN_FLIGHT && sentReads < elapsed * READS_PER_SECOND) {
      sentReads++;
      track(
        read(base).then(({ ms, status }) => {
          readTimes.push(ms);
          count(status);
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await Promise.all(pending);
  const steadySeconds = (performance.now() - started) / 1000;
  const cpuPerSecond = (pids().reduce((sum, p) => sum + cpuSeconds(p), 0) - cpuBefore) / steadySeconds;
  const objectDuring = objectRequests ? (await objectRequests()) - objectBefore - 1 : undefined;

  // Burst: the browsers that have not reported yet, as fast as the clients go.
  let next = sentReports;
  const burstStarted = performance.now();
  const burstFrom = next;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < BROWSERS) {
        const { status } = await post(base, next++);
        count(status);
      }
    }),
  );
  const burstPerSecond = (BROWSERS - burstFrom) / ((performance.now() - burstStarted) / 1000);
  reportTimes.sort((a, b) => a - b);
  readTimes.sort((a, b) => a - b);
  return {
    engine,
    steadyReports: sentReports,
    reportP50: percentile(reportTimes, 50),
    reportP99: percentile(reportTimes, 99),
    readP99: percentile(readTimes, 99),
    cpuPerSecond,
    burstPerSecond,
    memory: pids().reduce((sum, p) => sum + rssMiB(p), 0),
    statuses: [...statuses].map(([s, n]) => `${n}×${s}`).join(' '),
    ...(objectDuring !== undefined ? { objectRequests: objectDuring } : {}),
  };
}

/**
 * The aggregator's own cost, without HTTP or a client competing for the cores: every one of the 10,000
 * browsers' reports through the Node handler in this process, one after another, each call timed.
 */
async function inProcess(): Promise<{ perSecond: number; p50: number; p99: number; heapMiB: number }> {
  const { configFromEnv } = await import('../aggregator/config');
  const { createAggregator } = await import('../aggregator/handler');
  const { config } = configFromEnv({
    AGGREGATOR_TOKEN: TOKEN,
    AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '100000',
    AGGREGATOR_DISABLED_SOURCES: 'azure-rss,m365-consumer,azure-summary',
  });
  const handler = createAggregator(config, { fetch: async () => new Response('{}', { status: 503 }) });
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < BROWSERS; i++) {
    const t = performance.now();
    const res = await handler(
      new Request('http://localhost/v1/probes', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: reportBody(i),
      }),
      { address: '10.0.0.1' },
    );
    times.push(performance.now() - t);
    if (res.status !== 204) throw new Error(`report ${i} answered ${res.status}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const part = await handler.crowd!.part();
  if (part.organisation[0]?.reporters !== BROWSERS) throw new Error('not every report was counted');
  times.sort((a, b) => a - b);
  return {
    perSecond: BROWSERS / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    heapMiB: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
  };
}

/**
 * The AggregatorObject class in this process, on an in-memory storage that serialises values as a Durable
 * Object's storage does (V8), its one refresh failing at once; `now` holds its clock where given.
 */
async function objectOnMemory(env: Record<string, string>, now?: () => number) {
  const { AggregatorObject } = await import('../aggregator/durable');
  const { deserialize, serialize } = await import('node:v8');
  const data = new Map<string, Buffer>();
  let alarm: number | null = null;
  const object = new AggregatorObject(
    {
      storage: {
        get: async <T>(key: string) => {
          const bytes = data.get(key);
          return bytes ? (deserialize(bytes) as T) : undefined;
        },
        put: async (entries) => {
          for (const [k, v] of Object.entries(entries)) data.set(k, serialize(v));
        },
        delete: async (keys) => keys.filter((k) => data.delete(k)).length,
        getAlarm: async () => alarm,
        setAlarm: async (at) => {
          alarm = at;
        },
      },
      blockConcurrencyWhile: (callback) => callback(),
    },
    env,
    { fetch: async () => new Response('{}', { status: 503 }), ...(now ? { now } : {}), logger: { info: () => {}, warn: () => {} } },
  );
  await new Promise((r) => setTimeout(r, 10));
  return { object, data };
}

/**
 * The Durable Object's own cost per report: the AggregatorObject class in this process on an in-memory
 * storage, every report as the isolate forwards it. A Durable Object runs on one thread, so this is the
 * ceiling of one object's reports/s before any network or runtime overhead.
 */
async function objectInProcess(): Promise<{ perSecond: number; p99: number }> {
  const { countedReport, parseReport } = await import('../aggregator/crowd');
  const { configFromEnv } = await import('../aggregator/config');
  const env = {
    AGGREGATOR_TOKEN: TOKEN,
    AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '100000',
    AGGREGATOR_DISABLED_SOURCES: 'azure-rss,m365-consumer,azure-summary',
  };
  const crowd = configFromEnv(env).config.crowd!;
  const { object } = await objectOnMemory(env);
  const bodies = Array.from({ length: BROWSERS }, (_, i) => {
    const parsed = parseReport(reportBody(i));
    if (!parsed.ok) throw new Error(parsed.error);
    return JSON.stringify({ report: countedReport(parsed.report, crowd, undefined), address: '10.0.0.1' });
  });
  const times: number[] = [];
  const started = performance.now();
  for (const body of bodies) {
    const t = performance.now();
    const res = await object.fetch(new Request('https://aggregator.internal/report', { method: 'POST', body }));
    if ((await res.text()) !== 'counted') throw new Error('a report was not counted');
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { perSecond: BROWSERS / seconds, p99: percentile(times, 99) };
}

interface FillRow {
  held: number;
  perSecond: number;
  p99: number;
  minuteMs: number;
  readMs: number;
  largestKiB: number;
  persistedMiB: number;
}

/** Reporters held at each step of the fill: up to the cap of 20 sites × 10,000 reporters per site. */
const FILL_STEPS = [10_000, 50_000, 100_000, 200_000];
/** Cloudflare's limit for one key and value in a SQLite-backed object's storage. */
const STORAGE_VALUE_LIMIT_MIB = 2;
/** Cloudflare's documented soft limit of requests per second to one object (past it: queued, then "overloaded"). */
const OBJECT_SOFT_LIMIT_PER_SECOND = 1_000;

/**
 * Where one Durable Object's limit is: the AggregatorObject in-process on a storage that serialises with
 * V8 (as the runtime's does), filled to 200,000 reporters held (20 sites at the 10,000-per-site cap) on a
 * clock held still, so none expires. At each step: the rate of the last 10,000 reports, one minute's alarm
 * (roll, sample, persist every key), one dashboard read after a change (the part rebuilt, plus history),
 * and the largest stored value against the storage limit.
 */
async function objectFill(): Promise<FillRow[]> {
  const env = {
    AGGREGATOR_TOKEN: TOKEN,
    AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '100000',
    AGGREGATOR_DISABLED_SOURCES: 'azure-rss,m365-consumer,azure-summary',
  };
  let clock = Date.parse('2026-12-02T08:00:30.000Z');
  const { object, data } = await objectOnMemory(env, () => clock);
  // The one refresh attempt (failing at once here) is made before anything is timed.
  await object.alarm();
  const body = (i: number) =>
    JSON.stringify({
      report: {
        site: `Site ${String((i % SITES) + 1).padStart(2, '0')}`,
        kind: 'business',
        outcome: i % 10 === 0 ? 'server-error' : 'ok',
        reporter: `fill-${String(i).padStart(12, '0')}`,
      },
      address: `10.0.${i % 200}.1`,
    });
  const rows: FillRow[] = [];
  let next = 0;
  for (const held of FILL_STEPS) {
    const times: number[] = [];
    let started = performance.now();
    for (; next < held; next++) {
      if (held - next === 10_000) started = performance.now();
      const t = performance.now();
      const res = await object.fetch(new Request('https://aggregator.internal/report', { method: 'POST', body: body(next) }));
      if ((await res.text()) !== 'counted') throw new Error(`report ${next} was not counted`);
      if (held - next <= 10_000) times.push(performance.now() - t);
    }
    const perSecond = 10_000 / ((performance.now() - started) / 1000);
    clock += 60_000;
    let t = performance.now();
    await object.alarm();
    const minuteMs = performance.now() - t;
    t = performance.now();
    const read = await object.fetch(new Request('https://aggregator.internal/dashboard?hours=24'));
    await read.arrayBuffer();
    const readMs = performance.now() - t;
    times.sort((a, b) => a - b);
    const sizes = [...data.values()].map((b) => b.byteLength);
    rows.push({
      held,
      perSecond,
      p99: percentile(times, 99),
      minuteMs,
      readMs,
      largestKiB: Math.max(...sizes) / 1024,
      persistedMiB: sizes.reduce((a, b) => a + b, 0) / 2 ** 20,
    });
  }
  return rows;
}

function printFill(fill: FillRow[]): void {
  console.log(`\none Durable Object's limit (in-process, V8-serialising storage, clock held; ${SITES} sites, reporters spread evenly):\n`);
  console.log(
    "| reporters held | reports/s (last 10,000) | report p99 ms | one minute's alarm ms | dashboard read ms | largest stored value | all values | browsers at one report a minute, object fully busy |",
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of fill) {
    // A minute of the object's time: the alarm once, then reports at the measured rate.
    const browsers = Math.round(((60_000 - r.minuteMs) / 1000) * r.perSecond);
    console.log(
      `| ${r.held.toLocaleString('en')} | ${r.perSecond.toFixed(0)} | ${r.p99.toFixed(2)} | ${r.minuteMs.toFixed(0)} | ${r.readMs.toFixed(0)} | ${r.largestKiB.toFixed(0)} KiB (limit ${STORAGE_VALUE_LIMIT_MIB} MiB) | ${r.persistedMiB.toFixed(1)} MiB | ${browsers.toLocaleString('en')} |`,
    );
  }
  const slowest = Math.min(...fill.map((r) => r.perSecond));
  const limit = Math.min(slowest, OBJECT_SOFT_LIMIT_PER_SECOND);
  console.log(
    `\none object's limit: min(its own slowest rate above, ${slowest.toFixed(0)}/s; Cloudflare's soft limit per object, ${OBJECT_SOFT_LIMIT_PER_SECOND}/s) = ${limit.toFixed(0)} reports/s,` +
      ` i.e. ${Math.round(limit * 60).toLocaleString('en')} browsers reporting every minute, ${Math.round(limit * 300).toLocaleString('en')} every 5 minutes;` +
      ` this bench's load is ${REPORTS_PER_SECOND.toFixed(0)}/s (${((REPORTS_PER_SECOND / limit) * 100).toFixed(0)} %)`,
  );
}

async function main(): Promise<void> {
  if (process.env.BENCH_CROWD_OBJECT_ONLY === '1') {
    printFill(await objectFill());
    return;
  }
  const own = await inProcess();
  const objectOwn = await objectInProcess();
  const fill = await objectFill();
  const fake = new MicrosoftFake();
  await fake.start();
  serveFreshAzureFeed(fake);
  // Every simulated browser comes from 127.0.0.1: the per-address cap is lifted to let them all count.
  const env = fake.env({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '100000' });
  const rows: Row[] = [];
  try {
    const node = await startNode(env);
    try {
      rows.push(await measure('Node (one process, one core)', node.url, () => [node.child.pid!]));
    } finally {
      node.child.kill('SIGTERM');
    }
    const worker = await startWorkerd({ env });
    try {
      const ns = (await worker.miniflare.getDurableObjectNamespace('AGGREGATOR')) as unknown as {
        idFromName(name: string): unknown;
        get(id: unknown): { fetch(url: string): Promise<Response> };
      };
      const stats = async () => {
        const res = await ns.get(ns.idFromName('organisation')).fetch('https://aggregator.internal/stats');
        return ((await res.json()) as { requests: number }).requests;
      };
      rows.push(await measure('workerd (Worker + one Durable Object)', worker.url, workerdPids, stats));
    } finally {
      await worker.close();
    }
  } finally {
    await fake.stop();
  }

  console.log(
    `\ncrowd load, loopback: ${BROWSERS} browsers at ${SITES} sites, one report a minute each (${REPORTS_PER_SECOND.toFixed(0)}/s) and a status read every 5 min (${READS_PER_SECOND.toFixed(0)}/s);` +
      ` steady for ${STEADY_SECONDS} s (duration scaled, browsers not), then the rest as a burst with ${CONCURRENCY} clients\n`,
  );
  console.log(
    '| engine | steady reports | report p50 ms | report p99 ms | status read p99 ms | aggregator CPU (cores) | burst reports/s | memory, 10,000 reporters held | answers |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${r.steadyReports} | ${r.reportP50.toFixed(1)} | ${r.reportP99.toFixed(1)} | ${r.readP99.toFixed(1)} | ${r.cpuPerSecond.toFixed(2)} | ${r.burstPerSecond.toFixed(0)} | ${r.memory.toFixed(0)} MiB | ${r.statuses} |`,
    );
  }
  console.log(
    `\nNode handler in-process (no HTTP, no competing client): ${BROWSERS} reports at ${own.perSecond.toFixed(0)}/s on one core, ` +
      `p50 ${own.p50.toFixed(2)} ms, p99 ${own.p99.toFixed(2)} ms, heap grown ${own.heapMiB.toFixed(1)} MiB holding all ${BROWSERS} reporters`,
  );
  const node = rows[0]!;
  const workerd = rows[1]!;
  console.log('\n| goal | measured | met |');
  console.log('|---|---|---|');
  console.log(
    `| Node serves the load on one core, report p99 < 20 ms | over HTTP: p99 ${node.reportP99.toFixed(1)} ms at ${node.cpuPerSecond.toFixed(2)} cores; in-process: p99 ${own.p99.toFixed(2)} ms, ${own.perSecond.toFixed(0)} reports/s per core | ${node.reportP99 < 20 && node.cpuPerSecond < 1 ? 'yes' : 'no'} (HTTP); ${own.p99 < 20 && own.perSecond > REPORTS_PER_SECOND ? 'yes' : 'no'} (in-process) |`,
  );
  console.log(
    `| one Durable Object takes ≥ 1,000 reports/s | through workerd over HTTP: ${workerd.burstPerSecond.toFixed(0)} reports/s; the object's own work in-process: ${objectOwn.perSecond.toFixed(0)} reports/s (p99 ${objectOwn.p99.toFixed(2)} ms) | ${workerd.burstPerSecond >= 1000 ? 'yes' : 'no'} (workerd); ${objectOwn.perSecond >= 1000 ? 'yes' : 'no'} (in-process) |`,
  );
  if (workerd.objectRequests !== undefined) {
    const reads = Math.round(STEADY_SECONDS * READS_PER_SECOND);
    console.log(
      `\nDurable Object requests during the steady phase: ${workerd.objectRequests} for ${workerd.steadyReports} reports and ${reads} status reads` +
        ' (every report reaches the object; status reads are answered from the edge cache / isolate for 30 s)',
    );
  }
  printFill(fill);
}

await main();
