/**
 * Fetching one status body with the guards every source needs: a timeout, a size cap, a Content-Type
 * gate and conditional requests. Web-standard APIs only (fetch is passed in), so the worker and the
 * aggregator service share it.
 */
/** What a source's body is: the Content-Type gate and the parser go by it. */
export type BodyKind = 'xml' | 'json';

const CONTENT_TYPES: Record<BodyKind, RegExp> = {
  json: /^application\/([a-z.+-]*\+)?json\b/i,
  xml: /^(application|text)\/([a-z.+-]*\+)?xml\b/i,
};

/** Gate on Content-Type before parsing: some paths (and every captive portal) answer 200 with HTML. */
export function contentTypeMatches(kind: BodyKind, contentType: string | null): boolean {
  return contentType !== null && CONTENT_TYPES[kind].test(contentType.trim());
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome = { kind: 'fresh'; body: string; validators: Validators } | { kind: 'not-modified' };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024 };

export interface FetchOptions {
  limits?: FetchLimits;
  /** Extra request headers (an aggregator's bearer token, Graph's). */
  headers?: Record<string, string>;
  /**
   * `manual`: a redirect is a failure, never followed (the aggregator's fetches, and the extension's fetch
   * of an aggregator, which carries a token). Public feeds read by the extension follow redirects.
   */
  redirect?: 'follow' | 'manual';
  /** Aborts the read from outside (a refresh's overall deadline). */
  signal?: AbortSignal;
}

/** A failure with a message fit to show people ("timed out after 10 s", "answered 503"). */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
}

/** Every body any source sends is read through this one streamed cap: a declared or actual excess stops the read. */
export async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchFailure(`response too large (${declared} bytes)`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure(`response too large (over ${maxBytes} bytes)`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** A 3xx (or a browser's opaque redirect) is refused: a redirect could lead anywhere, http included. */
function isRedirect(res: Response): boolean {
  return res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304);
}

export async function fetchBody(
  fetchFn: typeof fetch,
  url: string,
  kind: BodyKind,
  validators: Validators,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const request: Record<string, string> = {
    accept: kind === 'json' ? 'application/json' : 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8',
    ...options.headers,
  };
  if (validators.etag) request['if-none-match'] = validators.etag;
  if (validators.lastModified) request['if-modified-since'] = validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const outer = options.signal;
  const abortFromOutside = () => controller.abort();
  outer?.addEventListener('abort', abortFromOutside);
  try {
    if (outer?.aborted) throw new FetchFailure('stopped: the refresh deadline passed');
    const res = await fetchFn(url, {
      headers: request,
      credentials: 'omit',
      cache: 'no-cache',
      redirect: options.redirect ?? 'follow',
      signal: controller.signal,
    });
    if (res.status === 304) return { kind: 'not-modified' };
    if (isRedirect(res)) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`answered a redirect${res.status ? ` (HTTP ${res.status})` : ''}, which is not followed`);
    }
    if (!res.ok) throw new FetchFailure(`answered HTTP ${res.status}`);
    const type = res.headers.get('content-type');
    if (!contentTypeMatches(kind, type)) {
      throw new FetchFailure(
        `answered ${type?.split(';')[0] || 'an unknown type'} instead of ${kind.toUpperCase()} (a login page or proxy?)`,
      );
    }
    const body = await readCapped(res, limits.maxBytes);
    const next: Validators = {};
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag) next.etag = etag;
    if (lastModified) next.lastModified = lastModified;
    return { kind: 'fresh', body, validators: next };
  } catch (e) {
    if (e instanceof FetchFailure) throw e;
    if (outer?.aborted) throw new FetchFailure('stopped: the refresh deadline passed');
    if (controller.signal.aborted) throw new FetchFailure(`timed out after ${Math.round(limits.timeoutMs / 1000)} s`);
    throw new FetchFailure(`could not connect (${(e as Error).message || 'network error'})`);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abortFromOutside);
  }
}
