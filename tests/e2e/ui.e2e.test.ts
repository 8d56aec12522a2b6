/**
 * The two surfaces people read, in a real browser: the popup and the Outlook Web banner, through an
 * incident's life (outage → resolved), the "is it me?" verdict, and Korean. In Chromium and Firefox ESR
 * (harness/driver.ts). The banner's card lives in a closed shadow root that no page or test selector can
 * enter, so here only its presence is seen; what it says, how it is dismissed and how accessible it is are
 * checked in Chromium through the DevTools protocol (ux.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import {
  badge,
  browserUnderTest,
  checkedAfter,
  type ExtensionDriver,
  readSnapshot,
  refresh,
  refreshUntil,
  type TestPage,
  testId,
  toolbarPopupUrl,
  until,
} from '../../harness/driver';
import { SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

const BROWSER = browserUnderTest();
const BANNER = '#ms-status-lens-banner';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function openOutlook(ext: ExtensionDriver, url = 'https://outlook.office.com/mail/'): Promise<TestPage> {
  return ext.open(url);
}

async function openPopup(ext: ExtensionDriver, url = ext.popupUrl): Promise<TestPage> {
  const page = await ext.open(url, { width: 380, height: 600 });
  await page.waitFor(testId('headline'));
  return page;
}

/** The popup as the toolbar button opens it, once the popup's own header has replaced the first paint. */
async function openFromToolbar(ext: ExtensionDriver): Promise<TestPage> {
  const page = await openPopup(ext, await toolbarPopupUrl(ext));
  await page.waitFor(testId('refresh'));
  return page;
}

/** Waits until the banner's host is on the page (it has no box of its own: the card is fixed, in the shadow root). */
const bannerShown = (page: TestPage) =>
  until(
    () => page.count(BANNER),
    (n) => n === 1,
  );

const STATUS_SITES_ANSWERED =
  /^Microsoft's status sites answered in the same check \(.+\); Microsoft has posted nothing on the watched services\.$/;

/** Clicks the verdict's "Copy for IT", waits for "Copied" beside it, and reads the clipboard back. */
async function copyForIt(popup: TestPage): Promise<string> {
  await popup.click(`${testId('verdict')} ${testId('copy')}`);
  await until(
    () => popup.text(`${testId('verdict')} .done`),
    (t) => t === 'Copied',
  );
  return popup.readClipboard();
}

