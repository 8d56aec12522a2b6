// @vitest-environment node
/**
 * The Azure Functions adapter called the way the Functions host calls it, with @azure/functions' own
 * HttpRequest and InvocationContext (the host itself cannot be installed here), against the loopback
 * stand-in for Microsoft.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../aggregator/azure-functions';
import { MicrosoftFake } from '../../../harness/microsoft-fake';

const TOKEN = 'azure-bearer-token-0123456789abcdef';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
let fake: MicrosoftFake;
let env: Record<string, string>;
const logged: string[] = [];

beforeAll(async () => {
  fake = new MicrosoftFake();
  await fake.start();
  env = fake.env({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_ALLOWED_ORIGINS: EXTENSION });
});

afterAll(() => fake.stop());

function call(path: string, method = 'GET', headers: Record<string, string> = {}) {
  const request = new HttpRequest({ method, url: `https://contoso-status.azurewebsites.net${path}`, headers });
  const context = new InvocationContext({
    invocationId: 'test',
    functionName: 'aggregator',
    logHandler: (_level, ...args) => logged.push(args.join(' ')),
  });
  return serve(request, context, env);
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
});
