/** "Test connection": the real fetch guards and adapters, with answers served from tests/fixtures. */
import { describe, expect, it, vi } from 'vitest';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import { fixture } from '../../../harness/fixtures';
import {
  byTestId,
  click,
  expectedDefaults,
  input,
  mount,
  setPolicy,
  setUiLanguage,
  settle,
  storedSettings,
  storeSettings,
  stubFetch,
  text,
  typeAndCommit,
  type Route,
  CORP,
  freshPageEachTest,
} from './helpers';

const url = (id: string) => PUBLIC_SOURCES.find((s) => s.id === id)!.url;
const RSS = url('azure-rss');
const AZURE_MIRROR = PUBLIC_SOURCES.find((s) => s.id === 'azure-rss')!.mirrors![0]!;
const rss = (body: string): Route => ({ body, type: 'application/rss+xml; charset=utf-8' });
const json = (body: unknown): Route => ({ body: typeof body === 'string' ? body : JSON.stringify(body), type: 'application/json' });

function rssWith(items: { guid: string; title: string }[]): string {
  const entries = items
    .map(
      (i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title>
        <description>Customers may experience delays.</description><pubDate>Wed, 25 Jan 2023 08:10:32 Z</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Azure Status</title>
    <lastBuildDate>Wed, 25 Jan 2023 08:12:00 Z</lastBuildDate>${entries}</channel></rss>`;
}

function statusDocument(titles: string[]) {
  const at = '2026-03-10T03:00:00.000Z';
  return {
    schema: 1,
    generatedAt: at,
    sources: [{ id: 'service-health', url: 'https://graph.microsoft.com/', fetchedAt: at, ok: true }],
    incidents: titles.map((title, n) => ({
      id: `service-health:EX${n}`,
      source: 'service-health',
      title,
      severity: 'outage',
      phase: 'investigating',
      services: ['exchange'],
      regions: [],
      startedAt: at,
      updatedAt: at,
      summary: title,
      updates: [],
    })),
  };
}

freshPageEachTest({ withLocales: false });

describe('options: test this source', () => {
  it('fetches a public source and names its active incidents, in a live region', async () => {
    const calls = stubFetch({ [RSS]: rss(fixture('azure-rss-incident.xml')) });
    const root = await mount();
    const button = byTestId(root, 'test-azure-rss') as HTMLButtonElement;
    const result = byTestId(root, 'test-result-azure-rss')!;
    expect(result.getAttribute('aria-live')).toBe('polite');
    expect(text(result)).toBe('');
    expect(button.getAttribute('aria-describedby')).toBe(root.querySelector('label[for="opt-source-azure-rss"]')!.id);

    await click(button);
    expect(text(result)).toBe(
      'Connected, 1 active problem: Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services',
    );
    expect(calls.map((c) => c.url)).toEqual([RSS]);
    expect(calls[0]!.headers.accept).toMatch(/rss\+xml/);
    expect(button.getAttribute('aria-disabled')).toBe('false');
    // Testing saves nothing.
    expect(await storedSettings()).toBeUndefined();
  });

  it('shows titles as text only: markup in a title never becomes an element', async () => {
    stubFetch({
      [RSS]: rss(
        rssWith([
          { guid: 'A1', title: '<![CDATA[<img src=x onerror="document.title=1">Exchange Online outage]]>' },
          { guid: 'B2', title: 'Teams &amp;amp;lt;img src=x onerror=alert(1)&amp;amp;gt; delays' },
        ]),
      ),
    });
    const root = await mount();
    await click(byTestId(root, 'test-azure-rss')!);
    const result = byTestId(root, 'test-result-azure-rss')!;
    expect(text(result)).toMatch(/^Connected, 2 active problems: /);
    expect(text(result)).toContain('Exchange Online outage');
    expect(text(result)).toContain('img src=x onerror=alert(1)');
    expect(result.children).toHaveLength(0);
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says clearly when a captive portal answers with an HTML page', async () => {
    const portal = { body: fixture('captive-portal.html'), type: 'text/html; charset=utf-8' };
    // The portal answers every address, the Azure feed's fallback too.
    stubFetch({ [RSS]: portal, [AZURE_MIRROR]: portal });
    const root = await mount();
    await click(byTestId(root, 'test-azure-rss')!);
    const result = byTestId(root, 'test-result-azure-rss')!;
    expect(text(result)).toBe(
      'Failed: answered text/html instead of XML (a login page or proxy?) (also tried rssfeed.azure.status.microsoft: answered text/html instead of XML (a login page or proxy?))',
    );
    expect(result.className).toContain('fail');
    expect(root.querySelector('form form, input[name="room"]')).toBeNull();
  });

  it('reports HTTP errors, network errors and unreadable bodies in words', async () => {
    stubFetch({
      [url('m365-consumer')]: { body: 'busy', type: 'text/plain', status: 503 },
      [url('azure-summary')]: json('{"not": "what we expect"'),
    });
    const root = await mount();
    await click(byTestId(root, 'test-m365-consumer')!);
    expect(text(byTestId(root, 'test-result-m365-consumer'))).toBe('Failed: answered HTTP 503');
    await click(byTestId(root, 'test-azure-summary')!);
    expect(text(byTestId(root, 'test-result-azure-summary'))).toMatch(/^Failed: /);
    await click(byTestId(root, 'test-m365-admin')!);
    expect(text(byTestId(root, 'test-result-m365-admin'))).toBe('Failed: could not connect (Failed to fetch)');
  });

  it('tests each public source with its own adapter', async () => {
    stubFetch({
      [url('m365-consumer')]: json(fixture('m365-consumer-ok.json')),
      [url('azure-summary')]: json(fixture('azure-summary-ok.json')),
      [url('m365-admin')]: json(fixture('mac-ok.json')),
    });
    const root = await mount();
    for (const id of ['m365-consumer', 'azure-summary', 'm365-admin']) {
      await click(byTestId(root, `test-${id}`)!);
      expect(text(byTestId(root, `test-result-${id}`)), id).toMatch(/^Connected/);
    }
  });

  it('tests the aggregator address in the field with the StatusDocument reader', async () => {
    stubFetch({ [CORP]: json(statusDocument(['Mail delays for some users', 'Calendar sync issue'])) });
    const root = await mount();
    await click(byTestId(root, 'test-aggregator')!);
    expect(text(byTestId(root, 'test-result-aggregator'))).toBe('Enter an address first.');

    await typeAndCommit(input(root, 'aggregator-url'), 'http://example.com');
    await click(byTestId(root, 'test-aggregator')!);
    expect(text(byTestId(root, 'test-result-aggregator'))).toMatch(/^Enter an address that starts with https:\/\//);

    await typeAndCommit(input(root, 'aggregator-url'), CORP);
    await click(byTestId(root, 'test-aggregator')!);
    expect(text(byTestId(root, 'test-result-aggregator'))).toBe(
      'Connected, 2 active problems: Mail delays for some users; Calendar sync issue',
    );
  });

  it('shows why an aggregator document is rejected', async () => {
    stubFetch({ [CORP]: json({ ...statusDocument([]), schema: 2 }) });
    await storeSettings({ ...expectedDefaults('en-US'), aggregatorUrl: CORP });
    const root = await mount();
    await click(byTestId(root, 'test-aggregator')!);
    expect(text(byTestId(root, 'test-result-aggregator'))).toMatch(/^Failed: status document rejected: schema/);
  });

  it('sends the policy token only to the policy’s aggregator address', async () => {
    const calls = stubFetch({ [CORP]: json(statusDocument([])) });
    await setPolicy({ aggregatorUrl: CORP, aggregatorToken: 's3cret' });
    const root = await mount();
    await click(byTestId(root, 'test-aggregator')!);
    expect(text(byTestId(root, 'test-result-aggregator'))).toBe('Connected: no active problems');
    expect(calls.at(-1)).toMatchObject({ url: CORP, headers: { authorization: 'Bearer s3cret' } });

    const before = calls.length;
    await click(byTestId(root, 'test-azure-rss')!);
    // The feed, then (unrouted here, so failing) its fallback: neither gets the token.
    expect(calls.slice(before).map((c) => c.url)).toEqual([RSS, AZURE_MIRROR]);
    expect(calls.slice(before).every((c) => c.headers.authorization === undefined)).toBe(true);
  });

  it('words the result in Korean', async () => {
    setUiLanguage('ko-KR');
    stubFetch({ [RSS]: rss(fixture('azure-rss-incident.xml')), [url('m365-admin')]: { body: '<html></html>', type: 'text/html' } });
    const root = await mount();
    await click(byTestId(root, 'test-azure-rss')!);
    expect(text(byTestId(root, 'test-result-azure-rss'))).toMatch(/^연결 성공, 진행 중인 문제 1건: Azure Networking/);
    await click(byTestId(root, 'test-m365-admin')!);
    expect(text(byTestId(root, 'test-result-m365-admin'))).toMatch(/^실패: answered text\/html/);
  });

  it('shows progress while the request is in flight', async () => {
    let answer: (r: Response) => void = () => undefined;
    stubFetch();
    const locales = globalThis.fetch;
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
        String(input) === RSS ? new Promise<Response>((r) => (answer = r)) : locales(input, init),
      ),
    );
    const root = await mount();
    const button = byTestId(root, 'test-azure-rss') as HTMLButtonElement;
    await click(button);
    expect(text(byTestId(root, 'test-result-azure-rss'))).toBe('Testing…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
    answer(new Response(fixture('azure-rss-empty.xml'), { headers: { 'content-type': 'application/rss+xml' } }));
    await settle();
    expect(text(byTestId(root, 'test-result-azure-rss'))).toBe('Connected: no active problems');
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });
});
