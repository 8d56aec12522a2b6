/**
 * Upstream polling that scales with clients, not with requests: at most one refresh per interval,
 * however many clients ask, and every request that finds the document due joins the one refresh in
 * flight. Memory is bounded: one document plus each source's validators and last good result.
 */
import { aggregate, outcomeOf } from '../src/core/aggregate';
import { DEFAULT_LIMITS, fetchBody, FetchFailure, type FetchLimits, type Validators } from '../src/core/fetch-body';
import type { StatusDocument } from '../src/core/model';
import type { SourceDefinition } from '../src/core/sources';
import { parseGraphIssues, unknownStatuses } from '../src/core/sources/graph';
import { SourceFormatError, type ParsedSource } from '../src/core/sources/types';
import { GraphError, type GraphClient } from './graph-client';

export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export type PollResult = { kind: 'fresh'; result: ParsedSource; validators?: Validators } | { kind: 'not-modified' };

/** One thing the aggregator reads. */
export interface Upstream {
  id: string;
  url: string;
  maxAgeMinutes?: number;
  poll(validators: Validators, at: string): Promise<PollResult>;
}

interface UpstreamState {
  validators: Validators;
  /** When `result` was last fetched or confirmed unchanged. */
  fetchedAt?: string;
  result?: ParsedSource;
  error?: string;
}

/** A public source: conditional GET with the stored validators, then the source's own adapter. */
export function publicUpstream(def: SourceDefinition, fetchFn: typeof fetch, limits: FetchLimits = DEFAULT_LIMITS): Upstream {
  return {
    id: def.id,
    url: def.url,
    ...(def.maxAgeMinutes !== undefined ? { maxAgeMinutes: def.maxAgeMinutes } : {}),
    async poll(validators, at) {
      const outcome = await fetchBody(fetchFn, def.url, def.kind, validators, limits, def.headers ?? {});
      if (outcome.kind === 'not-modified') return outcome;
      return { kind: 'fresh', result: def.parse(outcome.body, at), validators: outcome.validators };
    },
  };
}

export const GRAPH_UPSTREAM_ID = 'graph';

/** The tenant's service health issues, every page per refresh (Graph offers no validators for them). */
export function graphUpstream(client: GraphClient, logger: Logger): Upstream {
  return {
    id: GRAPH_UPSTREAM_ID,
    url: client.issuesUrl,
    async poll(_validators, at) {
      const pages = await client.fetchIssuePages();
      const unknown = unknownStatuses(pages);
      if (unknown.length > 0) logger.warn(`graph: status values this version does not know, read as degraded: ${unknown.join(', ')}`);
      return { kind: 'fresh', result: parseGraphIssues(pages, at) };
    },
  };
}

export interface PollerOptions {
  intervalMs: number;
  /** How long a request waits for a refresh when an older document can be served instead. */
  maxWaitMs: number;
  now: () => number;
  logger: Logger;
  /** Scrubs secrets from any text that is logged or served. */
  redact: (text: string) => string;
}

/** The current document, serialised once per refresh. */
export interface Published {
  document: StatusDocument;
  body: string;
  /** When the refresh that built it started (ms); its age decides when the next one is due. */
  refreshedAt: number;
  /** Bumped on every refresh, so per-request views can be cached against it. */
  version: number;
}

export interface Poller {
  /** The document, refreshed first if it is due. Undefined only before the first refresh ever succeeded. */
  current(): Promise<Published | undefined>;
  /** Refreshes now (joining a refresh already in flight). */
  refresh(): Promise<void>;
  /** Upstream reads started so far, per upstream id (for tests and the load figures). */
  readonly polls: ReadonlyMap<string, number>;
}

/** If a refresh itself broke (not an upstream: the aggregation), try again sooner than a whole interval. */
const BROKEN_RETRY_MS = 30_000;

function describe(e: unknown): string {
  if (e instanceof FetchFailure || e instanceof SourceFormatError || e instanceof GraphError) return e.message;
  return `unexpected error: ${String((e as Error)?.message ?? e)}`;
}

export function createPoller(upstreams: readonly Upstream[], options: PollerOptions): Poller {
  const { intervalMs, maxWaitMs, now, logger, redact } = options;
  const states = new Map<string, UpstreamState>(upstreams.map((u) => [u.id, { validators: {} }]));
  const polls = new Map<string, number>(upstreams.map((u) => [u.id, 0]));
  let published: Published | undefined;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let inflight: Promise<void> | undefined;
  let version = 0;

  async function pollOne(u: Upstream, at: string): Promise<void> {
    const prev = states.get(u.id) ?? { validators: {} };
    polls.set(u.id, (polls.get(u.id) ?? 0) + 1);
    try {
      const out = await u.poll(prev.validators, at);
      if (out.kind === 'not-modified') {
        if (!prev.result) {
          states.set(u.id, { validators: {}, error: 'answered 304 but nothing is cached' });
          return;
        }
        states.set(u.id, { validators: prev.validators, fetchedAt: at, result: prev.result });
        return;
      }
      states.set(u.id, { validators: out.validators ?? {}, fetchedAt: at, result: out.result });
    } catch (e) {
      // Keep the last good result and when it was fetched: aggregate() shows it for an hour, marked failed.
      states.set(u.id, { ...prev, error: redact(describe(e)).slice(0, 300) });
    }
  }

  async function refreshNow(): Promise<void> {
    const started = now();
    lastAttemptAt = started;
    const at = new Date(started).toISOString();
    await Promise.all(upstreams.map((u) => pollOne(u, at)));
    const outcomes = upstreams.map((u) => outcomeOf(u, states.get(u.id)!));
    let document: StatusDocument;
    try {
      document = aggregate(outcomes, new Date(now()).toISOString(), published?.document);
    } catch (e) {
      lastAttemptAt = started - intervalMs + BROKEN_RETRY_MS;
      logger.warn(`refresh failed, still serving the previous document: ${redact(describe(e)).slice(0, 300)}`);
      return;
    }
    version++;
    published = { document, body: JSON.stringify(document), refreshedAt: started, version };
    const failed = document.sources.filter((s) => !s.ok);
    const active = document.incidents.filter((i) => i.phase !== 'resolved').length;
    const failures = failed.map((s) => `${s.id}: ${s.error ?? 'failed'}`).join('; ');
    logger.info(
      redact(
        `refresh: ${document.sources.length - failed.length}/${document.sources.length} sources ok` +
          `${failures ? ` (${failures})` : ''}, ${document.incidents.length} incidents (${active} active), ${now() - started} ms`,
      ),
    );
  }

  function refresh(): Promise<void> {
    inflight ??= refreshNow()
      .catch((e: unknown) => logger.warn(`refresh failed: ${redact(describe(e)).slice(0, 300)}`))
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  async function current(): Promise<Published | undefined> {
    const due = now() - lastAttemptAt >= (published ? intervalMs : Math.min(intervalMs, BROKEN_RETRY_MS));
    const running = due ? refresh() : inflight;
    if (running) {
      if (!published) {
        await running;
      } else {
        // An older document is there: wait a little for the new one, but never past the client's patience.
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([running, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
        clearTimeout(timer);
      }
    }
    return published;
  }

  return { current, refresh, polls };
}
