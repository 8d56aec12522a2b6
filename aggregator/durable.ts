/**
 * The organisation's Durable Object on Cloudflare Workers: the single owner of polling, the Graph token and
 * the last good document. State is persisted in the object's storage, so a restart or a new isolate serves
 * the last document at once; refreshes run on the object's alarm, never in work that outlives a request.
 * Isolates (aggregator/worker.ts) ask it for the document and do the HTTP side themselves.
 */
import { configFromEnv, type Env } from './config';
import type { CachedToken } from './graph-client';
import { buildUpstreams } from './handler';
import { refreshDocument, servedOf, type AggregatorState, type Logger, type Served } from './poller';
import type { StateStore, Upstream } from '../src/core/engine/refresh';
import { CrowdCounters, type CountedReport, type CrowdSnapshot } from '../src/core/engine/crowd-counters';
import { composeServed, dashboardData, randomSalt } from './crowd';

/** The parts of the Workers runtime's Durable Object API used here (structural, so no runtime types are needed). */
export interface DurableStorage {
  get<T>(key: string): Promise<T | undefined>;
  put(entries: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<number>;
  getAlarm(): Promise<number | null>;
  setAlarm(scheduledTime: number): Promise<void>;
}

export interface DurableState {
  readonly storage: DurableStorage;
  blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
}

/** Paths the object answers (only isolates of the same Worker can reach it). */
export const DOCUMENT_PATH = '/document';
/** `?peek=1` on DOCUMENT_PATH: the document as it is, never starting a refresh (/healthz). */
export const PEEK_PARAM = 'peek';
export const REPORT_PATH = '/report';
export const DASHBOARD_DATA_OBJECT_PATH = '/dashboard';
/** Requests this object has answered since it started: the cost measurement reads it. */
export const STATS_PATH = '/stats';
export const REFRESHED_AT_HEADER = 'x-refreshed-at';
export const FAILED_HEADER = 'x-last-refresh-failed';

/**
 * The Graph access token, kept with the rest of the object's state (its storage is the organisation's own),
 * so an object evicted between alarms does not ask Entra for a new token every interval.
 */
const TOKEN_KEY = 'graphToken';

/** The state in the object's storage, one key per part (each well under the per-value limit). */
export function durableStore(storage: DurableStorage): StateStore<AggregatorState> {
  return {
    async load() {
      const sources = await storage.get<AggregatorState['sources']>('sources');
      if (!sources) return undefined;
      const published = await storage.get<AggregatorState['published']>('published');
      const failed = await storage.get<boolean>('lastRefreshFailed');
      return { sources, ...(published ? { published } : {}), ...(failed ? { lastRefreshFailed: true } : {}) };
    },
    async save(state) {
      await storage.put({ sources: state.sources, published: state.published ?? null, lastRefreshFailed: !!state.lastRefreshFailed });
    },
  };
}

/**
 * The counters in the object's storage: one key for the history and runs, one per site and kind for its
 * reporters, so no value grows past the per-value limit (a site holds at most maxReportersPerSite).
 */
const CROWD_KEY = 'crowd';
const CROWD_SERIES_PREFIX = 'crowd:latest:';

interface StoredCrowd extends Omit<CrowdSnapshot, 'series'> {
  series: (Omit<CrowdSnapshot['series'][number], 'latest'> & { key: string })[];
}

export async function loadCrowd(storage: DurableStorage): Promise<CrowdSnapshot | undefined> {
  const stored = await storage.get<StoredCrowd>(CROWD_KEY);
  if (!stored || !Array.isArray(stored.series)) return undefined;
  const series = await Promise.all(
    stored.series.map(async ({ key, ...rest }) => ({ ...rest, latest: (await storage.get<[string, number][]>(key)) ?? [] })),
  );
  return { ...stored, series };
}

export async function saveCrowd(storage: DurableStorage, snapshot: CrowdSnapshot, previousKeys: readonly string[]): Promise<string[]> {
  const entries: Record<string, unknown> = {};
  const series = snapshot.series.map(({ latest, ...rest }) => {
    const key = `${CROWD_SERIES_PREFIX}${rest.kind}:${rest.site}`;
    entries[key] = latest;
    return { ...rest, key };
  });
  entries[CROWD_KEY] = { ...snapshot, series } satisfies StoredCrowd;
  await storage.put(entries);
  const gone = previousKeys.filter((k) => !(k in entries));
  if (gone.length > 0) await storage.delete(gone);
  return series.map((s) => s.key);
}

export const consoleLogger: Logger = {
  info: (line) => console.log(`aggregator: ${line}`),
  warn: (line) => console.warn(`aggregator: ${line}`),
};

export interface ObjectDeps {
  fetch: typeof fetch;
  now: () => number;
  logger: Logger;
}

export class AggregatorObject {
  private readonly store: StateStore<AggregatorState>;
  private readonly upstreams: Upstream[];
  private readonly scrub: (text: string) => string;
  private readonly intervalMs: number;
  private readonly deadlineMs: number | undefined;
  private readonly deps: ObjectDeps;
  private state: AggregatorState = { sources: {} };
  private served: Served | undefined;
  private inflight: Promise<void> | undefined;
  /** When the last refresh was tried: without a document, requests within BROKEN_RETRY_MS do not start another. */
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private crowd: CrowdCounters | undefined;
  private crowdKeys: string[] = [];
  /** Reports counted since the counters were last persisted. */
  private crowdDirty = false;
  private composed: { served: Served; part: unknown; result: Served } | undefined;
  private requests = 0;
  /** How often the counters are rolled and persisted while any are held. */
  private crowdTickMs = 60_000;

