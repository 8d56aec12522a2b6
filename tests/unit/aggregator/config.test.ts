// @vitest-environment node
import { clientBehindProxies, networksOverlap } from '../../../aggregator/client-address';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, isAllowedUpstreamBase, normaliseOrigin, redact } from '../../../aggregator/config';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import { BEARER, CLIENT_ID, CLIENT_SECRET, TENANT } from './support';

const GRAPH_ENV = { AGGREGATOR_TENANT_ID: TENANT, AGGREGATOR_CLIENT_ID: CLIENT_ID, AGGREGATOR_CLIENT_SECRET: CLIENT_SECRET };

describe('configFromEnv', () => {
  it('defaults to port 8787 on loopback, every public source, a five-minute interval, no Graph, no token', () => {
    const { port, host, config } = configFromEnv({});
    expect({ port, host }).toEqual({ port: 8787, host: '127.0.0.1' });
    expect(config).toEqual({ intervalSeconds: 300, refreshDeadlineMs: 25_000, sources: PUBLIC_SOURCES });
  });

  it('reads Graph, token, origins, interval and disabled sources', () => {
    const { port, host, config } = configFromEnv({
      ...GRAPH_ENV,
      PORT: '9000',
      HOST: '0.0.0.0',
      AGGREGATOR_TOKEN: BEARER,
      AGGREGATOR_ALLOWED_ORIGINS: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop, https://intranet.example.com/',
      AGGREGATOR_INTERVAL_SECONDS: '120',
      AGGREGATOR_DISABLED_SOURCES: 'azure-summary,m365-admin',
      AGGREGATOR_GRAPH_URL: 'https://graph.microsoft.us/',
      AGGREGATOR_AUTHORITY_URL: 'https://login.microsoftonline.us',
    });
    expect({ port, host }).toEqual({ port: 9000, host: '0.0.0.0' });
    expect(config).toMatchObject({
      intervalSeconds: 120,
      token: BEARER,
      allowedOrigins: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'https://intranet.example.com'],
      graph: {
        tenantId: TENANT,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        graphUrl: 'https://graph.microsoft.us',
        authorityUrl: 'https://login.microsoftonline.us',
        maxPages: 20,
      },
    });
    expect(config.sources!.map((s) => s.id)).toEqual(['azure-rss', 'm365-consumer']);
  });

  it.each([
    [{ AGGREGATOR_TENANT_ID: TENANT }, /missing: AGGREGATOR_CLIENT_ID, AGGREGATOR_CLIENT_SECRET/],
    [GRAPH_ENV, /Graph is configured but AGGREGATOR_TOKEN is not/],
    [{ AGGREGATOR_TOKEN: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, /too easy to guess/],
    [{ AGGREGATOR_TOKEN: 'password12345678' }, /too easy to guess/],
    [{ AGGREGATOR_INTERVAL_SECONDS: '1e2' }, /AGGREGATOR_INTERVAL_SECONDS must be a whole number/],
    [{ AGGREGATOR_INTERVAL_SECONDS: '0x40' }, /AGGREGATOR_INTERVAL_SECONDS must be a whole number/],
    [{ AGGREGATOR_INTERVAL_SECONDS: '60.0' }, /AGGREGATOR_INTERVAL_SECONDS must be a whole number/],
    [{ PORT: '+80' }, /PORT must be/],
    [{ HOST: 'http://0.0.0.0' }, /HOST must be an IP address or a host name/],
    [{ HOST: 'evil host;rm' }, /HOST must be/],
    [{ AGGREGATOR_SOURCE_URLS: 'twitter=https://x.example/feed' }, /AGGREGATOR_SOURCE_URLS must list id=url pairs/],
    [{ AGGREGATOR_SOURCE_URLS: 'azure-rss=http://mirror.example/feed' }, /AGGREGATOR_SOURCE_URLS: azure-rss must be an https URL/],
    [{ AGGREGATOR_SOURCE_URLS: 'https://mirror.example/feed' }, /id=url pairs/],
    [{ AGGREGATOR_SOURCE_URLS: 'azure-rss=https://mirror.example/feed?key=1' }, /azure-rss must be an https URL/],
    [{ AGGREGATOR_SOURCE_URLS: 'azure-rss=https://user:pw@mirror.example/feed' }, /azure-rss must be an https URL/],
    [{ ...GRAPH_ENV, AGGREGATOR_TOKEN: BEARER, AGGREGATOR_TENANT_ID: 'contoso/../x' }, /AGGREGATOR_TENANT_ID must be/],
    [{ AGGREGATOR_TOKEN: 'short' }, /AGGREGATOR_TOKEN must be at least 16/],
    [{ AGGREGATOR_TOKEN: 'has spaces in the middle of it' }, /printable ASCII/],
    [{ AGGREGATOR_ALLOWED_ORIGINS: '*' }, /no wildcard/],
    [{ AGGREGATOR_ALLOWED_ORIGINS: 'https://a.example/path' }, /no wildcard, no path/],
    [{ AGGREGATOR_INTERVAL_SECONDS: '5' }, /from 30 to 900/],
    [{ AGGREGATOR_INTERVAL_SECONDS: '3600' }, /from 30 to 900/],
    [{ PORT: 'http' }, /PORT must be/],
    [{ AGGREGATOR_TRUSTED_PROXIES: '127.0.0.1/32,proxy.contoso.example' }, /AGGREGATOR_TRUSTED_PROXIES must list networks/],
    [{ AGGREGATOR_TRUSTED_PROXIES: '10.0.0.0/33' }, /AGGREGATOR_TRUSTED_PROXIES must list networks/],
    [{ AGGREGATOR_DISABLED_SOURCES: 'twitter' }, /unknown sources/],
    [{ AGGREGATOR_DISABLED_SOURCES: PUBLIC_SOURCES.map((s) => s.id).join(',') }, /nothing to serve/],
    [
      { ...GRAPH_ENV, AGGREGATOR_TOKEN: BEARER, AGGREGATOR_GRAPH_URL: 'http://graph.example.com' },
      /AGGREGATOR_GRAPH_URL must be an https URL/,
    ],
  ])('rejects a bad environment (%#) naming the variable, never its value', (env, message) => {
    let error: unknown;
    try {
      configFromEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
    for (const v of Object.values(env)) if (v.length > 6) expect((error as Error).message).not.toContain(v);
  });

  it('accepts a long random token, and every upstream address from AGGREGATOR_SOURCE_URLS', () => {
    expect(configFromEnv({ AGGREGATOR_TOKEN: '3q2+7w9ZKx1VbQ0mL5sTn8aR4cYdHjFu' }).config.token).toBeDefined();
    expect(configFromEnv({ AGGREGATOR_TOKEN: `${'f'.repeat(8)}0123456789abcdef0123456789abcdef` }).config.token).toBeDefined();
    const { config } = configFromEnv({
      AGGREGATOR_SOURCE_URLS: 'azure-rss=https://mirror.contoso.example/azure.xml, m365-admin=http://127.0.0.1:9/mac',
    });
    expect(config.sources!.map((s) => [s.id, s.url])).toEqual([
      ['azure-rss', 'https://mirror.contoso.example/azure.xml'],
      ['m365-consumer', PUBLIC_SOURCES[1]!.url],
      ['azure-summary', PUBLIC_SOURCES[2]!.url],
      ['m365-admin', 'http://127.0.0.1:9/mac'],
    ]);
    expect(config.sources![0]!.mirrors).toBeUndefined();
  });

  it('accepts plain http only for loopback fakes', () => {
    expect(
      configFromEnv({ ...GRAPH_ENV, AGGREGATOR_TOKEN: BEARER, AGGREGATOR_GRAPH_URL: 'http://127.0.0.1:8080/graph' }).config.graph!.graphUrl,
    ).toBe('http://127.0.0.1:8080/graph');
  });
});

describe('AGGREGATOR_TRUSTED_PROXIES', () => {
  it('is empty by default, and reads networks and single addresses', () => {
    expect(configFromEnv({}).trustedProxies).toEqual([]);
    expect(configFromEnv({ AGGREGATOR_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8, ::1' }).trustedProxies).toEqual([
      '127.0.0.1/32',
      '10.0.0.0/8',
      '::1/128',
    ]);
  });

  it("is refused when it holds an office's network: a PC there could choose the address it is counted at", () => {
    const crowd = { AGGREGATOR_TOKEN: BEARER, AGGREGATOR_CROWD_NETWORKS: '10.1.0.0/16=Seoul HQ,10.2.0.0/16=Busan' };
    for (const proxies of ['10.0.0.0/8', '10.1.0.9', '10.2.0.0/24']) {
      expect(() => configFromEnv({ ...crowd, AGGREGATOR_TRUSTED_PROXIES: proxies }), proxies).toThrow(
        /AGGREGATOR_TRUSTED_PROXIES overlaps AGGREGATOR_CROWD_NETWORKS/,
      );
    }
    expect(configFromEnv({ ...crowd, AGGREGATOR_TRUSTED_PROXIES: '127.0.0.1/32, 10.3.0.10, ::1' }).trustedProxies).toHaveLength(3);
    expect(networksOverlap('10.1.0.0/16', '10.2.0.0/16')).toBe(false);
    expect(networksOverlap('::1/128', '0.0.0.0/0')).toBe(false);
  });

  it('reads X-Forwarded-For only from a trusted proxy, right to left, up to the first address that is not one', () => {
    const trusted = ['127.0.0.1/32', '10.0.0.0/8'];
    // Direct connection: the header is the client's to write, so never read.
    expect(clientBehindProxies('198.51.100.7', '10.1.0.1', trusted)).toBe('198.51.100.7');
    expect(clientBehindProxies('127.0.0.1', '10.1.0.1', [])).toBe('127.0.0.1');
    // Through the proxy: the entry it appended.
    expect(clientBehindProxies('127.0.0.1', '192.0.2.66, 203.0.113.9', trusted)).toBe('203.0.113.9');
    // Through two trusted proxies (a load balancer, then nginx): past both.
    expect(clientBehindProxies('127.0.0.1', '192.0.2.66, 203.0.113.9:51234, 10.0.0.5', trusted)).toBe('203.0.113.9');
    // Nothing but trusted addresses: the left-most one; no header: the proxy itself.
    expect(clientBehindProxies('127.0.0.1', '10.0.0.5', trusted)).toBe('10.0.0.5');
    expect(clientBehindProxies('127.0.0.1', null, trusted)).toBe('127.0.0.1');
  });
});

describe('helpers', () => {
  it('upstream bases: https, or http to this machine by any loopback name; no query, fragment or credentials', () => {
    for (const ok of ['https://mirror.example/feed', 'http://127.0.0.1:9000', 'http://localhost:9000/x', 'http://[::1]:9000']) {
      expect(isAllowedUpstreamBase(ok), ok).toBe(true);
    }
    for (const bad of [
      'http://mirror.example/feed',
      'https://mirror.example/feed?k=1',
      'https://mirror.example/#x',
      'https://u:p@mirror.example/',
    ]) {
      expect(isAllowedUpstreamBase(bad), bad).toBe(false);
    }
  });

  it('normalises origins and refuses anything that is not one', () => {
    expect(normaliseOrigin('chrome-extension://ABCDEF/')).toBe('chrome-extension://abcdef');
    expect(normaliseOrigin('moz-extension://3f1c-42')).toBe('moz-extension://3f1c-42');
    expect(normaliseOrigin('*')).toBeUndefined();
    expect(normaliseOrigin('https://*.example.com')).toBeUndefined();
    expect(normaliseOrigin('null')).toBeUndefined();
  });

  it('redacts secrets and their URL-encoded forms', () => {
    expect(redact(`a ${CLIENT_SECRET} b ${encodeURIComponent('p@ss w0rd!')} c`, [CLIENT_SECRET, 'p@ss w0rd!'])).toBe(
      'a [redacted] b [redacted] c',
    );
  });
});
