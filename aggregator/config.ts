/**
 * The aggregator's configuration, and reading it from a plain record of environment variables.
 * Pure: nothing here touches `process`; the Node entry passes `process.env`, an edge runtime its `env`.
 * Error messages name variables, never their values.
 */
import type { FetchLimits } from '../src/core/engine/fetch-body';
import { httpsOrLocal } from '../src/core/engine/links';
import { PUBLIC_SOURCES, type SourceDefinition } from '../src/core/engine/sources';
import { DEFAULT_CROWD_LIMITS, DEFAULT_K } from '../src/core/engine/crowd-counters';
import { networksOverlap, parseTrustedProxies, TrustedProxiesError } from './client-address';
import { type CrowdConfig, NetworkMapError, parseNetworks } from './crowd';

export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Entra ID authority; tokens come from `<authorityUrl>/<tenantId>/oauth2/v2.0/token`. */
  authorityUrl?: string;
  /** Microsoft Graph root; issues come from `<graphUrl>/v1.0/admin/serviceAnnouncement/issues`. */
  graphUrl?: string;
  /** At most this many `@odata.nextLink` pages per refresh (default 20, 100 issues each). */
  maxPages?: number;
  /** Refresh the access token this long before it expires (default 300 s, at most half its lifetime). */
  tokenMarginSeconds?: number;
}

export interface AggregatorConfig {
  /** How often upstreams are read, however many clients ask (default 300 s). */
  intervalSeconds?: number;
  /** `stale-while-revalidate` for clients and caches (default: one interval). */
  staleWhileRevalidateSeconds?: number;
  /** When set, `/v1/status` needs `Authorization: Bearer <token>` and responses are private. */
  token?: string;
  /** Origins allowed to read responses cross-origin, e.g. `chrome-extension://<id>`. No wildcard. */
  allowedOrigins?: readonly string[];
  /** Public sources to read (default: all of PUBLIC_SOURCES). */
  sources?: readonly SourceDefinition[];
  /** The tenant's service health from Microsoft Graph; off when absent. */
  graph?: GraphSettings;
  /** A request that finds the document due waits at most this long for the refresh, when an older document exists (default 4 s). */
  maxWaitMs?: number;
  /** A whole refresh ends by this long after it starts, however slow the upstreams (default 25 s). */
  refreshDeadlineMs?: number;
  fetchLimits?: FetchLimits;
  /** Counting the browsers' Outlook reports (POST /v1/probes): only ever with a token. */
  crowd?: CrowdConfig;
}

/** A configured source address longer than this is refused: no upstream needs more. */
export const MAX_SOURCE_URL_LENGTH = 2048;

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_INTERVAL_SECONDS = 300;
export const MIN_INTERVAL_SECONDS = 30;
/**
 * The extension distrusts an aggregator document whose generatedAt is over 30 minutes old
 * (aggregatorSource maxAgeMinutes), so the document must be rebuilt well within that.
 */
