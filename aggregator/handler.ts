/**
 * The organisation aggregator as a standard fetch handler: `(request: Request) => Promise<Response>`.
 * Web-standard APIs only (Request, Response, Headers, URL, fetch, crypto.subtle, TextEncoder), no node:
 * imports, so the same module runs on Node (aggregator/node.ts), Deno, Bun and edge runtimes.
 *
 *   GET /v1/status                                   the StatusDocument (schema 1)
 *   GET /v1/status?services=outlook,teams&regions=…  only incidents on those services that touch those regions
 *   GET /healthz                                     per-source ok flags
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_REPORT_BYTES } from '../src/core/engine/crowd';
import { isRegionId, isServiceId, REGION_IDS, SERVICE_IDS, type RegionId, type ServiceId } from '../src/core/engine/catalog';
import { concerns } from '../src/core/engine/catalog';
import type { StatusDocument } from '../src/core/engine/model';
import type { StateStore, Upstream } from '../src/core/engine/refresh';
import { PUBLIC_SOURCES } from '../src/core/engine/sources';
import { configSecrets, DEFAULT_INTERVAL_SECONDS, normaliseOrigin, redact, type AggregatorConfig } from './config';
import { type CrowdStore, type MemoryCrowdStore, countedReport, memoryCrowdStore, parseReport, withCrowd } from './crowd';
import { DASHBOARD_DATA_PATH, DASHBOARD_PATH, dashboardJson, dashboardPage, dashboardScript, dashboardStyles } from './dashboard';
import { createGraphClient, type CachedToken, type GraphClient } from './graph-client';
import {
  createPoller,
  GRAPH_UPSTREAM_ID,
  graphUpstream,
  publicUpstream,
  silentLogger,
  type DocumentSource,
  type Logger,
  type Poller,
  type Served,
} from './poller';

export type { AggregatorConfig, GraphSettings } from './config';
export type { Logger } from './poller';

export interface AggregatorDeps {
  /** Upstream fetch; tests pass a fake. */
  fetch: typeof fetch;
  /** Clock in ms since the epoch (default Date.now). */
  now?: () => number;
  /** Receives one line per refresh and warnings; never a secret. */
  logger?: Logger;
}

export type AggregatorHandler = HttpHandler & {
  /** The counters, when reports are accepted (a token is configured). */
  readonly crowd: MemoryCrowdStore | undefined;
  /** Refreshes the document now (a warm-up at start, or a scheduled trigger on an edge runtime). */
  refresh(): Promise<void>;
  /** Upstream reads started so far, per source id. */
  readonly polls: ReadonlyMap<string, number>;
};

const STATUS_PATH = '/v1/status';
const HEALTH_PATH = '/healthz';
const PROBES_PATH = '/v1/probes';
const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const PROBE_METHODS = 'POST, OPTIONS';
const ALLOWED_REQUEST_HEADERS = 'Authorization, If-None-Match, If-Modified-Since, Cache-Control';
const PROBE_REQUEST_HEADERS = 'Authorization, Content-Type';
const PREFLIGHT_MAX_AGE = '600';
const MAX_FILTER_IDS = 32;
/** Filtered views cached per document: bounded, and dropped whenever the document changes. */
const MAX_CACHED_VIEWS = 64;
const DEFAULT_MAX_WAIT_MS = 4_000;
const REALM = 'ms-status-aggregator';

interface Filter {
  services: ServiceId[];
  regions: RegionId[];
}

interface View {
  body: string;
  etag: string;
}

class BadRequest extends Error {}

/** /healthz fails once the document is this many intervals old. */
const STALE_AFTER_INTERVALS = 3;

