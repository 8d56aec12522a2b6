/**
 * No telemetry, no third parties: every host name the browser resolves is sent to the fixture server,
 * which records it; after a whole session (checks, popup, options, banner) only the configured sources
 * and Outlook's own hosts may appear. In Chromium and Firefox ESR (harness/driver.ts).
 */
import manifest from '../../manifest.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import { browserUnderTest, refresh, refreshUntil, testId, until } from '../../harness/driver';
import { type FixtureServer, SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

type Logged = FixtureServer['log'][number];

const BROWSER = browserUnderTest();
/** The banner's host element: its card is in a closed shadow root, out of reach of page and test selectors alike. */
const BANNER = '#ms-status-lens-banner';

/**
 * The browser's own traffic, which it makes with or without this extension, recognised by signatures that
 * extension code cannot produce by accident. Chromium: the extension updater (Omaha protocol,
 * `x-goog-update-*` headers) and the Google account cookie check (Origin www.google.com). Firefox: its
 * remote-settings client (Mozilla's settings service, API `/v1/`).
 */
function isBrowserOwn(l: Logged): boolean {
  return (
    (l.host === 'update.googleapis.com' && typeof l.headers['x-goog-update-updater'] === 'string') ||
    (l.host === 'accounts.google.com' && l.headers.origin === 'https://www.google.com') ||
    (l.host === 'firefox.settings.services.mozilla.com' && l.path.startsWith('/v1/'))
  );
}

/** The hosts the manifest asks access to: the only ones the extension may reach by default. */
const EXPECTED = manifest.host_permissions.map((pattern) => new URL(pattern.replace('/*', '/')).hostname);

describe(`every request the extension makes (${BROWSER})`, () => {
  // Every name reaches the recorder, so a request to any unexpected host would be seen, not lost.
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port, { everyHost: true }), 'outage');

  it('goes only to the configured sources and the Outlook the person uses', async () => {
    await refresh(suite.ext);
    const popup = await suite.ext.open(suite.ext.popupUrl);
    await popup.waitFor(testId('headline'));
    const options = await suite.ext.open(suite.ext.optionsUrl);
    await options.waitFor(testId('options-form'));
    const outlook = await suite.ext.open('https://outlook.office.com/mail/');
    await until(
      () => outlook.count(BANNER),
      (n) => n === 1,
    );
    // The person's Outlook is at the new address: from the next check on, the probe goes there.
    const cloud = await suite.ext.open('https://outlook.cloud.microsoft/mail/');
    await until(
      () => cloud.count(BANNER),
      (n) => n === 1,
    );
    await refreshUntil(suite.ext, (s) => s.probe?.host === 'outlook.cloud.microsoft');
    suite.server.use(SCENARIOS.quiet);
    await refreshUntil(suite.ext, (s) => s.level === 'ok');
    await outlook.waitFor(BANNER, 'gone');
    expect(await outlook.count(BANNER)).toBe(0);

    const hosts = [...new Set(suite.server.log.filter((l) => !isBrowserOwn(l)).map((l) => l.host))].sort();
    expect(hosts.filter((h) => !EXPECTED.includes(h))).toEqual([]);
    expect(hosts).toEqual(expect.arrayContaining(['azure.status.microsoft', 'status.cloud.microsoft', 'outlook.office.com']));
    // The probe never carries cookies or credentials, and goes only to the default Outlook until an Outlook
    // tab says otherwise, then only to that one: never to Teams or the Microsoft 365 app.
    const probes = suite.server.log.filter((l) => l.method === 'HEAD');
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.filter((l) => l.cookie)).toEqual([]);
    expect([...new Set(probes.map((l) => l.host))].sort()).toEqual(['outlook.cloud.microsoft', 'outlook.office.com']);
    const firstToCloud = probes.findIndex((l) => l.host === 'outlook.cloud.microsoft');
    expect(probes.slice(firstToCloud).every((l) => l.host === 'outlook.cloud.microsoft')).toBe(true);
  });
});
