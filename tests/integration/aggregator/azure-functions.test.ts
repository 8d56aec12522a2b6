// @vitest-environment node
/**
 * The Azure Functions adapter called the way the Functions host calls it, with @azure/functions' own
 * HttpRequest and InvocationContext (the host itself cannot be installed here), against the loopback
 * stand-in for Microsoft.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve } from '../../../aggregator/azure-functions';
import { MicrosoftFake } from '../../../harness/microsoft-fake';

const TOKEN = 'azure-bearer-token-0123456789abcdef';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
let fake: MicrosoftFake;
let env: Record<string, string>;
const logged: string[] = [];
/** Lines by invocation, and lines sent through an invocation after it completed (the host refuses those). */
const byInvocation = new Map<string, string[]>();
const afterCompletion: string[] = [];
let invocations = 0;

beforeAll(async () => {
  fake = new MicrosoftFake();
  await fake.start();
  env = fake.env({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_ALLOWED_ORIGINS: EXTENSION });
});

afterAll(() => fake.stop());

async function call(path: string, method = 'GET', headers: Record<string, string> = {}) {
  const request = new HttpRequest({ method, url: `https://contoso-status.azurewebsites.net${path}`, headers });
  const invocationId = `invocation-${++invocations}`;
  let completed = false;
  const context = new InvocationContext({
    invocationId,
    functionName: 'aggregator',
    logHandler: (_level, ...args) => {
      const line = args.join(' ');
      if (completed) afterCompletion.push(`${invocationId}: ${line}`);
      logged.push(line);
      byInvocation.set(invocationId, [...(byInvocation.get(invocationId) ?? []), line]);
    },
  });
  try {
    return await serve(request, context, env);
  } finally {
    completed = true;
  }
}

describe('Azure Functions v4 adapter', () => {
  it('serves /v1/status with the bearer check, CORS and 304, as on Node', async () => {
    expect((await call('/v1/status')).status).toBe(401);
    const ok = await call('/v1/status', 'GET', { authorization: `Bearer ${TOKEN}`, origin: EXTENSION });
    expect(ok.status).toBe(200);
    const headers = ok.headers as Record<string, string>;
    expect(headers['access-control-allow-origin']).toBe(EXTENSION);
    const doc = JSON.parse(new TextDecoder().decode(ok.body as Uint8Array)) as { sources: { id: string; ok: boolean }[] };
    expect(doc.sources.find((s) => s.id === 'graph')).toMatchObject({ ok: true });
    const again = await call('/v1/status', 'GET', { authorization: `Bearer ${TOKEN}`, 'if-none-match': headers.etag! });
    expect(again.status).toBe(304);
    const head = await call('/v1/status', 'HEAD', { authorization: `Bearer ${TOKEN}` });
    expect(head.body).toBeUndefined();
    expect((head.headers as Record<string, string>)['content-length']).toBe(String((ok.body as Uint8Array).byteLength));
    expect(fake.upstreamReads()).toBe(5);
  });

  it('answers /healthz and the CORS preflight, and 404s other paths', async () => {
    expect((await call('/healthz')).status).toBe(200);
    const preflight = await call('/v1/status', 'OPTIONS', { origin: EXTENSION, 'access-control-request-method': 'GET' });
    expect(preflight.status).toBe(204);
    expect((await call('/api/v1/status')).status).toBe(404);
    expect(logged.join('\n')).toMatch(/refresh: \d\/5 sources ok/);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('logs each refresh through the invocation that is running, never through one that has completed', async () => {
    const refreshedIn = () =>
      [...byInvocation].filter(([, lines]) => lines.some((l) => /refresh: \d\/5 sources ok/.test(l))).map(([id]) => id);
    expect(refreshedIn()).toHaveLength(1);
    // Past the interval, the next request finds the document due and waits for the refresh.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 400_000);
      const ok = await call('/v1/status', 'GET', { authorization: `Bearer ${TOKEN}` });
      expect(ok.status).toBe(200);
      expect(refreshedIn()).toEqual([refreshedIn()[0], `invocation-${invocations}`]);
    } finally {
      vi.useRealTimers();
    }
    expect(afterCompletion).toEqual([]);
  });
});

describe('Azure Functions: the client address', () => {
  const report = (i: number) =>
    JSON.stringify({
      v: 1,
      reporter: `spoofed-reporter-${String(i).padStart(6, '0')}`,
      host: 'outlook.office.com',
      outcome: 'timeout',
      latency: 'none',
      version: '1.0',
    });

  it("is the entry App Service's front end appended, not the one the client wrote: a new X-Forwarded-For each time is still one address", async () => {
    vi.resetModules();
    const fresh = await import('../../../aggregator/azure-functions');
    const own = fake.env({
      AGGREGATOR_TOKEN: TOKEN,
      AGGREGATOR_CROWD_REPORTERS_PER_ADDRESS: '1',
      AGGREGATOR_CROWD_NETWORKS: '192.0.2.0/24=Spoofed,203.0.113.0/24=Real office',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      // What the front end forwards when the client itself sent "X-Forwarded-For: 192.0.2.<i>".
      const request = new HttpRequest({
        method: 'POST',
        url: 'https://contoso-status.azurewebsites.net/v1/probes',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/json',
          'x-forwarded-for': `192.0.2.${i}, 203.0.113.50:51234`,
        },
        body: { string: report(i) },
      });
      const res = await fresh.serve(request, new InvocationContext({ invocationId: `xff-${i}`, functionName: 'aggregator' }), own);
      statuses.push(res.status ?? 0);
    }
    expect(statuses.filter((s) => s === 200).length).toBe(1);
    expect(statuses.filter((s) => s === 429).length).toBe(19);
    // The network map sees the same address.
    const status = await fresh.serve(
      new HttpRequest({
        method: 'GET',
        url: 'https://contoso-status.azurewebsites.net/v1/status',
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
      new InvocationContext({ invocationId: 'xff-status', functionName: 'aggregator' }),
      own,
    );
    const doc = JSON.parse(new TextDecoder().decode(status.body as Uint8Array)) as { crowd?: { sites: { site: string }[] } };
    expect(doc.crowd?.sites.map((s) => s.site)).toEqual(['Real office']);
  });
});
