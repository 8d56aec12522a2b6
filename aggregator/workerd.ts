/**
 * `npm run aggregator:worker`: the Workers entry in workerd, the open-source Cloudflare Workers runtime, run
 * locally through miniflare (its binary comes with the npm package). The same Worker, Durable Object and
 * compatibility date as `wrangler.toml`; `AGGREGATOR_*` from the environment; PORT (default 8788) on HOST
 * (default 127.0.0.1). Also used by the tests and the load figures.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { ConfigError, configFromEnv, type Env } from './config';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_WORKER_PORT = 8788;

/** The compatibility date pinned in wrangler.toml: one place says it. */
export function compatibilityDate(): string {
  const date = /^compatibility_date\s*=\s*"(\d{4}-\d{2}-\d{2})"/m.exec(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))?.[1];
  if (!date) throw new Error('wrangler.toml has no compatibility_date');
  return date;
}

let bundled: Promise<string> | undefined;

/** The Worker as one ES module, as wrangler would bundle it. */
export function bundleWorker(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(ROOT, 'aggregator/worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    // `neutral` alone cannot resolve @rgrove/parse-xml, which only has `main`.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

export interface WorkerdOptions {
  env: Env;
  port?: number;
  host?: string;
  /** A directory for the Durable Object's storage (survives restarts); in memory when absent. */
  persistDir?: string;
  /** Print the runtime's own log lines (the aggregator's refresh lines among them). */
  verbose?: boolean;
}

export interface RunningWorker {
  url: string;
  miniflare: Miniflare;
  close(): Promise<void>;
}

export async function startWorkerd(options: WorkerdOptions): Promise<RunningWorker> {
  // Fails here, naming the variable, before the runtime starts or anything is fetched.
  configFromEnv(options.env);
  const bindings: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.env)) if (k.startsWith('AGGREGATOR_') && v !== undefined) bindings[k] = v;
  const miniflare = new Miniflare({
    modules: [{ type: 'ESModule', path: join(ROOT, 'aggregator/worker.mjs'), contents: await bundleWorker() }],
    compatibilityDate: compatibilityDate(),
    durableObjects: { AGGREGATOR: { className: 'AggregatorObject', useSQLite: true } },
    durableObjectsPersist: options.persistDir ?? false,
    bindings,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    // No request.cf data: getting it would fetch from workers.cloudflare.com.
    cf: false,
    log: new Log(options.verbose ? LogLevel.INFO : LogLevel.NONE),
  });
  const url = (await miniflare.ready).href.replace(/\/$/, '');
  return { url, miniflare, close: () => miniflare.dispose() };
}

async function main(): Promise<void> {
  let running: RunningWorker;
  try {
    const env = process.env;
    const { port, host } = configFromEnv({ ...env, PORT: env.PORT ?? String(DEFAULT_WORKER_PORT) });
    running = await startWorkerd({ env, port, host, persistDir: join(ROOT, '.wrangler/state/aggregator'), verbose: true });
  } catch (e) {
    console.error(`aggregator (workerd): ${e instanceof ConfigError ? e.message : `could not start: ${(e as Error).message}`}`);
    process.exit(1);
  }
  console.log(`aggregator (workerd): listening on ${running.url}; Durable Object state in .wrangler/state/aggregator`);
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
