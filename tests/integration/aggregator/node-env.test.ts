// @vitest-environment node
/** aggregator/node.ts and its environment: the proxy variables, and refusing to start on a bad one before any fetch. */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../aggregator/config';
import { startServer, type RunningServer } from '../../../aggregator/node';
import { MicrosoftFake } from '../../../harness/microsoft-fake';
import { silentLogger } from '../../../aggregator/poller';

let fake: MicrosoftFake;
let proxy: Server;
let proxyUrl = '';
const proxied: string[] = [];
const servers: RunningServer[] = [];

/** A forward proxy on loopback, as an IT department's: CONNECT tunnels, each recorded. */
beforeAll(async () => {
  fake = new MicrosoftFake();
  await fake.start();
  // undici tunnels every request, http included, so plain relaying is never asked for.
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, client, head) => {
    proxied.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  proxied.length = 0;
  fake.reset();
});

afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await fake.stop();
});

function publicEnv(extra: Record<string, string>): Record<string, string> {
  const { AGGREGATOR_SOURCE_URLS } = fake.env();
  return { PORT: '0', AGGREGATOR_SOURCE_URLS: AGGREGATOR_SOURCE_URLS!, ...extra };
}

describe('the Node entry and its environment', () => {
  it('reads upstreams through the proxy HTTP_PROXY names', async () => {
    servers.push(await startServer({ env: publicEnv({ HTTP_PROXY: proxyUrl }), logger: silentLogger }));
    expect(proxied.length).toBeGreaterThan(0);
    expect(new Set(proxied)).toEqual(new Set([`CONNECT ${new URL(fake.base).host}`]));
    expect(fake.upstreamReads()).toBe(4);
    const doc = (await (await fetch(`${servers[0]!.url}/v1/status`)).json()) as { sources: { id: string; ok: boolean }[] };
    expect(doc.sources.filter((s) => s.ok).map((s) => s.id)).toEqual(['m365-consumer', 'azure-summary', 'm365-admin']);
  });

  it('goes direct to hosts NO_PROXY lists', async () => {
    servers.push(await startServer({ env: publicEnv({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' }), logger: silentLogger }));
    expect(proxied).toEqual([]);
    expect(fake.upstreamReads()).toBe(4);
  });

  it.each([
    [{ HOST: 'not a host' }, /HOST must be/],
    [
      { AGGREGATOR_TENANT_ID: 'contoso.onmicrosoft.com', AGGREGATOR_CLIENT_ID: 'id', AGGREGATOR_CLIENT_SECRET: 'secret-value' },
      /AGGREGATOR_TOKEN/,
    ],
    [{ AGGREGATOR_INTERVAL_SECONDS: '1e2' }, /AGGREGATOR_INTERVAL_SECONDS/],
  ])('refuses to start on a bad environment (%#), naming the variable, before anything is fetched', async (extra, message) => {
    let calls = 0;
    const counting = (() => {
      calls++;
      return Promise.reject(new TypeError('no'));
    }) as typeof fetch;
    const start = startServer({ env: publicEnv(extra), fetch: counting, logger: silentLogger });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(message);
    expect(calls).toBe(0);
  });
});

describe('the entry points as processes', () => {
  function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
  }

  it.each(['aggregator/node.ts', 'aggregator/workerd.ts'])(
    '%s exits non-zero, saying why, when Graph is configured without a token',
    async (script) => {
      const { code, stderr } = await run(script, fake.env({ PORT: '0' }));
      expect(code).toBe(1);
      expect(stderr).toMatch(/Graph is configured but AGGREGATOR_TOKEN is not/);
      expect(stderr).not.toContain('Xq8~s3cr3t');
      expect(fake.upstreamReads()).toBe(0);
    },
    30_000,
  );
});