/** A body (none for HEAD) with its Content-Length, which a HEAD answer carries too. */
function withBody(method: string, text: string, status: number, headers: Record<string, string>): Response {
  const bytes = new TextEncoder().encode(text);
  return new Response(method === 'HEAD' ? null : bytes, { status, headers: { ...headers, 'content-length': String(bytes.byteLength) } });
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

/** A strong validator: the body's SHA-256, shortened. The same bytes always give the same tag. */
export async function etagFor(body: string): Promise<string> {
  return `"${hex(await sha256(body)).slice(0, 32)}"`;
}

/** Compares two secrets in time that does not depend on where they differ (both are hashed first). */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 13.1.2): `W/"x"` matches `"x"`. */
function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

function idList(params: URLSearchParams, name: string): string[] {
  const raw = params.getAll(name).join(',');
  if (raw.length > 1000) throw new BadRequest(`${name} is too long`);
  const ids = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (ids.length > MAX_FILTER_IDS) throw new BadRequest(`too many ${name}`);
  return ids.sort();
}

function quoted(id: string): string {
  return /^[a-z0-9-]{1,40}$/.test(id) ? ` "${id}"` : '';
}

export function parseFilter(params: URLSearchParams): Filter {
  const services = idList(params, 'services');
  const regions = idList(params, 'regions');
  const badService = services.find((s) => !isServiceId(s));
  if (badService !== undefined) throw new BadRequest(`unknown service id${quoted(badService)}`);
  const badRegion = regions.find((r) => !isRegionId(r));
  if (badRegion !== undefined) throw new BadRequest(`unknown region id${quoted(badRegion)}`);
  return { services: services as ServiceId[], regions: regions as RegionId[] };
}

/** Incidents on any of the services (all when none given) that touch the regions (a global or unplaced incident always does). */
export function filterDocument(doc: StatusDocument, filter: Filter): StatusDocument {
  return {
    ...doc,
    incidents: doc.incidents.filter((i) => concerns(i, filter)),
  };
}

/** The upstreams a configuration names, and the redactor that knows every secret they use. */
export interface Upstreams {
  upstreams: Upstream[];
  /** Replaces the configured secrets and recent access tokens with [redacted]. */
  scrub(text: string): string;
}

export function buildUpstreams(
  config: AggregatorConfig,
  fetchFn: typeof fetch,
  now: () => number,
  logger: Logger,
  graphTokenStore?: StateStore<CachedToken>,
): Upstreams {
  let graph: GraphClient | undefined;
  const scrub = (text: string) => redact(text, [...configSecrets(config), ...(graph?.secrets() ?? [])]);
  const upstreams: Upstream[] = (config.sources ?? PUBLIC_SOURCES).map((def) => publicUpstream(def, fetchFn, config.fetchLimits));
  if (config.graph) {
    graph = createGraphClient(config.graph, {
      fetch: fetchFn,
      now,
      ...(config.fetchLimits ? { limits: config.fetchLimits } : {}),
      ...(graphTokenStore ? { tokenStore: graphTokenStore } : {}),
    });
    upstreams.push(graphUpstream(graph, { info: (l) => logger.info(scrub(l)), warn: (l) => logger.warn(scrub(l)) }));
  }
  return { upstreams, scrub };
}

export interface HttpDeps {
  now: () => number;
  logger: Logger;
  scrub: (text: string) => string;
  /** Where reports are counted; reports are refused without it (no token configured). */
  crowd?: CrowdStore;
}

/** Who is asking, as the host saw it: used to find the site and rate-limit, never stored. */
export interface ClientInfo {
  address?: string;
}

export type HttpHandler = (request: Request, client?: ClientInfo) => Promise<Response>;

