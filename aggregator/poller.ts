/**
 * Building the organisation's document from its upstreams with the shared refresh engine, and the Node
 * poller around it: at most one refresh per interval however many clients ask, every request that finds
 * the document due joining the one refresh in flight. The Durable Object (aggregator/durable.ts) runs the
 * same `refreshDocument` from its alarm instead. Memory is bounded: one document plus each source's state.
 */
import { aggregate, readingOf } from '../src/core/engine/aggregate';
import { FetchFailure, type FetchLimits } from '../src/core/engine/fetch-body';
import type { StatusDocument } from '../src/core/engine/model';
import { memoryStore, refreshAll, sourceUpstream, type SourceStates, type StateStore, type Upstream } from '../src/core/engine/refresh';
import type { SourceDefinition } from '../src/core/engine/sources';
import { plainIncidentText } from '../src/core/engine/text';
import { parseGraphIssues, unknownStatuses } from '../src/core/engine/sources/graph';
import type { GraphClient } from './graph-client';

export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

/** A public source, never following a redirect (a 3xx is that source's failure). */
export function publicUpstream(def: SourceDefinition, fetchFn: typeof fetch, limits?: FetchLimits): Upstream {
  return sourceUpstream(def, fetchFn, { redirect: 'manual', ...(limits ? { limits } : {}) });
}

export const GRAPH_UPSTREAM_ID = 'graph';

/** The tenant's service health issues, every page per refresh (Graph offers no validators for them). */
export function graphUpstream(client: GraphClient, logger: Logger): Upstream {
  return {
    id: GRAPH_UPSTREAM_ID,
    url: client.issuesUrl,
    async read(_validators, at, signal) {
      const pages = await client.fetchIssuePages(signal);
      const unknown = unknownStatuses(pages);
      if (unknown.length > 0) logger.warn(`graph: status values this version does not know, read as degraded: ${unknown.join(', ')}`);
      return { kind: 'fresh', result: parseGraphIssues(pages, at), validators: {} };
    },
  };
}

/** The current document, as served and as persisted. */
export interface Published {
  document: StatusDocument;
  /** When the refresh that built it read its upstreams (ms); its age decides when the next one is due. */
  refreshedAt: number;
}

/** What a refresh leaves behind: kept in memory on Node, in the Durable Object's storage on Workers. */
export interface AggregatorState {
  sources: SourceStates;
  published?: Published;
  /** The last refresh got nothing from any source (or could not build a document at all). */
  lastRefreshFailed?: boolean;
}

export interface RefreshSettings {
  now: () => number;
  logger: Logger;
  /** Scrubs secrets from any text that is logged or served. */
  redact: (text: string) => string;
  /** A whole refresh ends by this long after it starts, however slow the upstreams (default 25 s). */
  deadlineMs?: number;
  /** Told of every upstream read started (counts for tests and the load figures). */
  onRead?: (id: string) => void;
}

export const DEFAULT_REFRESH_DEADLINE_MS = 25_000;

function errorText(e: unknown): string {
  return e instanceof FetchFailure ? e.message : `unexpected error: ${String((e as Error)?.message ?? e)}`;
}

/**
 * One refresh: every upstream read once (the interval is the caller's schedule, so no backoff), the
 * document rebuilt from the new states and the previous document. `generatedAt` is when the data was read.
 */
export async function refreshDocument(
  upstreams: readonly Upstream[],
  prior: AggregatorState,
  settings: RefreshSettings,
): Promise<AggregatorState> {
  const { now, logger, redact } = settings;
  const started = now();
  const counted = settings.onRead
    ? upstreams.map(
        (u): Upstream => ({
          ...u,
          read: (...args) => {
            settings.onRead!(u.id);
            return u.read(...args);
          },
        }),
      )
    : upstreams;
  const sources = await refreshAll(counted, prior.sources, {
    now: () => started,
    force: true,
    deadline: started + (settings.deadlineMs ?? DEFAULT_REFRESH_DEADLINE_MS),
    redact,
  });
  let document: StatusDocument;
  try {
    const built = aggregate(
      upstreams.map((u) => readingOf(u, sources[u.id]!)),
      new Date(started).toISOString(),
      prior.published?.document,
    );
    // Every word served passes the same sanitiser as feed text, whichever adapter produced it.
    document = { ...built, incidents: built.incidents.map(plainIncidentText) };
  } catch (e) {
    logger.warn(`refresh failed, still serving the previous document: ${redact(errorText(e)).slice(0, 300)}`);
    return { ...prior, sources, lastRefreshFailed: true };
  }
  const failed = document.sources.filter((s) => !s.ok);
  const active = document.incidents.filter((i) => i.phase !== 'resolved').length;
  const failures = failed.map((s) => `${s.id}: ${s.error ?? 'failed'}`).join('; ');
  logger.info(
    redact(
      `refresh: ${document.sources.length - failed.length}/${document.sources.length} sources ok` +
        `${failures ? ` (${failures})` : ''}, ${document.incidents.length} incidents (${active} active), ${now() - started} ms`,
    ),
  );
  return { sources, published: { document, refreshedAt: started }, lastRefreshFailed: failed.length === document.sources.length };
}

