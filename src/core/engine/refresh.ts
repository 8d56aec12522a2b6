/**
 * The one source-refresh engine, shared by the extension worker, the organisation aggregator (Node and the
 * Durable Object) and the options page's "test this source": what is remembered about a source between
 * reads, the pure step from a read's result to the next remembered state, and the read itself with the
 * guards every caller needs (backoff, a deadline, error classification). Web-standard APIs only.
 */
import { backoffDelayMs, BACKOFF_MAX_MS, longestBackoff } from './backoff';
import { fetchBody, FetchFailure, type FetchOptions, type Validators } from './fetch-body';
import type { SourceDefinition } from './sources';
import { SourceFormatError, type ParsedSource } from './sources/types';

/** What is remembered about one source between reads (and between worker or object lifetimes). */
export interface SourceState {
  /** The address the validators and data belong to; a different address starts over. */
  url: string;
  validators: Validators;
  /** When data was last fetched or confirmed unchanged (HTTP 304). */
  fetchedAt?: string;
  /** The last data understood; kept through failures so the last good incidents stay visible. */
  result?: ParsedSource;
  error?: string;
  /** Consecutive failed reads. */
  failures: number;
  /** While backing off, scheduled reads skip the source until this time (ms since the epoch). */
  nextAttemptAt?: number;
}

export type SourceStates = Record<string, SourceState>;

/** What one read of a source gave. */
export type ReadResult = { kind: 'fresh'; result: ParsedSource; validators: Validators } | { kind: 'not-modified' };

/** What happened to a source in one cycle, as the step takes it. */
export type ReadEvent =
  | ReadResult
  /** `expected`: a failure the source can cause (HTTP error, bad body); anything else is a surprise. */
  | { kind: 'failed'; error: string; expected: boolean }
  | { kind: 'offline' };

/** A source as the document names it. */
export interface SourceRef {
  id: string;
  url: string;
  /** Data whose own build stamp (`asOf`) is older than this is not trusted. */
  maxAgeMinutes?: number;
}

/** Something that can be read: a public feed, an aggregator, Graph. */
export interface Upstream extends SourceRef {
  read(validators: Validators, at: string, signal: AbortSignal): Promise<ReadResult>;
}

/** Where source states live: chrome.storage for the worker, memory on Node, a Durable Object's storage on Workers. */
export interface StateStore<T> {
  load(): Promise<T | undefined>;
  save(value: T): Promise<void>;
}

export function memoryStore<T>(initial?: T): StateStore<T> {
  let value = initial;
  return {
    load: async () => value,
    save: async (next) => {
      value = next;
    },
  };
}

/** Error messages are shown to people and stored: short. */
const MAX_ERROR_LENGTH = 300;

export function freshState(url: string): SourceState {
  return { url, validators: {}, failures: 0 };
}

/**
 * A remembered state as it may be used now: one for another address starts over, and a backoff time
 * further ahead than the longest backoff (a damaged store, a clock that jumped back) is pulled in, so a
 * source is never silenced for longer than that.
 */
export function usableState(stored: SourceState | undefined, url: string, nowMs: number, longestBackoffMs = BACKOFF_MAX_MS): SourceState {
  if (!stored || stored.url !== url) return freshState(url);
  const longest = longestBackoff(longestBackoffMs);
  if (stored.nextAttemptAt !== undefined && stored.nextAttemptAt > nowMs + longest) {
    return { ...stored, nextAttemptAt: nowMs + longest };
  }
  return stored;
}

/** Whether a scheduled read should happen now (a forced read always does). */
export function isDue(state: SourceState, nowMs: number): boolean {
  return state.nextAttemptAt === undefined || state.nextAttemptAt <= nowMs;
}

/** The pure step: the state after one cycle's event. */
export function nextState(prior: SourceState, event: ReadEvent, nowMs: number, longestBackoffMs = BACKOFF_MAX_MS): SourceState {
  const at = new Date(nowMs).toISOString();
  switch (event.kind) {
    case 'fresh':
      return { url: prior.url, validators: event.validators, fetchedAt: at, result: event.result, failures: 0 };
    case 'not-modified':
      if (!prior.result) {
        return nextState(prior, { kind: 'failed', error: 'answered 304 but nothing is cached', expected: false }, nowMs, longestBackoffMs);
      }
      return { url: prior.url, validators: prior.validators, fetchedAt: at, result: prior.result, failures: 0 };
    case 'offline':
      return { ...prior, error: 'offline' };
    case 'failed': {
      const failures = prior.failures + 1;
      // Keep the last good result and when it was fetched: aggregate() shows it for an hour, marked failed.
      // After a surprise, ask for the whole body next time rather than trusting what is cached.
      return {
        ...prior,
        validators: event.expected ? prior.validators : {},
        error: event.error.slice(0, MAX_ERROR_LENGTH),
        failures,
        nextAttemptAt: nowMs + backoffDelayMs(failures, longestBackoffMs),
      };
    }
  }
}