  constructor(
    private readonly ctx: DurableState,
    env: Env,
    deps?: Partial<ObjectDeps>,
  ) {
    this.deps = {
      // Called detached: some runtimes reject fetch with a foreign `this`.
      fetch: deps?.fetch ?? ((input, init) => fetch(input, init)),
      now: deps?.now ?? (() => Date.now()),
      logger: deps?.logger ?? consoleLogger,
    };
    const { config } = configFromEnv(env);
    const built = buildUpstreams(config, this.deps.fetch, this.deps.now, this.deps.logger, {
      load: () => ctx.storage.get<CachedToken>(TOKEN_KEY),
      save: (token) => ctx.storage.put({ [TOKEN_KEY]: token }),
    });
    this.upstreams = built.upstreams;
    this.scrub = built.scrub;
    this.intervalMs = (config.intervalSeconds ?? 300) * 1000;
    this.deadlineMs = config.refreshDeadlineMs;
    this.store = durableStore(ctx.storage);
    const crowdConfig = config.token ? config.crowd : undefined;
    void ctx.blockConcurrencyWhile(async () => {
      this.state = (await this.store.load()) ?? { sources: {} };
      this.served = servedOf(this.state);
      if (this.served) this.lastAttemptAt = this.served.refreshedAt;
      if (crowdConfig) {
        this.crowdTickMs = crowdConfig.persistSeconds * 1000;
        const snapshot = await loadCrowd(ctx.storage);
        this.crowdKeys = snapshot?.series.map((s) => `${CROWD_SERIES_PREFIX}${s.kind}:${s.site}`) ?? [];
        this.crowd = new CrowdCounters({ k: crowdConfig.k, limits: crowdConfig.limits }, this.deps.now(), randomSalt(), snapshot);
      }
    });
  }

  /** One refresh at a time; callers join the one in flight. */
  private refresh(): Promise<void> {
    this.inflight ??= (async () => {
      this.lastAttemptAt = this.deps.now();
      try {
        this.state = await refreshDocument(this.upstreams, this.state, {
          now: this.deps.now,
          logger: this.deps.logger,
          redact: this.scrub,
          ...(this.deadlineMs !== undefined ? { deadlineMs: this.deadlineMs } : {}),
        });
        this.served = servedOf(this.state);
        await this.store.save(this.state);
      } catch (e) {
        this.deps.logger.warn(`refresh failed: ${this.scrub(String((e as Error)?.message ?? e)).slice(0, 300)}`);
      } finally {
        this.inflight = undefined;
      }
    })();
    return this.inflight;
  }

