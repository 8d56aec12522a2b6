/**
 * Fault scenarios in real Chromium (issue: hostile input and faults). For each: the level, badge and
 * stored reason are what design.md says (grey or red, never green on missing data), and the worker
 * recovers when the fault clears.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/extension/snapshot';
import { MAPPED_HOSTS } from '../../harness/certificate';
import { badge, launchExtension, readSnapshot, refresh, refreshUntil, until, type Extension } from '../../harness/extension';
import { FixtureServer, SCENARIOS, type Answer } from '../../harness/fixture-server';

const server = new FixtureServer();
let ext: Extension;

const source = (s: Snapshot | undefined, id: string) => s?.document.sources.find((x) => x.id === id);

async function refreshed(): Promise<Snapshot> {
  const before = (await readSnapshot(ext))?.checkedAt ?? '';
  await refresh(ext);
  return (await until(
    () => readSnapshot(ext),
    (s) => !!s && s.checkedAt > before,
  ))!;
}

describe('faults against the fixture server', () => {
  beforeAll(async () => {
    ext = await launchExtension(await server.start());
    await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'ok',
    );
  });

  afterEach(async () => {
    server.use(SCENARIOS.quiet);
    server.outlookProbe = { status: 302, headers: { location: 'https://login.microsoftonline.com/' } };
    await ext.context.setOffline(false);
    // Every scenario starts from a settled quiet state (an outage that left the feed is confirmed gone at
    // the next check).
    await refreshUntil(ext, (s) => s.level === 'ok');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  const broken: [string, Answer, RegExp][] = [
    ['HTTP 500', { status: 500, body: 'oops' }, /answered HTTP 500/],
    ['HTTP 503', { status: 503, body: 'busy' }, /answered HTTP 503/],
    [
      'a captive-portal login page (200 HTML)',
      { type: 'text/html', body: '<html><form>Hotel Wi-Fi login</form></html>' },
      /answered text\/html instead of JSON/,
    ],
    ['a 10 MB body', { type: 'application/json', body: `[${'"x",'.repeat(2_500_000)}"x"]` }, /too large/],
    [
      'a redirect loop',
      { status: 302, headers: { location: 'https://status.cloud.microsoft/api/posts/m365Consumer' } },
      /could not connect/,
    ],
  ];

  it.each(broken)('%s from a source: grey, the source named with a clear error, then green again', async (_name, answer, error) => {
    server.use({ ...SCENARIOS.quiet, consumer: answer });
    const during = await refreshed();
    expect(during.level).toBe('unknown');
    expect(during.assessment.reason).toBe('partial-data');
    expect(source(during, 'm365-consumer')).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect((await badge(ext)).text).toBe('?');

    server.use(SCENARIOS.quiet);
    expect((await refreshed()).level).toBe('ok');
  });

  it('an outage stays red while another source is broken: a positive signal is never lost', async () => {
    server.use({ ...SCENARIOS.apacOutage, admin: { status: 503 } });
    const s = await refreshed();
    expect(s.level).toBe('outage');
    expect(source(s, 'm365-admin')?.ok).toBe(false);
  });

  it('a source that never answers times out after 10 s; the rest of the check still lands', async () => {
    server.use({ ...SCENARIOS.quiet, admin: { delayMs: Infinity } });
    const s = await refreshed();
    expect(source(s, 'm365-admin')).toMatchObject({ ok: false, error: 'timed out after 10 s' });
    expect(s.level).toBe('unknown');
  });

  it('Outlook answering slowly twice in a row, with Microsoft quiet: yellow "possibly your network"', async () => {
    server.outlookProbe = { status: 302, delayMs: 3_500 };
    const first = await refreshed();
    expect(first.probe).toMatchObject({ reachable: true, slow: true, consecutiveProblems: 1 });
    const second = await refreshed();
    expect(second).toMatchObject({ level: 'degraded', assessment: { reason: 'probe-slow' } });
  });

  it('Outlook answering 503 twice while the status sites answer: yellow "server errors", not "your network", and the Outlook banner says so', async () => {
    server.outlookProbe = { status: 503 };
    await refreshed();
    const s = await refreshed();
    expect(s).toMatchObject({ level: 'degraded', assessment: { reason: 'probe-server-error' } });
    expect(s.banners['outlook-business']?.kind).toBe('server-error');
  });

  it('the browser going offline: grey "offline"; back online: green', async () => {
    await ext.context.setOffline(true);
    const offline = await refreshed();
    expect(offline.level).toBe('unknown');
    expect(['offline', 'no-data']).toContain(offline.assessment.reason);
    await ext.context.setOffline(false);
    expect((await refreshed()).level).toBe('ok');
  });

  it('backoff: a failing source is not hammered by scheduled checks, and recovers by itself', async () => {
    server.use({ ...SCENARIOS.quiet, summary: { status: 500 } });
    await refreshed();
    const failedAt = server.count('summary');
    const rssBefore = server.count('azureRss');
    // A test-only fast trigger for scheduled (non-forced) checks; the real alarm runs every few minutes.
    await ext.inExtension(() => chrome.alarms.create('reprobe', { periodInMinutes: 1 / 60 }));
    await until(
      async () => server.count('azureRss'),
      (n) => n >= rssBefore + 8,
      20_000,
    );
    expect(server.count('summary')).toBe(failedAt);

    server.use(SCENARIOS.quiet);
    const recovered = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'ok',
      75_000,
    );
    await ext.inExtension(() => chrome.alarms.clear('reprobe'));
    expect(recovered?.level).toBe('ok');
    expect(server.count('summary')).toBe(failedAt + 1);
  }, 120_000);
});

describe('faults below HTTP', () => {
  let tcp: Server;
  let plain: FixtureServer;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    plain = new FixtureServer();
    await plain.start();
    // Speaks no TLS at all: every handshake fails.
    tcp = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.end('HTTP/1.1 200 OK\r\n\r\nnot tls');
    });
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
  });

  afterAll(async () => {
    await plain.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((r) => tcp.close(() => r()));
  });

  it("a TLS failure on the status host and a DNS failure on Azure's: grey, never green", async () => {
    const tlsPort = (tcp.address() as { port: number }).port;
    const rules = [
      `MAP status.cloud.microsoft 127.0.0.1:${tlsPort}`,
      ...MAPPED_HOSTS.filter((h) => h.startsWith('outlook.')).map((h) => `MAP ${h} 127.0.0.1:${plain.port}`),
      'MAP * ~NOTFOUND',
    ].join(', ');
    const local = await launchExtension(plain.port, { rules });
    try {
      const s = await until(
        () => readSnapshot(local),
        (x) => !!x && x.document.sources.every((src) => !src.ok),
      );
      expect(s?.level).toBe('unknown');
      expect(s?.assessment.reason).toBe('no-data');
      expect(s?.document.sources.every((src) => /could not connect/.test(src.error ?? ''))).toBe(true);
      expect(s?.probe?.reachable).toBe(true);
      expect((await badge(local)).text).toBe('?');
    } finally {
      await local.close();
    }
  });
});
