/**
 * The real organisation aggregator (aggregator/node.ts) on loopback, reading fixture upstreams (the public
 * feeds, a token endpoint and Microsoft Graph, all answered in-process), and the built extension pointed
 * at it: the extension shows a tenant-only incident that no public source carries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../aggregator/node';
import { silentLogger } from '../../aggregator/poller';
import { fixture } from '../../harness/fixtures';
import { badge, defaultRules, launchExtension, readSnapshot, until, type Extension } from '../../harness/extension';
import { FixtureServer, movedToToday } from '../../harness/fixture-server';
import { builtExtensionId } from '../../harness/policy';

const TOKEN = 'e2e-aggregator-token-0123456789';
const AUTHORITY = 'https://login.fixture.test';
const GRAPH = 'https://graph.fixture.test';

const UPSTREAMS: Record<string, () => Response> = {
  'https://azure.status.microsoft/en-us/status/feed/': () =>
    new Response(
      fixture('azure-rss-empty.xml').replace(/<lastBuildDate>[^<]*/, `<lastBuildDate>${new Date().toUTCString().replace('GMT', 'Z')}`),
      {
        headers: { 'content-type': 'application/rss+xml' },
      },
    ),
  'https://status.cloud.microsoft/api/posts/m365Consumer': () => json(fixture('m365-consumer-ok.json')),
  'https://status.cloud.microsoft/api/posts/azure': () => json(fixture('azure-summary-ok.json')),
  'https://status.cloud.microsoft/api/posts/mac': () => json(fixture('mac-ok.json')),
  [`${AUTHORITY}/00000000-0000-0000-0000-000000000001/oauth2/v2.0/token`]: () =>
    json(JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: 'fixture-graph-access-token' })),
  [`${GRAPH}/v1.0/admin/serviceAnnouncement/issues`]: () => json(movedToToday(fixture('graph-issues.json'))),
};

function json(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/** The aggregator's upstream fetch, answered from fixtures; anything else is a test failure. */
const upstreamCalls: string[] = [];
const upstreamFetch = (async (input: RequestInfo | URL) => {
  const url = String(input).split('?')[0]!;
  upstreamCalls.push(url);
  const answer = UPSTREAMS[url];
  if (!answer) throw new TypeError(`unexpected upstream ${url}`);
  return answer();
}) as typeof fetch;

describe('the extension reading the organisation aggregator', () => {
  const server = new FixtureServer();
  let aggregator: RunningServer;
  let ext: Extension;

  beforeAll(async () => {
    const id = builtExtensionId();
    if (!id) throw new Error('the built manifest has no "key", so the extension id is not known in advance');
    aggregator = await startServer({
      env: {
        PORT: '0',
        AGGREGATOR_TOKEN: TOKEN,
        AGGREGATOR_ALLOWED_ORIGINS: `chrome-extension://${id}`,
        AGGREGATOR_TENANT_ID: '00000000-0000-0000-0000-000000000001',
        AGGREGATOR_CLIENT_ID: 'fixture-client',
        AGGREGATOR_CLIENT_SECRET: 'fixture-secret-value',
        AGGREGATOR_AUTHORITY_URL: AUTHORITY,
        AGGREGATOR_GRAPH_URL: GRAPH,
      },
      fetch: upstreamFetch,
      logger: silentLogger,
    });
    const port = await server.start();
    // The aggregator listens on 127.0.0.1 itself, so that address is left out of the host mapping.
    ext = await launchExtension(port, { rules: `EXCLUDE 127.0.0.1, ${defaultRules(port)}` });
    expect(ext.id).toBe(id);
    await until(
      () => readSnapshot(ext),
      (s) => !!s,
    );
  });

  afterAll(async () => {
    await ext?.close();
    await aggregator?.close();
    await server.stop();
  });

  it('shows the tenant-only incident from Graph, through the aggregator, with the token and CORS', async () => {
    const before = server.count('azureRss');
    const url = `${aggregator.url}/v1/status`;
    await ext.inExtension(
      ([aggregatorUrl, token]) => chrome.storage.sync.set({ settings: { version: 2, aggregatorUrl, aggregatorToken: token } }),
      [url, TOKEN] as const,
    );
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => s?.document.sources[0]?.id === 'aggregator' && s.document.sources[0].ok,
    );
    expect(snapshot?.document.sources.map((s) => s.id)).toEqual(['aggregator']);
    const tenantOnly = snapshot?.document.incidents.find((i) => i.id === 'graph:mo502273');
    expect(tenantOnly).toMatchObject({ source: 'graph', severity: 'outage' });
    expect(snapshot?.level).toBe('outage');
    expect((await badge(ext)).text).toBe('!');
    // The public feeds were read by the aggregator, once, not by the browser.
    expect(server.count('azureRss')).toBe(before);
    expect(upstreamCalls.filter((u) => u.includes('azure.status.microsoft'))).toHaveLength(1);

    const popup = await ext.context.newPage();
    await popup.goto(ext.popupUrl);
    await popup.locator('[data-incident-id="graph:mo502273"]').waitFor();
    expect(await popup.getByTestId('coverage').count()).toBe(0);
    await popup.close();
  });
});