/** Failures a source can cause, whose messages are fit to show as they are. */
export function isExpectedFailure(e: unknown): e is Error {
  return e instanceof FetchFailure || e instanceof SourceFormatError;
}

export function failureOf(e: unknown): ReadEvent & { kind: 'failed' } {
  if (isExpectedFailure(e)) return { kind: 'failed', error: e.message, expected: true };
  return { kind: 'failed', error: `unexpected error: ${String((e as Error)?.message ?? e)}`, expected: false };
}

export interface RefreshOptions {
  now: () => number;
  /** Read even while backing off (a person asked, or the caller has its own schedule). */
  force?: boolean;
  /** The whole read must end by then (ms since the epoch); a read still going is abandoned as failed. */
  deadline?: number;
  /** Scrubs secrets from error text before it is remembered. */
  redact?: (text: string) => string;
  /**
   * The longest a failing source waits (at most BACKOFF_MAX_MS). The extension passes its check interval: a
   * wait beyond it would spare nobody (a healthy source is read that often) and would keep the icon grey long
   * after a captive portal, a dead VPN or Microsoft's own status site has come back.
   */
  longestBackoffMs?: number;
}

/** Reads one upstream (unless it is backing off) and returns its next state. Never throws. */
export async function refreshSource(upstream: Upstream, stored: SourceState | undefined, options: RefreshOptions): Promise<SourceState> {
  const startMs = options.now();
  const prior = usableState(stored, upstream.url, startMs, options.longestBackoffMs);
  if (!options.force && !isDue(prior, startMs)) return prior;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let event: ReadEvent;
  try {
    const read = upstream.read(prior.validators, new Date(startMs).toISOString(), controller.signal);
    if (options.deadline === undefined) {
      event = await read;
    } else {
      const deadline = options.deadline;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => {
            // Settled first, so the race ends with this failure rather than with the aborted read's.
            reject(new FetchFailure('did not answer before the refresh deadline'));
            controller.abort();
          },
          Math.max(0, deadline - startMs),
        );
      });
      read.catch(() => undefined);
      event = await Promise.race([read, late]);
    }
  } catch (e) {
    const failure = failureOf(e);
    event = options.redact ? { ...failure, error: options.redact(failure.error) } : failure;
  } finally {
    clearTimeout(timer);
  }
  return nextState(prior, event, startMs, options.longestBackoffMs);
}

/** Every upstream's next state, read side by side (none read while offline: each keeps its data and says so). */
export async function refreshAll(
  upstreams: readonly Upstream[],
  stored: Readonly<SourceStates>,
  options: RefreshOptions & { offline?: boolean },
): Promise<SourceStates> {
  const next: SourceStates = {};
  await Promise.all(
    upstreams.map(async (u) => {
      next[u.id] = options.offline
        ? nextState(usableState(stored[u.id], u.url, options.now(), options.longestBackoffMs), { kind: 'offline' }, options.now())
        : await refreshSource(u, stored[u.id], options);
    }),
  );
  return next;
}

/** A built-in or configured source read with the shared fetch guards and its own adapter. */
export function sourceUpstream(
  def: SourceDefinition,
  fetchFn: typeof fetch,
  options: Omit<FetchOptions, 'signal' | 'headers'> = {},
): Upstream {
  const readAt = async (
    url: string,
    validators: Validators,
    headers: Record<string, string>,
    at: string,
    signal: AbortSignal,
  ): Promise<ReadResult> => {
    const outcome = await fetchBody(fetchFn, url, def.kind, validators, {
      ...options,
      ...(def.redirect ? { redirect: def.redirect } : {}),
      headers,
      signal,
    });
    if (outcome.kind === 'not-modified') return outcome;
    return { kind: 'fresh', result: def.parse(outcome.body, at), validators: outcome.validators };
  };
  return {
    id: def.id,
    url: def.url,
    ...(def.maxAgeMinutes !== undefined ? { maxAgeMinutes: def.maxAgeMinutes } : {}),
    async read(validators, at, signal) {
      try {
        return await readAt(def.url, validators, def.headers ?? {}, at, signal);
      } catch (primary) {
        if (!isExpectedFailure(primary) || signal.aborted) throw primary;
        const tried: string[] = [];
        for (const mirror of def.mirrors ?? []) {
          try {
            // A mirror's answer replaces the main address's validators, which were never sent to it.
            const answer = await readAt(mirror, {}, {}, at, signal);
            return answer.kind === 'fresh' ? { ...answer, validators: {} } : answer;
          } catch (e) {
            if (!isExpectedFailure(e) || signal.aborted) throw e;
            tried.push(`${new URL(mirror).host}: ${e.message}`);
          }
        }
        if (tried.length === 0) throw primary;
        throw new FetchFailure(`${primary.message} (also tried ${tried.join('; ')})`);
      }
    },
  };
}
