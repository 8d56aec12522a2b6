/**
 * Cloudflare Workers entry (`wrangler.toml`). Each isolate does the HTTP side (bearer token, CORS, filters,
 * ETags) and asks the organisation's one Durable Object for the document; the object polls on its alarm and
 * persists what it has. Variables and secrets (`wrangler secret put AGGREGATOR_TOKEN`, …) arrive on `env`.
 */
import { ConfigError, configFromEnv, configSecrets, redact, type Env } from './config';
import { AggregatorObject, DOCUMENT_PATH, FAILED_HEADER, HAVE_HEADER, REFRESHED_AT_HEADER } from './durable';
import { createHttpHandler } from './handler';
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

/**
 * The document as the object has it; the body crosses only when it changed since this isolate last saw it.
 * A stub is made per request: Workers tie I/O objects to the request that created them.
 */
function objectSource(env: WorkerEnv): DocumentSource {
  let held: Served | undefined;
  return {
    async current() {
      const stub = env.AGGREGATOR.get(env.AGGREGATOR.idFromName(OBJECT_NAME));
      const res = await stub.fetch(`https://aggregator.internal${DOCUMENT_PATH}`, {
        headers: held ? { [HAVE_HEADER]: String(held.refreshedAt) } : {},
      });
      if (res.status === 503) return undefined;
      const refreshedAt = Number(res.headers.get(REFRESHED_AT_HEADER));
      const lastRefreshFailed = res.headers.get(FAILED_HEADER) === '1';
      if (res.status === 304 && held) {
        if (held.lastRefreshFailed !== lastRefreshFailed) held = { ...held, lastRefreshFailed };
        return held;
      }
      if (!res.ok) throw new Error(`the aggregator object answered HTTP ${res.status}`);
      const body = await res.text();
      held = { body, document: JSON.parse(body) as StatusDocument, refreshedAt, lastRefreshFailed };
      return held;
    },
  };
}

let app: { env: WorkerEnv; handle: (request: Request) => Promise<Response> } | undefined;

function appFor(env: WorkerEnv): (request: Request) => Promise<Response> {
  if (app?.env === env) return app.handle;
  const { config } = configFromEnv(env);
  const logger = { info: (l: string) => console.log(`aggregator: ${l}`), warn: (l: string) => console.warn(`aggregator: ${l}`) };
  const secrets = configSecrets(config);
  const handle = createHttpHandler(config, objectSource(env), { now: () => Date.now(), logger, scrub: (t) => redact(t, secrets) });
  app = { env, handle };
  return handle;
}

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    try {
      return await appFor(env)(request);
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
