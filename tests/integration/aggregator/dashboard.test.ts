/**
 * The IT dashboard in real Chromium: the Node aggregator on loopback (public sources from the stand-in for
 * Microsoft), reports posted as two offices' browsers, the token typed into the page. Checks what the page
 * shows, in English and Korean, at desktop and phone width, and axe-core's WCAG checks.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../../aggregator/node';
import { axeViolations } from '../../../harness/banner';
import { CHROMIUM } from '../../../harness/extension';
import { fixture } from '../../../harness/fixtures';
import { MicrosoftFake } from '../../../harness/microsoft-fake';

const TOKEN = 'dashboard-bearer-token-0123456789abcdef';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let fake: MicrosoftFake;
let server: RunningServer;
let browser: Browser;

async function post(site: string, i: number, outcome: string, to: RunningServer = server): Promise<number> {
  const res = await fetch(`${to.url}/v1/probes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      v: 1,
      reporter: `dash-${site.replace(/\W/g, '')}-${String(i).padStart(8, '0')}`,
      host: 'outlook.office.com',
      outcome,
      latency: '<0.5s',
      site,
      version: '0.2.0',
    }),
  });
  return res.status;
}

beforeAll(async () => {
  fake = new MicrosoftFake();
  await fake.start();
  const env = fake.env({ AGGREGATOR_TOKEN: TOKEN, PORT: '0' });
  for (const k of ['AGGREGATOR_TENANT_ID', 'AGGREGATOR_CLIENT_ID', 'AGGREGATOR_CLIENT_SECRET']) delete env[k];
  server = await startServer({ env, logger: { info: () => {}, warn: () => {} } });
  const statuses = await Promise.all([
    ...Array.from({ length: 12 }, (_, i) => post('Seoul HQ', i, i < 9 ? 'server-error' : 'ok')),
    ...Array.from({ length: 8 }, (_, i) => post('Busan', i, 'ok')),
    ...Array.from({ length: 2 }, (_, i) => post('Jeju', i, 'timeout')),
  ]);
  expect(statuses.every((s) => s === 200)).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.stop();
});

/** The dashboard of an aggregator (by default the live one), signed in with the token and loaded. */
async function open(locale: string, width: number, { url = server.url, height = 800, ready = '#sites table' } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${url}/dashboard`);
  await page.fill('#token', TOKEN);
  await page.click('#load');
  await page.waitForSelector(ready);
  return { page, context, requests };
}

describe('the IT dashboard in Chromium', () => {
  it('shows each site with its browsers and failing share, "not enough" below k, a chart, and passes axe', async () => {
    const { page, context, requests } = await open('en-GB', 1200);
    // Site, Outlook, browsers, failing share (the "failing since" column depends on the minute the test runs in).
    const rows = await page.$$eval('#sites tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent?.trim())),
    );
    expect(rows).toContainEqual(['Seoul HQ', 'Work or school', '12', '75 %']);
    expect(rows).toContainEqual(['Busan', 'Work or school', '8', '0 %']);
    expect(rows).toContainEqual(['Jeju', 'Work or school', '–', 'Not enough browsers to tell']);
    // Jeju (2, below k) is left out of the organisation's totals, or subtraction would give its numbers.
    expect(rows).toContainEqual(['Whole organisation', 'Work or school', '20', '45 %']);
    expect(await page.locator('#charts figure').count()).toBeGreaterThan(0);
    // The token travels in a header, never in an address that a log could keep.
    expect(requests.every((u) => !u.includes(TOKEN))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('speaks Korean when the browser prefers it, switches to English on request, and fits a phone', async () => {
    const { page, context } = await open('ko-KR', 375);
    expect(await page.textContent('h1')).toBe('조직 전체의 Outlook 상태');
    expect(await page.textContent('#sites')).toContain('판단하기에 브라우저 수가 부족합니다');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button[data-lang="en"]');
    expect(await page.textContent('h1')).toBe('Outlook across the organisation');
    await context.close();
  });

  it('says so when the token is wrong, and shows no data', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.fill('#token', 'not-the-token-0000000000000000');
    await page.click('#load');
    await page.waitForFunction(() => document.getElementById('message')?.textContent === 'The token is not valid.');
    expect(await page.locator('#sites table').count()).toBe(0);
    await context.close();
  });
});

const MIN = 60_000;
/** RFC 822 as the Azure feed writes it ("Wed, 25 Jan 2023 08:10:32 Z"). */
const rfc822 = (ms: number) => new Date(ms).toUTCString().replace('GMT', 'Z');

/**
 * A past outage inside the chart's 24 hours: the aggregator's clock is set back three hours while two
 * offices' browsers report failing, then brought to the present. Microsoft's post is the Azure feed fixture
 * re-dated (COMPOSED: its impact statement moved to 15 minutes before the crowd's run, its post to 52 minutes
 * after), so the chart has an incident to shade and the lead-time table a row.
 */
describe('the IT dashboard after an outage the organisation saw first', () => {
  let pastFake: MicrosoftFake;
  let past: RunningServer;
  let runFrom: number;
  let postedAt: number;

  beforeAll(async () => {
    // Five seconds into a minute three hours ago: the reports below all land in that minute.
    let offset = Math.floor((Date.now() - 3 * 3600e3) / MIN) * MIN + 5_000 - Date.now();
    runFrom = Date.now() + offset - 5_000 + MIN;
    postedAt = runFrom + 52 * MIN;
    const started = new Date(runFrom - 15 * MIN);
    const startedText = `${started.toISOString().slice(11, 16)} UTC on ${started.getUTCDate()} ${started.toUTCString().slice(8, 11)} ${started.getUTCFullYear()}`;
    const feed = fixture('azure-rss-incident.xml');
    expect(feed).toContain('Starting at 07:05 UTC on 25 Jan 2023');
    pastFake = new MicrosoftFake();
    await pastFake.start();
    pastFake.overrides.set('azure-rss', {
      body: feed
        .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(Date.now())}</lastBuildDate>`)
        .replace(/<pubDate>[^<]*<\/pubDate>/, `<pubDate>${rfc822(postedAt)}</pubDate>`)
        .replace('Starting at 07:05 UTC on 25 Jan 2023', `Starting at ${startedText}`),
      type: 'application/rss+xml; charset=utf-8',
    });
    const env = pastFake.env({ AGGREGATOR_TOKEN: TOKEN, PORT: '0' });
    for (const k of ['AGGREGATOR_TENANT_ID', 'AGGREGATOR_CLIENT_ID', 'AGGREGATOR_CLIENT_SECRET']) delete env[k];
    past = await startServer({ env, now: () => Date.now() + offset, logger: { info: () => {}, warn: () => {} } });
    const failing = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => post('Seoul HQ', i, i < 10 ? 'timeout' : 'ok', past)),
      ...Array.from({ length: 8 }, (_, i) => post('Busan', i, i < 7 ? 'server-error' : 'ok', past)),
    ]);
    expect(failing.every((s) => s === 200)).toBe(true);
    // The next minute's sample starts the run; then the present, where those reporters have long expired.
    offset += 2 * MIN;
    expect((await fetch(`${past.url}/v1/dashboard-data`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    // The present: a round a minute ago, so the chart has a point now (sampled as the minute passes).
    offset = -MIN;
    const now = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => post('Seoul HQ', 100 + i, 'ok', past)),
      ...Array.from({ length: 8 }, (_, i) => post('Busan', 100 + i, 'ok', past)),
    ]);
    expect(now.every((s) => s === 200)).toBe(true);
    offset = 0;
  });

  afterAll(async () => {
    await past?.close();
    await pastFake?.stop();
  });

  it("draws Microsoft's incident over each site's chart and lists the lead time, and passes axe", async () => {
    const { page, context } = await open('en-GB', 1200, { url: past.url, height: 900, ready: '#leads table' });

    const leads = await page.$$eval('#leads tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(leads).toHaveLength(1);
    expect(leads[0]![1]).toBe('52 min');
    expect(leads[0]![2]).toContain('Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services');
    // The lead is on screen, not scrolled off by Microsoft's long title.
    const lead = (await page.locator('#leads tbody td.num').boundingBox())!;
    expect(lead.x + lead.width).toBeLessThanOrEqual(1200);

    const charts = await page.$$eval('#charts figure', (figures) =>
      figures.map((f) => {
        const view = f.querySelector('svg')!.viewBox.baseVal;
        const rects = [...f.querySelectorAll('rect.incident')].map((r) => ({
          x: Number(r.getAttribute('x')),
          width: Number(r.getAttribute('width')),
          title: r.querySelector('title')?.textContent,
        }));
        // Each line or dot as the x of its points, in drawing order.
        const marks = [...f.querySelectorAll('polyline.line, circle.dot')].map((m) =>
          m.tagName === 'circle'
            ? [Number(m.getAttribute('cx'))]
            : (m.getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[0])),
        );
        return { caption: f.querySelector('figcaption')?.textContent, width: view.width, rects, marks };
      }),
    );
    expect(charts.map((c) => c.caption)).toEqual(['Busan – Work or school', 'Seoul HQ – Work or school']);
    for (const chart of charts) {
      // One shaded span, from about 3 h 15 min ago (of 24 h) to the right edge, named by Microsoft's title.
      expect(chart.rects).toHaveLength(1);
      const [rect] = chart.rects;
      expect(rect!.x).toBeGreaterThan(chart.width * 0.8);
      expect(rect!.x + rect!.width).toBeLessThanOrEqual(chart.width);
      expect(rect!.width).toBeGreaterThan(chart.width * 0.1);
      expect(rect!.title).toContain('Azure Networking - Asia Pacific');
      // The outage's 10-minute points are one line under the shading; the present is a mark at the right
      // edge; nothing is drawn across the three hours without reports between them.
      expect(chart.marks).toHaveLength(2);
      const [outage, present] = chart.marks as [number[], number[]];
      expect(outage.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...outage)).toBeGreaterThan(rect!.x);
      expect(Math.max(...outage) - Math.min(...outage)).toBeLessThan(chart.width * 0.03);
      expect(Math.min(...present)).toBeGreaterThan(chart.width * 0.95);
    }
    expect(await axeViolations(page)).toEqual([]);

    await context.close();
  });

  it('shows the same in Korean at phone width, without the page overflowing', async () => {
    const { page, context } = await open('ko-KR', 375, { url: past.url, ready: '#leads table' });
    expect(await page.textContent('#leads thead')).toContain('앞선 시간');
    expect(await page.textContent('#leads tbody td.num')).toBe('52분');
    expect(await page.locator('#charts rect.incident').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