  /** When the next refresh is due: one interval after the document's read time, sooner after a failed first try. */
  private refreshDue(): number {
    if (this.served) return this.served.refreshedAt + this.intervalMs;
    return this.lastAttemptAt + Math.min(this.intervalMs, BROKEN_RETRY_MS);
  }

  /**
   * Keeps one alarm at the earliest thing due: the next refresh, or the counters' next roll while any are
   * held. An alarm set later than that (a longer interval before a redeploy) is brought forward at once.
   */
  private async schedule(fromAlarm = false): Promise<void> {
    const now = this.deps.now();
    let due = this.refreshDue();
    if (this.crowdDirty || (this.crowd && this.crowd.size().reporters > 0)) due = Math.min(due, now + this.crowdTickMs);
    due = Math.max(due, now);
    const current = await this.ctx.storage.getAlarm();
    // The alarm that is running is spent: it always sets the next one.
    if (fromAlarm || current === null || current > due) await this.ctx.storage.setAlarm(due);
  }

  private async persistCrowd(): Promise<void> {
    if (!this.crowd) return;
    this.crowd.roll(this.deps.now());
    this.crowdKeys = await saveCrowd(this.ctx.storage, this.crowd.snapshot(), this.crowdKeys);
    this.crowdDirty = false;
  }

  async alarm(): Promise<void> {
    if (this.deps.now() >= this.refreshDue()) await this.refresh();
    await this.persistCrowd();
    await this.schedule(true);
  }

  /** The document with the crowd part, composed once per change of either. */
  private withCrowd(served: Served): Served {
    if (!this.crowd) return served;
    const part = this.crowd.part(this.deps.now());
    if (this.composed?.served === served && this.composed.part === part) return this.composed.result;
    const result = composeServed(served, part);
    this.composed = { served, part, result };
    return result;
  }

  async fetch(request: Request): Promise<Response> {
    this.requests++;
    const url = new URL(request.url);
    if (url.pathname === REPORT_PATH && request.method === 'POST') return this.report(request);
    if (url.pathname === DASHBOARD_DATA_OBJECT_PATH) {
      if (!this.crowd) return new Response(null, { status: 404 });
      const hours = Number(url.searchParams.get('hours') ?? '24');
      return Response.json(dashboardData(this.crowd, this.deps.now(), hours));
    }
    if (url.pathname === STATS_PATH) return Response.json({ requests: this.requests, ...(this.crowd ? { crowd: this.crowd.size() } : {}) });
    if (url.pathname !== DOCUMENT_PATH) return new Response(null, { status: 404 });
    const peek = url.searchParams.has(PEEK_PARAM);
    // Without a document, one refresh is tried (the request waits for it, bounded by the refresh deadline)
    // and then no other before BROKEN_RETRY_MS: concurrent and later requests share that one answer.
    if (!this.served && !peek && this.deps.now() >= this.refreshDue()) await this.refresh();
    else if (!this.served && this.inflight && !peek) await this.inflight;
    await this.schedule();
    const served = this.served ? this.withCrowd(this.served) : undefined;
    if (!served) return new Response(null, { status: 503 });
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      [REFRESHED_AT_HEADER]: String(served.refreshedAt),
      [FAILED_HEADER]: served.lastRefreshFailed ? '1' : '0',
    };
    return new Response(served.body, { headers });
  }

  /** A report the isolate has already authenticated, size-checked, validated and reduced to what is counted. */
  private async report(request: Request): Promise<Response> {
    if (!this.crowd) return new Response(null, { status: 404 });
    const { report, address } = (await request.json()) as { report: CountedReport; address: string };
    const result = this.crowd.ingest(report, address, this.deps.now());
    if (result === 'counted' && !this.crowdDirty) {
      this.crowdDirty = true;
      await this.schedule();
    }
    return new Response(result);
  }
}

/** After a refresh that could not build any document, the next is tried this much later, whatever asks. */
const BROKEN_RETRY_MS = 30_000;
