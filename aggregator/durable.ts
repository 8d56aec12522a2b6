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

/** The parts of the Workers runtime's Durable Object API used here (structural, so no runtime types are needed). */
export interface DurableStorage {
  get<T>(key: string): Promise<T | undefined>;
  put(entries: Record<string, unknown>): Promise<void>;
  getAlarm(): Promise<number | null>;
  setAlarm(scheduledTime: number): Promise<void>;
}

export interface DurableState {
  readonly storage: DurableStorage;
  blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
}

/** Paths the object answers (only isolates of the same Worker can reach it). */
export const DOCUMENT_PATH = '/document';
export const REFRESHED_AT_HEADER = 'x-refreshed-at';
export const FAILED_HEADER = 'x-last-refresh-failed';
/** An isolate sends the read time of the document it holds; the same one is answered with 304 and no body. */
export const HAVE_HEADER = 'x-have-refreshed-at';

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
    void ctx.blockConcurrencyWhile(async () => {
      this.state = (await this.store.load()) ?? { sources: {} };
      this.served = servedOf(this.state);
    });
  }

  /** One refresh at a time; callers join the one in flight. */
  private refresh(): Promise<void> {
    this.inflight ??= (async () => {
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

  /** Keeps the schedule alive: an alarm one interval after the document's read time (at once if that has passed). */
  private async schedule(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) !== null) return;
    const due = this.served ? this.served.refreshedAt + this.intervalMs : this.deps.now();
    await this.ctx.storage.setAlarm(Math.max(due, this.deps.now()));
  }

  async alarm(): Promise<void> {
    await this.refresh();
    await this.ctx.storage.setAlarm(this.deps.now() + this.intervalMs);
  }

  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname !== DOCUMENT_PATH) return new Response(null, { status: 404 });
    // The very first request waits for the first refresh (bounded by the refresh deadline) inside itself.
    if (!this.served) await this.refresh();
    await this.schedule();
    const served = this.served;
    if (!served) return new Response(null, { status: 503 });
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      [REFRESHED_AT_HEADER]: String(served.refreshedAt),
      [FAILED_HEADER]: served.lastRefreshFailed ? '1' : '0',
    };
    // The isolate already holds this exact body: say so instead of sending it again.
    if (request.headers.get(HAVE_HEADER) === String(served.refreshedAt)) return new Response(null, { status: 304, headers });
    return new Response(served.body, { headers });
  }
}
