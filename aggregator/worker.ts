/**
 * Cloudflare Workers entry (`wrangler.toml`). Each isolate does the HTTP side (bearer token, CORS, filters,
 * ETags) and asks the organisation's one Durable Object for the document; the object polls on its alarm and
 * persists what it has. Variables and secrets (`wrangler secret put AGGREGATOR_TOKEN`, …) arrive on `env`.
 */
import { ConfigError, configFromEnv, configSecrets, redact, type Env } from './config';
import type { IngestResult } from '../src/core/engine/crowd-counters';
import type { CrowdDashboardData, CrowdStore } from './crowd';
import {
  AggregatorObject,
  DASHBOARD_DATA_OBJECT_PATH,
  DOCUMENT_PATH,
  FAILED_HEADER,
  PEEK_PARAM,
  REFRESHED_AT_HEADER,
  REPORT_PATH,
} from './durable';
import { createHttpHandler, type HttpHandler } from './handler';
import type { DocumentSource, Served } from './poller';
import type { StatusDocument } from '../src/core/engine/model';

export { AggregatorObject };

interface ObjectStub {
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

interface ObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): ObjectStub;
}

export type WorkerEnv = Env & { AGGREGATOR: ObjectNamespace };

/** One organisation per deployment: one object, always the same name. */
const OBJECT_NAME = 'organisation';

function stubOf(env: WorkerEnv): ObjectStub {
  // A stub is made per request: Workers tie I/O objects to the request that created them.
  return env.AGGREGATOR.get(env.AGGREGATOR.idFromName(OBJECT_NAME));
}

/** How long a status document may be served from the edge cache or an isolate's memory before the object is asked again. */
const EDGE_MAX_AGE_SECONDS = 30;

interface EdgeCache {
  match(request: Request | string): Promise<Response | undefined>;
  put(request: Request | string, response: Response): Promise<void>;
}

/** The data centre's cache (Cache API), where the runtime has one; `caches.default` is Cloudflare's. */
function edgeCache(): EdgeCache | undefined {
  const g = globalThis as { caches?: { default?: EdgeCache } };
  return g.caches?.default;
}

/**
 * The document as the object has it, cached so that object requests do not grow with browsers: first this
 * isolate's memory, then the data centre's cache, each for EDGE_MAX_AGE_SECONDS; only then the object.
 *
 * Private by construction: only a request that passed the bearer check reaches this (the HTTP layer checks
 * the token first), the cache key is a fixed internal path on this deployment's own host (the Cache API is
 * scoped to the zone the Worker runs on, which is the organisation's own), and what is stored is the
 * object's answer, never a client-facing response: clients still get `private` and `Vary: Authorization`.
 */
function objectSource(env: WorkerEnv, origin: () => string): DocumentSource {
  let held: { served: Served; at: number } | undefined;
  async function read(peek: boolean): Promise<Served | undefined> {
    const now = Date.now();
    if (held && now - held.at < EDGE_MAX_AGE_SECONDS * 1000) return held.served;
    const cache = edgeCache();
    const key = `${origin()}/__aggregator/${OBJECT_NAME}/document`;
    let res = await cache?.match(key);
    if (!res) {
      res = await stubOf(env).fetch(`https://aggregator.internal${DOCUMENT_PATH}${peek ? `?${PEEK_PARAM}=1` : ''}`);
      if (res.status === 503) return held?.served;
      if (!res.ok) throw new Error(`the aggregator object answered HTTP ${res.status}`);
      const body = await res.text();
      res = new Response(body, { headers: res.headers });
      if (cache) {
        const stored = new Response(body, { headers: res.headers });
        // Read by this Worker only: the Cache API keeps it in the zone's own store, never serves it to a client.
        stored.headers.set('cache-control', `max-age=${EDGE_MAX_AGE_SECONDS}`);
        await cache.put(key, stored);
      }
    }
    const refreshedAt = Number(res.headers.get(REFRESHED_AT_HEADER));
    const lastRefreshFailed = res.headers.get(FAILED_HEADER) === '1';
    const body = await res.text();
    held = { served: { body, document: JSON.parse(body) as StatusDocument, refreshedAt, lastRefreshFailed }, at: now };
    return held.served;
  }
  return { current: () => read(false), peek: () => read(true) };
}

/** Reports and the dashboard's data go to the object itself (never cached). */
function objectCrowd(env: WorkerEnv): CrowdStore {
  return {
    async ingest(report, address) {
      const res = await stubOf(env).fetch(`https://aggregator.internal${REPORT_PATH}`, {
        method: 'POST',
        body: JSON.stringify({ report, address }),
      });
      if (!res.ok) throw new Error(`the aggregator object answered HTTP ${res.status}`);
      return (await res.text()) as IngestResult;
    },
    async dashboard(hours) {
      const res = await stubOf(env).fetch(`https://aggregator.internal${DASHBOARD_DATA_OBJECT_PATH}?hours=${hours}`);
      if (!res.ok) throw new Error(`the aggregator object answered HTTP ${res.status}`);
      return (await res.json()) as CrowdDashboardData;
    },
  };
}

let app: { env: WorkerEnv; handle: HttpHandler; origin: { value: string } } | undefined;

function appFor(env: WorkerEnv, request: Request): HttpHandler {
  if (app?.env !== env) {
    const { config } = configFromEnv(env);
    const logger = { info: (l: string) => console.log(`aggregator: ${l}`), warn: (l: string) => console.warn(`aggregator: ${l}`) };
    const secrets = configSecrets(config);
    const origin = { value: '' };
    const handle = createHttpHandler(
      config,
      objectSource(env, () => origin.value),
      {
        now: () => Date.now(),
        logger,
        scrub: (t) => redact(t, secrets),
        ...(config.token && config.crowd ? { crowd: objectCrowd(env) } : {}),
      },
    );
    app = { env, handle, origin };
  }
  app.origin.value = new URL(request.url).origin;
  return app.handle;
}

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    try {
      // Cloudflare sets CF-Connecting-IP to the client's address; a client cannot set it through the edge.
      return await appFor(env, request)(request, { address: request.headers.get('cf-connecting-ip') ?? undefined });
    } catch (e) {
      // The log names the variable (never its value); callers learn only that the service cannot answer.
      console.error(`aggregator: ${e instanceof ConfigError ? e.message : 'request failed'}`);
      return new Response(
        JSON.stringify({ error: e instanceof ConfigError ? 'the aggregator is misconfigured; see its log' : 'internal error' }),
        {
          status: 500,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        },
      );
    }
  },
};
