/**
 * `npm run bench:aggregator`: load figures for the organisation aggregator on Node (`aggregator/node.ts`) and
 * in workerd (`aggregator/worker.ts` + its Durable Object, through miniflare), both reading the loopback
 * stand-in for Microsoft (harness/microsoft-fake.ts) with Graph on and a bearer token. Bounded: a fixed
 * number of requests per run, 127.0.0.1 only. Each aggregator runs in its own process, so its memory is its
 * own (VmRSS from /proc); the client (Node's fetch) shares the same 2 cores, which caps requests/s.
 */
import { startWorkerd } from '../aggregator/workerd';
import { MicrosoftFake } from '../harness/microsoft-fake';
import { percentile, rssMiB, serveFreshAzureFeed, startNode, workerdPids } from './processes';

const TOKEN = 'bench-bearer-token-0123456789abcdef';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
/** The shortest interval allowed, so the runs span several and reads per interval can be counted. */
const INTERVAL_SECONDS = 30;
/** How long bursts of 200 concurrent requests go on, every 5 s, to count upstream reads per interval. */
const SUSTAIN_SECONDS = Number(process.env.BENCH_SUSTAIN_SECONDS ?? 65);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);

interface Figures {
  engine: string;
  mode: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: string;
}

/** REQUESTS requests, CONCURRENCY at a time; each answer read whole. */
async function load(url: string, headers: Record<string, string>): Promise<Omit<Figures, 'engine' | 'mode'>> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        times.push(performance.now() - t);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    perSecond: times.length / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    statuses: [...statuses].map(([s, n]) => `${n}×${s}`).join(' '),
  };
}

interface Measured {
  rows: Figures[];
  memory: number;
  fetches: number;
  seconds: number;
}

async function measure(engine: string, base: string, fake: MicrosoftFake, pid: () => number[]): Promise<Measured> {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const first = await fetch(`${base}/v1/status`, { headers: auth });
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  const before = fake.upstreamReads();
  const started = performance.now();
  const rows: Figures[] = [];
  rows.push({ engine, mode: 'unconditional GET', ...(await load(`${base}/v1/status`, auth)) });
  rows.push({ engine, mode: 'If-None-Match (304)', ...(await load(`${base}/v1/status`, { ...auth, 'if-none-match': etag })) });
  rows.push({ engine, mode: 'filtered GET', ...(await load(`${base}/v1/status?services=exchange,teams&regions=korea`, auth)) });
  // Sustained: a burst of 200 every 5 s until SUSTAIN_SECONDS have passed since the rows began.
  while (performance.now() - started < SUSTAIN_SECONDS * 1000) {
    await Promise.all(Array.from({ length: 200 }, () => fetch(`${base}/v1/status`, { headers: auth }).then((r) => r.arrayBuffer())));
    await new Promise((r) => setTimeout(r, 5000));
  }
  const memory = pid().reduce((sum, p) => sum + rssMiB(p), 0);
  return { rows, memory, fetches: fake.upstreamReads() - before, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const fake = new MicrosoftFake();
  await fake.start();
  serveFreshAzureFeed(fake);
  const env = fake.env({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_INTERVAL_SECONDS: String(INTERVAL_SECONDS) });
  const results: (Measured & { engine: string; cold: number })[] = [];
  try {
    const node = await startNode(env);
    const cold = fake.upstreamReads();
    try {
      results.push({ engine: 'Node', cold, ...(await measure('Node', node.url, fake, () => [node.child.pid!])) });
    } finally {
      node.child.kill('SIGTERM');
    }
    fake.reset();
    serveFreshAzureFeed(fake);
    const worker = await startWorkerd({ env });
    try {
      const r = await measure('workerd', worker.url, fake, workerdPids);
      results.push({ engine: 'workerd', cold: fake.upstreamReads() - r.fetches, ...r });
    } finally {
      await worker.close();
    }
  } finally {
    await fake.stop();
  }

  console.log(
    `\naggregator load, loopback, ${REQUESTS} requests per row, ${CONCURRENCY} concurrent, bearer token, Graph on (two pages), interval ${INTERVAL_SECONDS} s\n`,
  );
  console.log('| engine | request | requests/s | p50 ms | p99 ms | answers |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    for (const f of r.rows)
      console.log(`| ${f.engine} | ${f.mode} | ${f.perSecond.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.statuses} |`);
  }
  console.log(
    '\n| engine | memory after the runs (VmRSS) | upstream reads for the first document | upstream reads during the runs | refreshes (5 reads each) per interval elapsed |',
  );
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    const intervals = r.seconds / INTERVAL_SECONDS;
    console.log(
      `| ${r.engine} | ${r.memory.toFixed(0)} MiB | ${r.cold} (4 feeds + 1 Graph walk) | ${r.fetches} in ${r.seconds.toFixed(0)} s | ${r.fetches / 5} in ${intervals.toFixed(1)} intervals |`,
    );
  }
}

await main();
