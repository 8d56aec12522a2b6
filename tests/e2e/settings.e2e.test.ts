/**
 * Settings in a real browser (Chromium): a region ticked in the options page repaints the icon within a
 * second, a notification's click opens its incident, and settings that survive both a corrupted stored
 * value and an extension update. The notifications' texts at an incident's start and end, one each however
 * many polls see it, are checked in both browsers in helpdesk.e2e.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, checkedAfter, DIST, launchExtension, readSnapshot, until, type Extension } from '../../harness/extension';
import { FixtureServer, SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

const RED = [197, 15, 31, 255];
const INCIDENT = 'azure-rss:vsg1-b90';
const NOTIFICATION_ID = `incident:${INCIDENT}`;

async function openOptions(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.getByTestId('options-form').waitFor();
  return page;
}

function syncSettings(ext: Extension): Promise<unknown> {
  return ext.inExtension(async () => (await chrome.storage.sync.get('settings')).settings);
}

describe('watched regions: a tick in the options page repaints the icon at once', () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchExtension(port), 'outage');
  let options: Page;

  beforeAll(async () => {
    options = await openOptions(suite.ext);
  });

  it('watching only Europe: the same feeds leave nothing in region, so the level is ok', async () => {
    for (const region of ['korea', 'asia-pacific', 'europe']) await options.getByTestId(`region-${region}`).uncheck();
    const before = (await readSnapshot(suite.ext))?.checkedAt;
    await options.getByTestId('region-europe').check();
    await until(
      () => syncSettings(suite.ext),
      (s) => (s as { watchedRegions?: string[] } | undefined)?.watchedRegions?.join() === 'europe',
    );
    const snapshot = await checkedAfter(suite.ext, before, (s) => s.level === 'ok');
    // Every APAC item (the Azure RSS outage, the Outlook.com and Azure summary degradations) is out of region.
    expect(snapshot?.assessment).toMatchObject({ level: 'ok', reason: 'all-clear', relevant: [] });
    expect(snapshot?.assessment.other).toContain(INCIDENT);
    expect(
      await until(
        () => badge(suite.ext),
        (b) => b.text === '',
      ),
    ).toMatchObject({ text: '' });
  });

  it('ticking Asia Pacific turns the badge red within one second', async () => {
    const started = Date.now();
    await options.getByTestId('region-asia-pacific').check();
    const painted = await until(
      () => badge(suite.ext),
      (b) => b.text === '!' && b.color.join() === RED.join(),
      5_000,
    );
    const elapsed = Date.now() - started;
    expect(painted).toEqual({ text: '!', color: RED });
    expect(elapsed).toBeLessThan(1_000);
    const snapshot = await readSnapshot(suite.ext);
    expect(snapshot?.assessment).toMatchObject({ level: 'outage', headline: INCIDENT });
    expect(await syncSettings(suite.ext)).toMatchObject({ watchedRegions: ['asia-pacific', 'europe'] });
  });

  it('a change made while a check is still running is not lost: one more check follows with the new settings', async () => {
    // A slow feed keeps the next check busy for a few seconds; the change lands in the middle of it.
    suite.server.use({ ...SCENARIOS.apacOutage, azureRss: { ...SCENARIOS.apacOutage.azureRss, delayMs: 2_000 } });
    const before = (await readSnapshot(suite.ext))?.checkedAt;
    const popup = await suite.ext.context.newPage();
    await popup.goto(suite.ext.popupUrl);
    const reads = suite.server.count('azureRss');
    const refreshing = popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    // The slow request has arrived: the check is under way and has read the settings.
    await until(
      () => Promise.resolve(suite.server.count('azureRss')),
      (n) => n > reads,
      3_000,
    );
    await options.getByTestId('region-asia-pacific').uncheck();
    await refreshing;
    // The refresh that was running read the old regions (outage); the follow-up reads Europe only.
    const after = await checkedAfter(suite.ext, before, (s) => s.level === 'ok');
    expect(after?.level).toBe('ok');
    // The snapshot is stored before the toolbar is painted.
    expect(
      (
        await until(
          () => badge(suite.ext),
          (b) => b.text === '',
          2_000,
        )
      ).text,
    ).toBe('');
    await popup.close();
    suite.server.use(SCENARIOS.apacOutage);
  });
});

describe('a desktop notification clicked opens the popup on its incident (Chromium)', () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchExtension(port), 'outage');

  it("the worker's click handler opens the popup page on that incident, its card focused", async () => {
    const opened = suite.ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('incident=') });
    // Headless Chromium shows no notification to click; dispatching the event runs the worker's own listener.
    await suite.ext.worker.evaluate(
      (id) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id),
      NOTIFICATION_ID,
    );
    const page = await opened;
    expect(new URL(page.url()).searchParams.get('incident')).toBe(INCIDENT);
    const card = page.locator(`[data-incident-id="${INCIDENT}"]`).first();
    await card.waitFor();
    await until(
      () => card.evaluate((el) => el === document.activeElement),
      (focused) => focused,
      5_000,
    );
    expect(await card.evaluate((el) => el === document.activeElement && el.classList.contains('requested'))).toBe(true);
    await page.close();
  });
});

/**
 * Chromium disables a command-line unpacked extension when it reloads unless the profile is in developer
 * mode ("unsupported developer extension"), so turn that on first, from the extensions page's own API.
 */
