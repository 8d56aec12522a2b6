/** The built extension loads and its background checks paint the toolbar, in Chromium and Firefox ESR (harness/driver.ts). */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import { badge, browserUnderTest, readSnapshot, refresh, refreshUntil, until } from '../../harness/driver';
import { SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

const BROWSER = browserUnderTest();
const RED = [197, 15, 31, 255];

describe(`smoke: the built extension in ${BROWSER}`, () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port));

  it('is an MV3 extension whose background checks right at install', async () => {
    expect(suite.ext.id).toMatch(BROWSER === 'chromium' ? /^[a-p]{32}$/ : /^[0-9a-f-]{36}$/);
    const snapshot = await until(
      () => readSnapshot(suite.ext),
      (s) => !!s,
    );
    expect(snapshot).toBeDefined();
    expect(suite.server.count('azureRss')).toBeGreaterThan(0);
    expect(suite.server.count('probe')).toBeGreaterThan(0);
    const alarms = await suite.ext.inExtension(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toContain('check');
  });

  it('an APAC networking incident affecting Microsoft 365 paints the icon red', async () => {
    const snapshot = await until(
      () => readSnapshot(suite.ext),
      (s) => s?.level === 'outage',
    );
    expect(snapshot?.assessment.headline).toBe('azure-rss:vsg1-b90');
    expect(await badge(suite.ext)).toEqual({ text: '!', color: RED });
    const title = await suite.ext.inExtension(() => chrome.action.getTitle({}));
    expect(title).toMatch(/outage in Asia Pacific/);
  });

  it('quiet feeds and a reachable Outlook paint it green', async () => {
    suite.server.use(SCENARIOS.quiet);
    // The incident that left the feed is confirmed gone at the next check.
    const snapshot = await refreshUntil(suite.ext, (s) => s.level === 'ok');
    expect(snapshot?.level).toBe('ok');
    expect(await badge(suite.ext)).toEqual({ text: '', color: [16, 124, 16, 255] });
  });

  it('every source failing paints it grey, never green', async () => {
    suite.server.use(SCENARIOS.allFailing);
    await refresh(suite.ext);
    const snapshot = await until(
      () => readSnapshot(suite.ext),
      (s) => s?.level === 'unknown',
    );
    expect(snapshot?.assessment.reason).toBe('no-data');
    expect((await badge(suite.ext)).text).toBe('?');
  });
});