export interface PollerOptions extends RefreshSettings {
  intervalMs: number;
  /** How long a request waits for a refresh when an older document can be served instead. */
  maxWaitMs: number;
  store?: StateStore<AggregatorState>;
}

/** What the HTTP layer needs from whatever keeps the document (the Node poller, or the Durable Object). */
export interface DocumentSource {
  /** The document (refreshed first if due, where the source does that). Undefined only before the first refresh. */
  current(): Promise<Served | undefined>;
  /** The document for /healthz: never more refreshes than `current` (the Durable Object never refreshes for it). */
  peek(): Promise<Served | undefined>;
}

/** A document as served: its exact body, serialised once. */
export interface Served {
  body: string;
  document: StatusDocument;
  refreshedAt: number;
  lastRefreshFailed: boolean;
}

export interface Poller extends DocumentSource {
  /** Refreshes now (joining a refresh already in flight). */
  refresh(): Promise<void>;
  /** Upstream reads started so far, per upstream id (for tests and the load figures). */
  readonly polls: ReadonlyMap<string, number>;
}

/** If a refresh itself broke (not an upstream: the aggregation), try again sooner than a whole interval. */
const BROKEN_RETRY_MS = 30_000;

export function servedOf(state: AggregatorState): Served | undefined {
  if (!state.published) return undefined;
  const { document, refreshedAt } = state.published;
  return { body: JSON.stringify(document), document, refreshedAt, lastRefreshFailed: !!state.lastRefreshFailed };
}

export function createPoller(upstreams: readonly Upstream[], options: PollerOptions): Poller {
  const { intervalMs, maxWaitMs, now, logger, redact } = options;
  const store = options.store ?? memoryStore<AggregatorState>();
  const polls = new Map<string, number>(upstreams.map((u) => [u.id, 0]));
  let served: Served | undefined;
  let loaded = false;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let inflight: Promise<void> | undefined;

  async function refreshNow(): Promise<void> {
    const started = now();
    lastAttemptAt = started;
    const prior = (await store.load()) ?? { sources: {} };
    const next = await refreshDocument(upstreams, prior, {
      ...options,
      onRead: (id) => {
        polls.set(id, (polls.get(id) ?? 0) + 1);
        options.onRead?.(id);
      },
    });
    if (next.published === prior.published) lastAttemptAt = started - intervalMs + BROKEN_RETRY_MS;
    await store.save(next);
    served = servedOf(next);
  }

  function refresh(): Promise<void> {
    inflight ??= refreshNow()
      .catch((e: unknown) => logger.warn(`refresh failed: ${redact(errorText(e)).slice(0, 300)}`))
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  async function current(): Promise<Served | undefined> {
    if (!loaded) {
      loaded = true;
      const saved = await store.load();
      if (saved) {
        served = servedOf(saved);
        if (served) lastAttemptAt = served.refreshedAt;
      }
    }
    const due = now() - lastAttemptAt >= (served ? intervalMs : Math.min(intervalMs, BROKEN_RETRY_MS));
    const running = due ? refresh() : inflight;
    if (running) {
      if (!served) {
        await running;
      } else {
        // An older document is there: wait a little for the new one, but never past the client's patience.
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([running, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
        clearTimeout(timer);
      }
    }
    return served;
  }

  // Node has no timer: requests drive the schedule, /healthz included (single-flight, at most one refresh
  // per interval, and per 30 s while there is no document), so a health check alone keeps it fresh.
  return { current, peek: current, refresh, polls };
}
