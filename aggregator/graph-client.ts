/**
 * Microsoft Graph service health with the organisation's app registration (app-only, client credentials).
 * Web-standard APIs only. The client secret and access tokens never appear in an error message: errors
 * carry HTTP statuses and OAuth/Graph error codes, nothing the server echoed back.
 */
import { DEFAULT_LIMITS, fetchBody, FetchFailure, readCapped, type FetchLimits } from '../src/core/engine/fetch-body';
import { GRAPH_ISSUES_PATH } from '../src/core/engine/sources/graph';
import { SourceFormatError } from '../src/core/engine/sources/types';
import type { StateStore } from '../src/core/engine/refresh';
import type { GraphSettings } from './config';

export const DEFAULT_AUTHORITY_URL = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const DEFAULT_MAX_PAGES = 20;
const DEFAULT_TOKEN_MARGIN_SECONDS = 300;
const TOKEN_RESPONSE_MAX_BYTES = 64 * 1024;

/** A failure Graph or Entra caused (an expected failure of the `graph` source, shown as it is). */
export class GraphError extends FetchFailure {
  override name = 'GraphError';
}

export interface GraphClientDeps {
  fetch: typeof fetch;
  now: () => number;
  limits?: FetchLimits;
  /**
   * Where the access token is kept beyond this instance's memory (the Durable Object's storage), so a
   * restarted or re-created object reuses it: one token per token lifetime, not one per instance.
   */
  tokenStore?: StateStore<CachedToken>;
}

export interface GraphClient {
  /** Where issues are read (no tenant id or secret in it): shown as the source's url. */
  readonly issuesUrl: string;
  /** Every page of `GET /v1.0/admin/serviceAnnouncement/issues`, JSON-parsed, following `@odata.nextLink`; `signal` stops the walk. */
  fetchIssuePages(signal?: AbortSignal): Promise<unknown[]>;
  /** The client secret and the current access token, for redaction. */
  secrets(): string[];
  /** When the cached access token will be replaced (ms since epoch), if one is cached. */
  tokenRefreshAt(): number | undefined;
}

export interface CachedToken {
  value: string;
  refreshAt: number;
}

/** A token read back from storage is used only if it still looks like one. */
function isCachedToken(v: unknown): v is CachedToken {
  const t = v as CachedToken | undefined;
  return (
    typeof t?.value === 'string' &&
    /^[\x21-\x7e]{10,16384}$/.test(t.value) &&
    typeof t.refreshAt === 'number' &&
    Number.isFinite(t.refreshAt)
  );
}

/** OAuth error codes are short snake_case words; AADSTS numbers say exactly what went wrong. */
function oauthError(body: string): string {
  try {
    const data = JSON.parse(body) as { error?: unknown; error_description?: unknown; error_codes?: unknown };
    const code = typeof data.error === 'string' && /^[a-z_]{1,40}$/.test(data.error) ? data.error : '';
    const desc = typeof data.error_description === 'string' ? data.error_description : '';
    const aadsts = /\bAADSTS\d{4,8}\b/.exec(desc)?.[0] ?? '';
    return [code, aadsts].filter(Boolean).join(', ');
  } catch {
    return '';
  }
}

const TOKEN_HINTS: Record<string, string> = {
  invalid_client: 'the client id or secret is wrong, or the secret has expired',
  unauthorized_client: 'the app registration is not enabled for this tenant',
  invalid_request: 'check the tenant id',
  invalid_scope: 'the scope was refused',
};

function hintFor(status: number): string {
  if (status === 401) return 'the access token was refused';
  if (status === 403) return 'the app needs the ServiceHealth.Read.All application permission with admin consent';
  if (status === 429) return 'Graph is throttling requests';
  return '';
}

/** The token response through the same streamed cap as every other body. */
async function readSmall(res: Response): Promise<string> {
  try {
    return await readCapped(res, TOKEN_RESPONSE_MAX_BYTES);
  } catch (e) {
    throw e instanceof FetchFailure ? new GraphError('token response too large') : e;
  }
}

function isRedirect(res: Response): boolean {
  return res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400);
}

