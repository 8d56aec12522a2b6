/**
 * The banner in each app, in Chromium, read through its closed shadow root (DevTools protocol,
 * harness/banner.ts): its words name the app in English and Korean; in Teams' meeting and chat view it
 * moves nothing of the app's own layout; a page cannot switch it off by naming frames or elements
 * "chrome" or "browser"; and no file of the extension can be fetched by a page to tell it is installed.
 * Which app shows which incident, in both browsers, is apps.e2e.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { M365, OUTLOOK_NEW, TEAMS } from '../../harness/apps';
import { waitForBanner } from '../../harness/banner';
import { launchExtension, readSnapshot, refreshUntil, type Extension } from '../../harness/extension';
import { FAKE_OUTLOOK_PAGE, SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

async function open(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  return page;
}

async function bannerText(ext: Extension, url: string): Promise<string> {
  const page = await open(ext, url);
  const text = (await (await waitForBanner(page))?.text()) ?? '';
  await page.close();
  return text;
}

/** Where the app's own parts are, and whether anything scrolls: what a banner must never change. */
function layout(page: Page) {
  return page.evaluate(() => ({
    boxes: ['topbar', 'rail', 'chats', 'stage', 'video', 'callbar', 'compose', 'mute', 'leave'].map((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return [id, r.x, r.y, r.width, r.height];
    }),
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, scrollX, scrollY],
    bodyChildren: document.body.children.length,
  }));
}

describe('the banner in each app, as people see it (Chromium)', () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchExtension(port), 'outage');

  it('names the app it is in: Outlook at outlook.cloud.microsoft, Teams at both hosts, the Microsoft 365 app', async () => {
    expect(await bannerText(suite.ext, OUTLOOK_NEW)).toMatch(
      /^Status LensNot your PC: Microsoft reports an outage affecting Outlook since /,
    );
    for (const url of TEAMS) expect(await bannerText(suite.ext, url), url).toMatch(/Microsoft reports an outage affecting Teams since /);
    expect(await bannerText(suite.ext, M365)).toMatch(/Microsoft reports an outage affecting Microsoft 365 since /);
  });

  it('speaks Korean when the language setting says so, naming the app', async () => {
    await suite.ext.inExtension(() => chrome.storage.sync.set({ settings: { version: 4, language: 'ko' } }));
    await refreshUntil(suite.ext, (s) => s.language === 'ko');
    expect(await bannerText(suite.ext, TEAMS[0]!)).toMatch(/내 PC 문제가 아닙니다\. .*부터 Microsoft 측 Teams 장애/);
    expect(await bannerText(suite.ext, OUTLOOK_NEW)).toMatch(/부터 Microsoft 측 Outlook 장애/);
    expect(await bannerText(suite.ext, M365)).toMatch(/부터 Microsoft 측 Microsoft 365 장애/);
    await suite.ext.inExtension(() => chrome.storage.sync.set({ settings: { version: 4 } }));
    await refreshUntil(suite.ext, (s) => s.language === 'auto');
  });

  it.each([
    ['<iframe name="chrome">', '<iframe name="chrome"></iframe>'],
    ['<iframe name="browser">', '<iframe name="browser"></iframe>'],
    ['both frames', '<iframe name="browser"></iframe><iframe name="chrome"></iframe>'],
    [
      'an element id="chrome" and a form id="browser" with a control named "runtime"',
      '<div id="chrome"></div><form id="browser"><input name="runtime"></form>',
    ],
    [
      'frames added by the page’s script after load',
      '<script>for (const n of ["chrome","browser"]) { const f = document.createElement("iframe"); f.name = n; document.body.append(f); }</script>',
    ],
  ])('a page with %s cannot switch the banner off', async (_name, html) => {
    suite.server.outlookPage = { type: 'text/html; charset=utf-8', body: FAKE_OUTLOOK_PAGE.replace('</body>', `${html}</body>`) };
    try {
      const page = await open(suite.ext, OUTLOOK_NEW);
      expect(await (await waitForBanner(page))?.text()).toMatch(/affecting Outlook/);
      await page.close();
    } finally {
      suite.server.outlookPage = { type: 'text/html; charset=utf-8', body: FAKE_OUTLOOK_PAGE };
    }
  });

  it('exposes no file to the page: the words, the banner code and the manifest cannot be fetched to tell the extension is there', async () => {
    const page = await open(suite.ext, OUTLOOK_NEW);
    await waitForBanner(page);
    const paths = [
      '_locales/en/messages.json',
      '_locales/ko/messages.json',
      'src/content/banner.js',
      'src/content/gate.js',
      'manifest.json',
    ];
    const results = await page.evaluate(
      async ({ id, paths }) =>
        Promise.all(
          paths.map((p) =>
            fetch(`chrome-extension://${id}/${p}`).then(
              (r) => `${p}: HTTP ${r.status}`,
              () => `${p}: refused`,
            ),
          ),
        ),
      { id: suite.ext.id, paths },
    );
    expect(results).toEqual(paths.map((p) => `${p}: refused`));
    await page.close();
    expect((await readSnapshot(suite.ext))?.level).toBe('outage');
  });
  // Last: a dismissal holds in every app until the incident changes (its key is the incident's, not the app's).
  it("in Teams' meeting and chat view it floats over the foot of the chat list, clear of the compose box, and moves none of Teams' own layout", async () => {
    const page = await open(suite.ext, TEAMS[1]!);
    const card = await waitForBanner(page);
    const withBanner = await layout(page);
    // The card floats inside the viewport, below Teams' top bar.
    const box = await card!.call<{ top: number; bottom: number; left: number; right: number }>(
      'function () { const r = this.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }',
    );
    expect(box.top).toBeGreaterThan(48);
    expect(box.bottom).toBeLessThanOrEqual(720);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(1280);
    // Clear of the box people type into, and of the meeting's own controls.
    for (const id of ['compose', 'mute', 'leave']) {
      const other = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().toJSON(), id);
      const apart = box.right <= other.left || box.left >= other.right || box.bottom <= other.top || box.top >= other.bottom;
      expect(apart, id).toBe(true);
    }
    await card!.clickDismiss();
    await waitForBanner(page, true);
    expect(await layout(page)).toEqual(withBanner);
    await page.close();
  });
});