export const MAX_INTERVAL_SECONDS = 900;
/** Shorter tokens are too easy to guess. */
export const MIN_TOKEN_LENGTH = 16;
/** A token must carry at least this much guessing work (length × bits per character of the classes it uses). */
export const MIN_TOKEN_BITS = 96;
const MIN_TOKEN_DISTINCT = 8;
export const DEFAULT_REFRESH_DEADLINE_SECONDS = 25;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface ServerSettings {
  port: number;
  host: string;
  config: AggregatorConfig;
  /**
   * AGGREGATOR_TRUSTED_PROXIES (Node, Deno): the reverse proxies in front, whose `X-Forwarded-For` is read
   * for the client's address; none by default (the socket's address is the client's).
   */
  trustedProxies: readonly string[];
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function list(env: Env, name: string): string[] {
  return (value(env, name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Digits only: `1e2`, `0x40`, `60.0` and `+60` are refused rather than read as something unintended. */
function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = /^[0-9]{1,7}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Rough guessing work in bits: the token's length times log2 of the character classes it draws from. */
export function tokenBits(token: string): number {
  const classes: [RegExp, number][] = [
    [/[a-z]/, 26],
    [/[A-Z]/, 26],
    [/[0-9]/, 10],
    [/[^a-zA-Z0-9]/, 32],
  ];
  const pool = classes.reduce((sum, [re, size]) => sum + (re.test(token) ? size : 0), 0);
  return token.length * Math.log2(Math.max(pool, 1));
}

/** A listening address: an IP literal or a host name, nothing a URL or a shell would read differently. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[?[0-9A-Fa-f:.]{2,45}\]?)$/;

/** The extension's rule for where a source may be (core/engine/links.ts), any loopback name, and a base: no query or fragment to append paths to. */
export function isAllowedUpstreamBase(raw: string): boolean {
  const url = httpsOrLocal(raw, ['127.0.0.1', 'localhost', '[::1]']);
  return url !== undefined && !url.search && !url.hash;
}

function baseUrl(env: Env, name: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!isAllowedUpstreamBase(raw)) throw new ConfigError(`${name} must be an https URL (http only for 127.0.0.1/localhost)`);
  return raw.replace(/\/+$/, '');
}

/** A browser origin: scheme://host[:port], nothing else. Extension origins are `chrome-extension://<id>`. */
export function normaliseOrigin(raw: string): string | undefined {
  const trimmed = raw.trim().replace(/\/+$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s*]+$/i.test(trimmed)) return undefined;
  return trimmed.toLowerCase();
}

/** `AGGREGATOR_SOURCE_URLS=azure-rss=https://mirror.example/feed,m365-admin=https://…`: each public source's address. */
function sourceUrls(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of list(env, 'AGGREGATOR_SOURCE_URLS')) {
    const at = entry.indexOf('=');
    const id = at > 0 ? entry.slice(0, at).trim() : '';
    const url = entry.slice(at + 1).trim();
    if (!PUBLIC_SOURCES.some((s) => s.id === id)) {
      throw new ConfigError(`AGGREGATOR_SOURCE_URLS must list id=url pairs; known ids: ${PUBLIC_SOURCES.map((s) => s.id).join(', ')}`);
    }
    if (url.length > MAX_SOURCE_URL_LENGTH)
      throw new ConfigError(`AGGREGATOR_SOURCE_URLS: ${id} is longer than ${MAX_SOURCE_URL_LENGTH} characters`);
    if (!isAllowedUpstreamBase(url))
      throw new ConfigError(`AGGREGATOR_SOURCE_URLS: ${id} must be an https URL (http only for 127.0.0.1/localhost)`);
    if (out[id]) throw new ConfigError(`AGGREGATOR_SOURCE_URLS names ${id} twice`);
    out[id] = url;
  }
  return out;
}

/** Tenant ids are GUIDs or verified domain names (contoso.onmicrosoft.com). */
const TENANT = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,98}[A-Za-z0-9])?$/;