/** The HTTP side (routes, bearer token, CORS, filters, ETags, reports), over whatever keeps the document. */
export function createHttpHandler(config: AggregatorConfig, source: DocumentSource, deps: HttpDeps): HttpHandler {
  const { now, logger, scrub } = deps;
  const intervalSeconds = config.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  const swrSeconds = config.staleWhileRevalidateSeconds ?? intervalSeconds;
  const allowedOrigins = new Set((config.allowedOrigins ?? []).map((o) => normaliseOrigin(o)).filter((o): o is string => !!o));

  let viewsFor: Served | undefined;
  const views = new Map<string, View>();

  async function viewOf(served: Served, filter: Filter): Promise<View> {
    if (viewsFor !== served) {
      views.clear();
      viewsFor = served;
    }
    const key = `${filter.services.join(',')}|${filter.regions.join(',')}`;
    const cached = views.get(key);
    if (cached) return cached;
    const body = key === '|' ? served.body : JSON.stringify(filterDocument(served.document, filter));
    const view = { body, etag: await etagFor(body) };
    // The document may have moved on while hashing; cache only against the one it was built from.
    if (viewsFor === served) {
      if (views.size >= MAX_CACHED_VIEWS) views.delete(views.keys().next().value!);
      views.set(key, view);
    }
    return view;
  }

  function corsHeaders(origin: string | null | undefined): Record<string, string> {
    const headers: Record<string, string> = {};
    if (allowedOrigins.size > 0) headers.vary = 'Origin';
    const normal = origin ? normaliseOrigin(origin) : undefined;
    if (normal && allowedOrigins.has(normal)) {
      headers['access-control-allow-origin'] = origin!;
      headers['access-control-expose-headers'] = 'ETag';
    }
    return headers;
  }

  function cacheControl(served: Served): string {
    const ageSeconds = Math.max(0, (now() - served.refreshedAt) / 1000);
    const maxAge = Math.max(0, Math.ceil(intervalSeconds - ageSeconds));
    // With a token, the document is for the organisation only: no shared cache may keep it.
    return `${config.token ? 'private' : 'public'}, max-age=${maxAge}, stale-while-revalidate=${swrSeconds}`;
  }

  function json(status: number, body: unknown, headers: Record<string, string> = {}, method = 'GET'): Response {
    return withBody(method, JSON.stringify(body), status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
  }

  async function authorised(request: Request): Promise<'ok' | 'missing' | 'invalid'> {
    if (!config.token) return 'ok';
    const header = request.headers.get('authorization');
    const m = header ? /^Bearer[ ]+([\x21-\x7e]{1,4096})[ ]*$/i.exec(header) : null;
    if (!m) return header ? 'invalid' : 'missing';
    return (await sameSecret(m[1]!, config.token)) ? 'ok' : 'invalid';
  }

  function unauthorised(auth: 'missing' | 'invalid', cors: Record<string, string>, method: string): Response {
    const challenge = auth === 'invalid' ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`;
    const message = auth === 'invalid' ? 'the bearer token is not valid' : 'a bearer token is required';
    return json(401, { error: message }, { ...cors, 'www-authenticate': challenge }, method);
  }

  async function status(request: Request, url: URL, cors: Record<string, string>): Promise<Response> {
    const method = request.method;
    const auth = await authorised(request);
    if (auth !== 'ok') return unauthorised(auth, cors, method);
    let filter: Filter;
    try {
      filter = parseFilter(url.searchParams);
    } catch (e) {
      if (!(e instanceof BadRequest)) throw e;
      return json(400, { error: e.message, services: SERVICE_IDS, regions: REGION_IDS }, cors, method);
    }
    const served = await source.current();
    if (!served) return json(503, { error: 'no status yet; try again shortly' }, { ...cors, 'retry-after': '30' }, method);
    const view = await viewOf(served, filter);
    const headers: Record<string, string> = {
      ...cors,
      etag: view.etag,
      'cache-control': cacheControl(served),
      'x-content-type-options': 'nosniff',
    };
    if (config.token) headers.vary = headers.vary ? `${headers.vary}, Authorization` : 'Authorization';
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), view.etag)) return new Response(null, { status: 304, headers });
    return withBody(method, view.body, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  }

  /**
   * 503 when the document is missing, older than three intervals, the last refresh got nothing at all, or
   * the tenant's own source (Graph) failed, so a load balancer or monitor notices. Never starts a refresh;
   * which sources exist is told only to a caller with the token.
   */
  async function health(request: Request, method: string, cors: Record<string, string>): Promise<Response> {
    const auth = await authorised(request);
    const served = await source.peek();
    const ageMs = served ? now() - served.refreshedAt : Number.POSITIVE_INFINITY;
    const graphFailed = !!served?.document.sources.some((s) => s.id === GRAPH_UPSTREAM_ID && !s.ok);
    const ok = !!served && !served.lastRefreshFailed && !graphFailed && ageMs <= STALE_AFTER_INTERVALS * intervalSeconds * 1000;
    const status = ok ? 200 : 503;
    if (!served || auth !== 'ok') return json(status, { ok }, cors, method);
    const { document } = served;
    return json(
      status,
      {
        ok,
        generatedAt: document.generatedAt,
        intervalSeconds,
        sources: document.sources.map((s) => ({ id: s.id, ok: s.ok, ...(s.fetchedAt ? { fetchedAt: s.fetchedAt } : {}) })),
      },
      cors,
      method,
    );
  }

  /** POST /v1/probes, before the body is read: reports on, token, content type. */
  async function probeGate(request: Request, cors: Record<string, string>): Promise<Response | undefined> {
    if (!config.token || !config.crowd || !deps.crowd)
      return json(404, { error: 'reports are not accepted here (no token configured)' }, cors);
    const auth = await authorised(request);
    if (auth !== 'ok') return unauthorised(auth, cors, 'POST');
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? ''))
      return json(415, { error: 'send application/json' }, cors);
    return undefined;
  }

  /** The report itself, within MAX_REPORT_BYTES: shape, then counting; anything refused changes nothing. */
  async function probe(text: string, client: ClientInfo, cors: Record<string, string>): Promise<Response> {
    const parsed = parseReport(text);
    if (!parsed.ok) return json(400, { error: parsed.error }, cors);
    const counted = countedReport(parsed.report, config.crowd!, client.address);
    const result = await deps.crowd!.ingest(counted, client.address ?? '');
    // The site it was counted at, and nothing else: the browser judges its verdict against the same group.
    if (result === 'counted') return json(200, { site: counted.site }, cors);
    if (result === 'too-soon') return json(429, { error: 'one report per reporter per minute' }, { ...cors, 'retry-after': '60' });
    if (result === 'address-limit') return json(429, { error: 'too many reports from this network' }, { ...cors, 'retry-after': '60' });
    return json(503, { error: 'the aggregator counts no more sites or reporters' }, { ...cors, 'retry-after': '300' });
  }

  function preflight(request: Request, origin: string | null | undefined, methods: string): Response {
    const normal = origin ? normaliseOrigin(origin) : undefined;
    if (!origin) return new Response(null, { status: 204, headers: { allow: methods } });
    const wanted = (request.headers.get('access-control-request-method') ?? 'GET').toUpperCase();
    const allowed = methods.split(', ').filter((m) => m !== 'OPTIONS');
    if (!normal || !allowedOrigins.has(normal) || !allowed.includes(wanted)) {
      return json(403, { error: 'origin or method not allowed' }, allowedOrigins.size > 0 ? { vary: 'Origin' } : {});
    }
    return new Response(null, {
      status: 204,
      headers: {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-allow-methods': methods,
        'access-control-allow-headers': methods === PROBE_METHODS ? PROBE_REQUEST_HEADERS : ALLOWED_REQUEST_HEADERS,
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      },
    });
  }

  type HonoEnv = { Bindings: { client: ClientInfo } };
  const app = new Hono<HonoEnv>();
  const cors = (c: Context<HonoEnv>) => corsHeaders(c.req.header('origin'));
  const notAllowed = (methods: string) => (c: Context<HonoEnv>) =>
    json(405, { error: 'method not allowed' }, { ...cors(c), allow: methods });

  // Hono answers HEAD from the GET route and drops the body; the handlers already send none for HEAD.
  app.get(STATUS_PATH, (c) => status(c.req.raw, new URL(c.req.url), cors(c)));
  app.get(HEALTH_PATH, (c) => health(c.req.raw, c.req.raw.method, cors(c)));
  app.post(
    PROBES_PATH,
    async (c, next) => (await probeGate(c.req.raw, cors(c))) ?? next(),
    // Refuses a bigger body by its declared length, or stops reading it at the limit: never parsed.
    bodyLimit({
      maxSize: MAX_REPORT_BYTES,
      onError: (c) => json(413, { error: `a report is at most ${MAX_REPORT_BYTES} bytes` }, cors(c)),
    }),
    async (c) => probe(await c.req.text(), c.env?.client ?? {}, cors(c)),
  );
  app.get(DASHBOARD_PATH, (c) => dashboardPage(c.req.header('accept-language')));
  app.get(`${DASHBOARD_PATH}.js`, () => dashboardScript());
  app.get(`${DASHBOARD_PATH}.css`, () => dashboardStyles());
  app.get(DASHBOARD_DATA_PATH, async (c) => {
    const auth = await authorised(c.req.raw);
    if (auth !== 'ok') return unauthorised(auth, cors(c), 'GET');
    if (!deps.crowd) return json(404, { error: 'reports are not accepted here (no token configured)' });
    const hours = Math.min(24, Math.max(1, Number.parseInt(c.req.query('hours') ?? '24', 10) || 24));
    const [data, served] = await Promise.all([deps.crowd.dashboard(hours), source.peek()]);
    return json(200, dashboardJson(data, served?.document));
  });
  for (const path of [STATUS_PATH, HEALTH_PATH]) {
    app.options(path, (c) => preflight(c.req.raw, c.req.header('origin'), ALLOWED_METHODS));
    app.all(path, notAllowed(ALLOWED_METHODS));
  }
  app.options(PROBES_PATH, (c) => preflight(c.req.raw, c.req.header('origin'), PROBE_METHODS));
  app.all(PROBES_PATH, notAllowed(PROBE_METHODS));
  app.all(DASHBOARD_PATH, notAllowed('GET, HEAD'));
  app.all(DASHBOARD_DATA_PATH, notAllowed('GET, HEAD'));
  app.notFound((c) => json(404, { error: 'not found' }, cors(c), c.req.method));
  app.onError((e, c) => {
    logger.warn(`request failed: ${scrub(String((e as Error)?.message ?? e)).slice(0, 300)}`);
    return json(500, { error: 'internal error' }, cors(c));
  });

  return async (request: Request, client: ClientInfo = {}): Promise<Response> => {
    try {
      return await app.fetch(request, { client });
    } catch (e) {
      logger.warn(`request failed: ${scrub(String((e as Error)?.message ?? e)).slice(0, 300)}`);
      return json(500, { error: 'internal error' });
    }
  };
}

/** The Node composition (and any single-process host): upstreams, an in-memory poller, the HTTP side. */
export function createAggregator(config: AggregatorConfig, deps: AggregatorDeps): AggregatorHandler {
  const now = deps.now ?? (() => Date.now());
  const logger = deps.logger ?? silentLogger;
  const intervalSeconds = config.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  const { upstreams, scrub } = buildUpstreams(config, deps.fetch, now, logger);
  const poller: Poller = createPoller(upstreams, {
    intervalMs: intervalSeconds * 1000,
    maxWaitMs: config.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    now,
    logger,
    redact: scrub,
    ...(config.refreshDeadlineMs !== undefined ? { deadlineMs: config.refreshDeadlineMs } : {}),
  });
  const crowd = config.token && config.crowd ? memoryCrowdStore(config.crowd, now) : undefined;
  const handler = createHttpHandler(config, crowd ? withCrowd(poller, crowd) : poller, {
    now,
    logger,
    scrub,
    ...(crowd ? { crowd } : {}),
  });
  return Object.assign(handler, { refresh: () => poller.refresh(), polls: poller.polls, crowd });
}