async function enableDeveloperMode(ext: Extension): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions');
  const on = await page.evaluate(async () => {
    const dev = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
    await dev.updateProfileConfiguration({ inDeveloperMode: true });
    return (await dev.getProfileConfiguration()).inDeveloperMode;
  });
  await page.close();
  expect(on).toBe(true);
}

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  getProfileConfiguration(): Promise<{ inDeveloperMode: boolean }>;
}

describe('settings survive a corrupted stored value and an extension update', () => {
  const server = new FixtureServer();
  // Unusable pollMinutes; everything else valid and not the defaults.
  const CORRUPT = { version: 2, pollMinutes: 'soon', watchedRegions: ['korea'], banner: false };
  let dir: string;
  let ext: Extension;

  beforeAll(async () => {
    server.use(SCENARIOS.quiet);
    // A copy of the build, so the test can give it a new version as an update would.
    dir = mkdtempSync(join(tmpdir(), 'msl-ext-'));
    cpSync(DIST, dir, { recursive: true });
    ext = await launchExtension(await server.start(), { extensionDir: dir });
    await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'ok',
    );
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function expectShown(page: Page): Promise<void> {
    expect(await page.getByTestId('poll-minutes').inputValue()).toBe('5');
    expect(await page.getByTestId('region-korea').isChecked()).toBe(true);
    expect(await page.getByTestId('region-europe').isChecked()).toBe(false);
    expect(await page.getByTestId('region-asia-pacific').isChecked()).toBe(false);
    // v2's banner switch, off, stays off in every app (settings.MIGRATIONS[3]).
    for (const app of ['outlook-business', 'outlook-consumer', 'teams', 'm365'])
      expect(await page.getByTestId(`banner-${app}`).isChecked()).toBe(false);
  }

  it('a corrupted field falls back to its default; the rest are kept, and nothing is rewritten', async () => {
    const before = (await readSnapshot(ext))?.checkedAt;
    await ext.inExtension((value) => chrome.storage.sync.set({ settings: value }), CORRUPT);
    // The worker re-checks with the repaired settings.
    const snapshot = await checkedAfter(ext, before);
    expect(snapshot?.pollMinutes).toBe(5);
    const page = await openOptions(ext);
    await expectShown(page);
    await page.close();
    expect(await syncSettings(ext)).toEqual(CORRUPT);
  });

  it('after an update to a new version (extension reloaded), the same settings and a rebuilt snapshot', async () => {
    const before = (await readSnapshot(ext))?.checkedAt;
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const oldVersion = manifest.version;
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));

    await enableDeveloperMode(ext);
    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 15_000 });
    // The worker is torn down mid-call, so the evaluate itself may not get an answer.
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    ext.worker = await restarted;

    expect(oldVersion).not.toBe('99.0.0');
    // The worker that answers may still be the one being torn down: ask the current one until the new version speaks.
    const version = await until(
      () => ext.inExtension(() => chrome.runtime.getManifest().version).catch(() => undefined),
      (v) => v === '99.0.0',
    );
    expect(version).toBe('99.0.0');
    expect(await syncSettings(ext)).toEqual(CORRUPT);
    const rebuilt = await checkedAfter(ext, before);
    expect(rebuilt).toMatchObject({ level: 'ok', pollMinutes: 5 });
    const page = await openOptions(ext);
    await expectShown(page);
    await page.close();
  });
});