export function configFromEnv(env: Env): ServerSettings {
  const port = integer(env, 'PORT', DEFAULT_PORT, 0, 65535);
  const host = value(env, 'HOST') ?? DEFAULT_HOST;
  if (!HOST.test(host)) throw new ConfigError('HOST must be an IP address or a host name, such as 127.0.0.1 or 0.0.0.0');
  const intervalSeconds = integer(env, 'AGGREGATOR_INTERVAL_SECONDS', DEFAULT_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, MAX_INTERVAL_SECONDS);
  const deadlineSeconds = integer(env, 'AGGREGATOR_REFRESH_DEADLINE_SECONDS', DEFAULT_REFRESH_DEADLINE_SECONDS, 1, 60);

  const config: AggregatorConfig = { intervalSeconds, refreshDeadlineMs: deadlineSeconds * 1000 };

  const token = value(env, 'AGGREGATOR_TOKEN');
  if (token !== undefined) {
    if (token.length < MIN_TOKEN_LENGTH) throw new ConfigError(`AGGREGATOR_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
    if (!/^[\x21-\x7e]+$/.test(token)) throw new ConfigError('AGGREGATOR_TOKEN must be printable ASCII without spaces');
    if (new Set(token).size < MIN_TOKEN_DISTINCT || tokenBits(token) < MIN_TOKEN_BITS) {
      throw new ConfigError('AGGREGATOR_TOKEN is too easy to guess: use a long random value, e.g. `openssl rand -base64 32`');
    }
    config.token = token;
  }

  const origins: string[] = [];
  for (const raw of list(env, 'AGGREGATOR_ALLOWED_ORIGINS')) {
    const origin = normaliseOrigin(raw);
    if (!origin)
      throw new ConfigError('AGGREGATOR_ALLOWED_ORIGINS must list origins such as chrome-extension://<id> (no wildcard, no path)');
    origins.push(origin);
  }
  if (origins.length > 0) config.allowedOrigins = origins;

  const disabled = list(env, 'AGGREGATOR_DISABLED_SOURCES');
  const unknown = disabled.filter((id) => !PUBLIC_SOURCES.some((s) => s.id === id));
  if (unknown.length > 0) {
    throw new ConfigError(`AGGREGATOR_DISABLED_SOURCES names unknown sources; known: ${PUBLIC_SOURCES.map((s) => s.id).join(', ')}`);
  }
  const urls = sourceUrls(env);
  // A configured address replaces Microsoft's, fallbacks included: nothing is read behind the organisation's back.
  config.sources = PUBLIC_SOURCES.filter((s) => !disabled.includes(s.id)).map((s) => {
    const url = urls[s.id];
    if (!url) return s;
    const { mirrors: _mirrors, ...rest } = s;
    return { ...rest, url };
  });

  const tenantId = value(env, 'AGGREGATOR_TENANT_ID');
  const clientId = value(env, 'AGGREGATOR_CLIENT_ID');
  const clientSecret = value(env, 'AGGREGATOR_CLIENT_SECRET');
  const graphVars = { AGGREGATOR_TENANT_ID: tenantId, AGGREGATOR_CLIENT_ID: clientId, AGGREGATOR_CLIENT_SECRET: clientSecret };
  const missing = Object.entries(graphVars)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0 && missing.length < 3) {
    throw new ConfigError(
      `Graph needs all three of AGGREGATOR_TENANT_ID, AGGREGATOR_CLIENT_ID, AGGREGATOR_CLIENT_SECRET; missing: ${missing.join(', ')}`,
    );
  }
  if (tenantId && clientId && clientSecret) {
    if (!TENANT.test(tenantId)) throw new ConfigError('AGGREGATOR_TENANT_ID must be a tenant GUID or domain name');
    const authorityUrl = baseUrl(env, 'AGGREGATOR_AUTHORITY_URL');
    const graphUrl = baseUrl(env, 'AGGREGATOR_GRAPH_URL');
    config.graph = {
      tenantId,
      clientId,
      clientSecret,
      ...(authorityUrl ? { authorityUrl } : {}),
      ...(graphUrl ? { graphUrl } : {}),
      maxPages: integer(env, 'AGGREGATOR_GRAPH_MAX_PAGES', 20, 1, 100),
    };
  }
  if (config.sources.length === 0 && !config.graph)
    throw new ConfigError('every source is disabled and Graph is not configured: nothing to serve');
  // Graph data is the tenant's own: never served to anyone who asks.
  if (config.graph && !config.token) {
    throw new ConfigError("Graph is configured but AGGREGATOR_TOKEN is not: the tenant's incidents would be public. Set AGGREGATOR_TOKEN");
  }
  if (config.token) config.crowd = crowdFromEnv(env);
  let trustedProxies: string[];
  try {
    trustedProxies = parseTrustedProxies(list(env, 'AGGREGATOR_TRUSTED_PROXIES'));
  } catch (e) {
    if (e instanceof TrustedProxiesError) throw new ConfigError(`AGGREGATOR_TRUSTED_PROXIES ${e.message}`);
    throw e;
  }
  const offices = config.crowd?.networks ?? [];
  if (trustedProxies.some((proxy) => offices.some((office) => networksOverlap(proxy, office.cidr)))) {
    throw new ConfigError(
      "AGGREGATOR_TRUSTED_PROXIES overlaps AGGREGATOR_CROWD_NETWORKS: list only the proxies' own addresses, never the offices' networks (a PC there could choose its address)",
    );
  }
  return { port, host, config, trustedProxies };
}

/** The crowd settings; reports are accepted only when a token is configured, so only read then. */
function crowdFromEnv(env: Env): CrowdConfig {
  let networks: CrowdConfig['networks'];
  try {
    networks = parseNetworks(list(env, 'AGGREGATOR_CROWD_NETWORKS'));
  } catch (e) {
    if (e instanceof NetworkMapError) throw new ConfigError(`AGGREGATOR_CROWD_NETWORKS ${e.message}`);
    throw e;
  }
  const perAddress = integer(
    env,
    'AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS',
    DEFAULT_CROWD_LIMITS.maxReportersPerAddress,
    1,
    DEFAULT_CROWD_LIMITS.maxReportersPerSite * 10,
  );
  return {
    k: integer(env, 'AGGREGATOR_CROWD_K', DEFAULT_K, 2, 1000),
    networks,
    limits: { ...DEFAULT_CROWD_LIMITS, maxReportersPerAddress: perAddress, maxReportsPerAddressPerMinute: perAddress * 2 },
    persistSeconds: integer(env, 'AGGREGATOR_CROWD_PERSIST_SECONDS', 60, 1, 60),
  };
}

/** Every configured secret, for redaction: the bearer token and the client secret. */
export function configSecrets(config: AggregatorConfig): string[] {
  return [config.token, config.graph?.clientSecret].filter((s): s is string => !!s);
}

/**
 * Replaces every secret (and its URL-encoded form) in a message. Applied to everything that is logged or
 * served, as a second line of defence: messages are built not to contain secrets in the first place.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
