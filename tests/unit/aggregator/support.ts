/**
 * Test doubles for the aggregator: a fake upstream `fetch` that routes by URL and counts calls, a fake
 * clock, and a logger that captures every line. Nothing here opens a socket.
 */
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import type { Logger } from '../../../aggregator/handler';
import { fixture } from '../../../harness/fixtures';

export const T0 = Date.parse('2023-01-25T08:15:00.000Z');
export const TENANT = 'contoso.onmicrosoft.com';
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
/** Looks like a real Entra client secret; must never show up in logs or bodies. */
export const CLIENT_SECRET = 'Xq8~s3cr3t.V4lu3_ThatMustNeverLeak~abc';
export const BEARER = 'org-bearer-token-0123456789abcdef';
export const TOKEN_URL = `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`;
export const ISSUES_URL = 'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues';

export interface FakeCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

export type Route = (call: FakeCall) => Response | Promise<Response>;

export interface FakeUpstream {
  fetch: typeof fetch;
  calls: FakeCall[];
  routes: Map<string, Route>;
  /** Calls per URL without its query string. */
  count(url: string): number;
  countAll(): number;
}

/** Every URL must have a route: an unexpected upstream is a test failure, never a real request. */
export function fakeUpstream(routes: Record<string, Route> = {}): FakeUpstream {
  const map = new Map(Object.entries(routes));
  const calls: FakeCall[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: FakeCall = {
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    const route = map.get(url) ?? map.get(url.split('?')[0]!);
    if (!route) throw new TypeError(`no fake route for ${url}`);
    return route(call);
  }) as typeof fetch;
  return {
    fetch: fetchFn,
    calls,
    routes: map,
    count: (url) => calls.filter((c) => c.url.split('?')[0] === url).length,
    countAll: () => calls.length,
  };
}

export function body(text: string, type: string, headers: Record<string, string> = {}, status = 200): Response {
  return new Response(text, { status, headers: { 'content-type': type, ...headers } });
}

export const jsonBody = (data: unknown, status = 200, headers: Record<string, string> = {}) =>
  body(JSON.stringify(data), 'application/json; charset=utf-8', headers, status);

/** The four public sources answering with recorded fixtures: an Azure incident in APAC, Outlook.com degraded. */
export function publicRoutes(): Record<string, Route> {
  const files: Record<string, [string, string]> = {
    'azure-rss': ['azure-rss-incident.xml', 'application/rss+xml; charset=utf-8'],
    'm365-consumer': ['m365-consumer-incident.json', 'application/json; charset=utf-8'],
    'azure-summary': ['azure-summary-ok.json', 'application/json; charset=utf-8'],
    'm365-admin': ['mac-ok.json', 'application/json; charset=utf-8'],
  };
  const routes: Record<string, Route> = {};
  for (const def of PUBLIC_SOURCES) {
    const [file, type] = files[def.id]!;
    const text = fixture(file);
    routes[def.url] = () => body(text, type);
  }
  return routes;
}

export interface TokenEndpoint {
  route: Route;
  issued: string[];
}

/** A fake Entra token endpoint: checks the client-credentials form, hands out numbered tokens. */
export function tokenEndpoint(expiresIn = 3599): TokenEndpoint {
  const issued: string[] = [];
  return {
    issued,
    route: (call) => {
      const form = new URLSearchParams(call.body ?? '');
      if (
        call.method !== 'POST' ||
        form.get('grant_type') !== 'client_credentials' ||
        form.get('client_id') !== CLIENT_ID ||
        form.get('client_secret') !== CLIENT_SECRET ||
        form.get('scope') !== 'https://graph.microsoft.com/.default'
      ) {
        return jsonBody({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }, 401);
      }
      const token = `eyJ0eXAiOiJKV1Qi.fake-access-token-${issued.length + 1}.sig`;
      issued.push(token);
      return jsonBody({ token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token });
    },
  };
}

/** Graph issues answering only to a current bearer token. */
export function issuesEndpoint(token: TokenEndpoint, pages: unknown[] = [JSON.parse(fixture('graph-issues.json'))]): Route {
  return (call) => {
    const auth = call.headers.get('authorization') ?? '';
    if (!token.issued.some((t) => auth === `Bearer ${t}`))
      return jsonBody({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } }, 401);
    const skip = Number(new URL(call.url).searchParams.get('$skip') ?? '0');
    return jsonBody(pages[skip] ?? { value: [] });
  };
}

export function graphSettings() {
  return { tenantId: TENANT, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
}

export interface Clock {
  now: () => number;
  advance(seconds: number): void;
  set(ms: number): void;
}

export function fakeClock(start = T0): Clock {
  let t = start;
  return { now: () => t, advance: (s) => (t += s * 1000), set: (ms) => (t = ms) };
}

export interface CapturedLog extends Logger {
  lines: string[];
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(`info ${l}`), warn: (l) => lines.push(`warn ${l}`) };
}

export function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Request {
  return new Request(`http://aggregator.test${path}`, { method, headers });
}