export function createGraphClient(settings: GraphSettings, deps: GraphClientDeps): GraphClient {
  const authority = (settings.authorityUrl ?? DEFAULT_AUTHORITY_URL).replace(/\/+$/, '');
  const graphRoot = (settings.graphUrl ?? DEFAULT_GRAPH_URL).replace(/\/+$/, '');
  const tokenUrl = `${authority}/${encodeURIComponent(settings.tenantId)}/oauth2/v2.0/token`;
  const issuesUrl = `${graphRoot}${GRAPH_ISSUES_PATH}`;
  const graphOrigin = new URL(graphRoot).origin;
  const maxPages = settings.maxPages ?? DEFAULT_MAX_PAGES;
  const marginMs = (settings.tokenMarginSeconds ?? DEFAULT_TOKEN_MARGIN_SECONDS) * 1000;
  const limits = deps.limits ?? DEFAULT_LIMITS;
  // Called detached, never as deps.fetch(...): some runtimes reject fetch with a foreign `this`.
  const fetchFn = deps.fetch;

  let cached: CachedToken | undefined;
  /** The last few tokens issued: a replaced token is still redacted from anything logged late. */
  const issued: string[] = [];
  let pending: Promise<string> | undefined;

  async function requestToken(signal?: AbortSignal): Promise<string> {
    const form = new URLSearchParams({
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      scope: GRAPH_SCOPE,
      grant_type: 'client_credentials',
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop);
    const requestedAt = deps.now();
    let res: Response;
    let text: string;
    try {
      res = await fetchFn(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        credentials: 'omit',
        // Workers refuse 'error'; 'manual' and a refusal below work everywhere.
        redirect: 'manual',
        signal: controller.signal,
      });
      if (isRedirect(res)) {
        await res.body?.cancel().catch(() => undefined);
        throw new GraphError(`token request answered a redirect${res.status ? ` (HTTP ${res.status})` : ''}, which is not followed`);
      }
      text = await readSmall(res);
    } catch (e) {
      if (e instanceof GraphError) throw e;
      throw new GraphError(controller.signal.aborted ? 'token request timed out' : 'token request could not connect');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    if (!res.ok) {
      const codes = oauthError(text);
      const hint = TOKEN_HINTS[codes.split(',')[0] ?? ''] ?? '';
      throw new GraphError(`token request answered HTTP ${res.status}${codes ? ` (${codes})` : ''}${hint ? `: ${hint}` : ''}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new GraphError('token response is not JSON');
    }
    // `null`, a list or a bare value is JSON too (found by the fuzz suite).
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new GraphError('token response is not a JSON object');
    const data = parsed as { access_token?: unknown; expires_in?: unknown; token_type?: unknown };
    const token = data.access_token;
    // A token goes into a header: printable ASCII only, so a broken response cannot inject header lines.
    if (typeof token !== 'string' || !/^[\x21-\x7e]{10,16384}$/.test(token))
      throw new GraphError('token response has no usable access_token');
    if (typeof data.token_type === 'string' && data.token_type.toLowerCase() !== 'bearer')
      throw new GraphError('token response is not a bearer token');
    const expiresIn = Number(data.expires_in);
    if (!Number.isFinite(expiresIn) || expiresIn <= 0) throw new GraphError('token response has no usable expires_in');
    const lifetimeMs = expiresIn * 1000;
    cached = { value: token, refreshAt: requestedAt + lifetimeMs - Math.min(marginMs, lifetimeMs / 2) };
    remember(token);
    await deps.tokenStore?.save(cached);
    return token;
  }

  function remember(token: string): void {
    issued.unshift(token);
    issued.length = Math.min(issued.length, 3);
  }

  let storeRead = !deps.tokenStore;

  /** The cached token while it is comfortably valid; otherwise one new request, shared by concurrent callers. */
  async function accessToken(signal?: AbortSignal): Promise<string> {
    if (!cached && !storeRead) {
      storeRead = true;
      const stored = await deps.tokenStore!.load();
      if (isCachedToken(stored)) {
        cached = stored;
        remember(stored.value);
      }
    }
    if (cached && deps.now() < cached.refreshAt) return cached.value;
    pending ??= requestToken(signal).finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function getPage(url: string, token: string, signal?: AbortSignal): Promise<{ status: number; body?: string }> {
    let status = 0;
    const watching: typeof fetch = async (input, init) => {
      const res = await fetchFn(input, init);
      status = res.status;
      return res;
    };
    try {
      const outcome = await fetchBody(
        watching,
        url,
        'json',
        {},
        {
          limits,
          headers: { authorization: `Bearer ${token}` },
          redirect: 'manual',
          ...(signal ? { signal } : {}),
        },
      );
      if (outcome.kind !== 'fresh') throw new GraphError('Graph answered 304 to an unconditional request');
      return { status, body: outcome.body };
    } catch (e) {
      if (e instanceof FetchFailure && status === 401) return { status };
      if (e instanceof FetchFailure && !(e instanceof GraphError)) {
        const hint = status ? hintFor(status) : '';
        throw new GraphError(`Graph ${e.message}${hint ? `: ${hint}` : ''}`);
      }
      throw e;
    }
  }

  async function fetchIssuePages(signal?: AbortSignal): Promise<unknown[]> {
    const pages: unknown[] = [];
    const seen = new Set<string>();
    let next: string | undefined = issuesUrl;
    let retried = false;
    while (next) {
      if (pages.length >= maxPages) throw new GraphError(`more than ${maxPages} pages of issues; raise the page limit`);
      if (seen.has(next)) throw new GraphError('Graph paging loops back on itself');
      if (signal?.aborted) throw new GraphError('stopped: the refresh deadline passed');
      const token = await accessToken(signal);
      const page = await getPage(next, token, signal);
      if (page.body === undefined) {
        // 401: the token was revoked or the clock is off. One new token, one retry.
        if (retried) throw new GraphError(`Graph answered HTTP 401: ${hintFor(401)}`);
        retried = true;
        cached = undefined;
        continue;
      }
      seen.add(next);
      let data: unknown;
      try {
        data = JSON.parse(page.body);
      } catch {
        throw new SourceFormatError('a page of issues is not valid JSON');
      }
      pages.push(data);
      const link = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['@odata.nextLink'] : undefined;
      next = undefined;
      if (link === undefined || link === null) break;
      if (typeof link !== 'string') throw new SourceFormatError('@odata.nextLink is not text');
      let nextUrl: URL;
      try {
        nextUrl = new URL(link, issuesUrl);
      } catch {
        throw new SourceFormatError('@odata.nextLink is not a URL');
      }
      // The bearer token goes only to Graph itself.
      if (nextUrl.origin !== graphOrigin) throw new GraphError('@odata.nextLink points away from Graph; not followed');
      next = nextUrl.href;
    }
    return pages;
  }

  return {
    issuesUrl,
    fetchIssuePages,
    secrets: () => [settings.clientSecret, ...issued],
    tokenRefreshAt: () => cached?.refreshAt,
  };
}