describe(`popup and banner through an APAC incident (English, ${BROWSER})`, () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port), 'outage');

  it('red badge; the popup shows the APAC event first (one card for its three posts), with its region and a Microsoft-side verdict', async () => {
    expect((await badge(suite.ext)).text).toBe('!');
    const popup = await openPopup(suite.ext);
    expect(await popup.attribute(testId('level'), 'data-level')).toBe('outage');
    expect(await popup.text(testId('headline'))).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(await popup.attribute(testId('incident'), 'data-incident-id')).toBe('azure-rss:vsg1-b90');
    expect(await popup.attribute(testId('incident'), 'data-posts')).toBe('3');
    expect(await popup.text(testId('incident'))).toContain('Asia Pacific');
    expect(await popup.text(testId('incident'))).toContain('Korea');
    expect(await popup.attribute(testId('verdict'), 'data-verdict')).toBe('microsoft');
    const hasHorizontalScroll = await popup.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(hasHorizontalScroll).toBe(false);
    await popup.close();
  });

  it("opened from the toolbar, the popup's address carries the worker's level and headline, and the popup ends with one header", async () => {
    const url = new URL(await toolbarPopupUrl(suite.ext));
    expect(url.pathname).toBe(new URL(suite.ext.popupUrl).pathname);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ level: 'outage', locale: 'en', word: 'Outage' });
    const popup = await openFromToolbar(suite.ext);
    expect(await popup.count(testId('headline'))).toBe(1);
    expect(await popup.count(testId('glance'))).toBe(0);
    expect(await popup.text(testId('headline'))).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(await popup.attribute(testId('incident'), 'data-incident-id')).toBe('azure-rss:vsg1-b90');
    await popup.close();
  });

  it('the banner appears inside fake Outlook Web, its shadow root closed to the page', async () => {
    const page = await openOutlook(suite.ext);
    expect(await bannerShown(page)).toBe(1);
    expect(await page.evaluate(() => document.getElementById('ms-status-lens-banner')!.shadowRoot === null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.b') === null)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('topbar')!.getBoundingClientRect().top)).toBe(0);
    await page.close();
  });

  it('the banner shows on outlook.live.com too: Azure networking breaks both kinds of Outlook', async () => {
    const page = await openOutlook(suite.ext, 'https://outlook.live.com/mail/0/');
    expect(await bannerShown(page)).toBe(1);
    await page.close();
  });

  it('when the incident resolves: green after a refresh, and an open banner disappears without a reload', async () => {
    const page = await openOutlook(suite.ext, 'https://outlook.live.com/mail/0/');
    await bannerShown(page);
    const popup = await openPopup(suite.ext);
    suite.server.use(SCENARIOS.apacResolved);
    const before = (await readSnapshot(suite.ext))?.checkedAt;
    await popup.click(testId('refresh'));
    // The first check sees the item gone and keeps it until the next one confirms: a refresh, here.
    expect((await checkedAfter(suite.ext, before))?.level).toBe('outage');
    const after = await refreshUntil(suite.ext, (s) => s.level === 'ok');
    expect(after?.level).toBe('ok');
    await page.waitFor(BANNER, 'gone');
    await until(
      () => popup.attribute(testId('level'), 'data-level'),
      (l) => l === 'ok',
    );
    expect(await popup.count(testId('incident-resolved'))).toBeGreaterThan(0);
    expect((await badge(suite.ext)).text).toBe('');
    await page.close();
    await popup.close();
  });

  it('Outlook unreachable with quiet feeds: the "your network" verdict, its own badge, its steps, and what it copies for IT', async () => {
    suite.server.use(SCENARIOS.quiet);
    suite.server.outlookProbe = { reset: true };
    await refresh(suite.ext);
    await refresh(suite.ext);
    await until(
      () => readSnapshot(suite.ext),
      (s) => s?.assessment.reason === 'probe-unreachable',
    );
    expect((await badge(suite.ext)).text).toBe('NET');
    const popup = await openPopup(suite.ext);
    expect(await popup.attribute(testId('verdict'), 'data-verdict')).toBe('local');
    expect(await popup.text(testId('verdict'))).toMatch(/Outlook doesn't answer from your network/);
    expect(await popup.text(testId('verdict'))).toMatch(/check your VPN or proxy first, then try another network/);
    const copied = (await copyForIt(popup)).split('\n');
    expect(copied[0]).toMatch(/^Outlook check from this browser: .+$/);
    expect(copied[1]).toMatch(STATUS_SITES_ANSWERED);
    await popup.close();
    suite.server.outlookProbe = { status: 302 };
  });

  it('Outlook answering 503 while the status sites answer: Outlook\'s side, not yet posted, not "your network"; the copy for IT says so', async () => {
    suite.server.use(SCENARIOS.quiet);
    suite.server.outlookProbe = { status: 503 };
    await refresh(suite.ext);
    await refresh(suite.ext);
    await until(
      () => readSnapshot(suite.ext),
      (s) => s?.assessment.reason === 'probe-server-error',
    );
    expect((await badge(suite.ext)).text).toBe('!');
    const popup = await openPopup(suite.ext);
    expect(await popup.attribute(testId('verdict'), 'data-verdict')).toBe('server');
    expect(await popup.text(testId('verdict'))).toMatch(/Outlook answered with a server error \(HTTP 503\) twice/);
    expect(await popup.text(testId('verdict'))).toMatch(/No need to restart or change networks/);
    expect((await copyForIt(popup)).split('\n').slice(0, 2)).toEqual([
      'Outlook check from this browser: answered HTTP 503',
      expect.stringMatching(STATUS_SITES_ANSWERED),
    ]);
    await popup.close();
    suite.server.outlookProbe = { status: 302 };
  });

  it('every source failing: grey, and no banner', async () => {
    suite.server.use(SCENARIOS.allFailing);
    await refresh(suite.ext);
    await until(
      () => readSnapshot(suite.ext),
      (s) => s?.assessment.reason === 'no-data',
    );
    expect((await badge(suite.ext)).text).toBe('?');
    const page = await openOutlook(suite.ext);
    await pause(1_000);
    expect(await page.count(BANNER)).toBe(0);
    const popup = await openPopup(suite.ext);
    expect(await popup.attribute(testId('level'), 'data-level')).toBe('unknown');
    expect(await popup.attribute(testId('verdict'), 'data-verdict')).toBe('unknown');
    await popup.close();
    await page.close();
  });
});

describe(`Korean browser (${BROWSER})`, () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port, { locale: 'ko' }), 'outage');

  it('the popup and the banner speak Korean', async () => {
    const toolbar = await openFromToolbar(suite.ext);
    expect(await toolbar.text(testId('headline'))).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
    expect(new URL(await toolbarPopupUrl(suite.ext)).searchParams.get('word')).toBe('장애');
    await toolbar.close();
    const popup = await openPopup(suite.ext);
    expect(await popup.text(testId('headline'))).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
    expect(await popup.text(testId('refresh'))).toMatch(/새로 고침/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ko');
    await popup.close();
    const page = await openOutlook(suite.ext);
    expect(await bannerShown(page)).toBe(1);
    await page.close();
  });
});
