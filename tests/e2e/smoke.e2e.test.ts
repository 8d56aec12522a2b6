/** The built extension loads and its background checks paint the toolbar, in Chromium and Firefox ESR (harness/driver.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import { badge, browserUnderTest, type ExtensionDriver, readSnapshot, refresh, refreshUntil, until } from '../../harness/driver';
import { FixtureServer, SCENARIOS } from '../../harness/fixture-server';

const BROWSER = browserUnderTest();
const RED = [197, 15, 31, 255];

describe(`smoke: the built extension in ${BROWSER}`, () => {
  const server = new FixtureServer();
  let ext: ExtensionDriver;

  beforeAll(async () => {
    server.use(SCENARIOS.apacOutage);
    ext = await launchBrowser(BROWSER, await server.start());
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('is an MV3 extension whose background checks right at install', async () => {
    expect(ext.id).toMatch(BROWSER === 'chromium' ? /^[a-p]{32}$/ : /^[0-9a-f-]{36}$/);
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => !!s,
    );
    expect(snapshot).toBeDefined();
    expect(server.count('azureRss')).toBeGreaterThan(0);
    expect(server.count('probe')).toBeGreaterThan(0);
    const alarms = await ext.inExtension(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toContain('check');
  });

  it('an APAC networking incident affecting Microsoft 365 paints the icon red', async () => {
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'outage',
    );
    expect(snapshot?.assessment.headline).toBe('azure-rss:vsg1-b90');
    expect(await badge(ext)).toEqual({ text: '!', color: RED });
    const title = await ext.inExtension(() => chrome.action.getTitle({}));
    expect(title).toMatch(/outage in Asia Pacific/);
  });

  it('quiet feeds and a reachable Outlook paint it green', async () => {
    server.use(SCENARIOS.quiet);
    // The incident that left the feed is confirmed gone at the next check.
    const snapshot = await refreshUntil(ext, (s) => s.level === 'ok');
    expect(snapshot?.level).toBe('ok');
    expect(await badge(ext)).toEqual({ text: '', color: [16, 124, 16, 255] });
  });

  it('every source failing paints it grey, never green', async () => {
    server.use(SCENARIOS.allFailing);
    await refresh(ext);
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'unknown',
    );
    expect(snapshot?.assessment.reason).toBe('no-data');
    expect((await badge(ext)).text).toBe('?');
  });
});
