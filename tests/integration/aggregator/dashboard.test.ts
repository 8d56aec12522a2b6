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
import { MicrosoftFake } from '../../../harness/microsoft-fake';

const TOKEN = 'dashboard-bearer-token-0123456789abcdef';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let fake: MicrosoftFake;
let server: RunningServer;
let browser: Browser;

async function post(site: string, i: number, outcome: string): Promise<number> {
  const res = await fetch(`${server.url}/v1/probes`, {
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
  expect(statuses.every((s) => s === 204)).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.stop();
});

async function open(locale: string, width: number) {
  const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/dashboard`);
  await page.fill('#token', TOKEN);
  await page.click('#load');
  await page.waitForSelector('#sites table');
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
    expect(rows).toContainEqual(['Whole organisation', 'Work or school', '22', '50 %']);
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
