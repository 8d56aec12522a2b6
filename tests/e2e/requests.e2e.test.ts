/**
 * No telemetry, no third parties: every host name the browser resolves is sent to the fixture server,
 * which records it; after a whole session (checks, popup, options, banner) only the configured sources
 * and Outlook's own hosts may appear. In Chromium and Firefox ESR (harness/driver.ts).
 */
import manifest from '../../manifest.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import { browserUnderTest, refresh, refreshUntil, testId, until } from '../../harness/driver';
import { type FixtureServer, SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';
import { type CrowdWorld, crowdWorld, office, PROBE_FAILS, PROBE_WORKS, SITE } from '../../harness/crowd-world';
import { canWritePolicy } from '../../harness/policy';

type Logged = FixtureServer['log'][number];

const BROWSER = browserUnderTest();
/** The banner's host element: its card is in a closed shadow root, out of reach of page and test selectors alike. */
const BANNER = '#ms-status-lens-banner';

/**
 * The browser's own traffic, which it makes with or without this extension, recognised by signatures that
 * extension code cannot produce by accident. Chromium: the extension updater (Omaha protocol,
 * `x-goog-update-*` headers), the Google account cookie check (Origin www.google.com) and the Google Cloud
 * Messaging device check-in (a protobuf POST to `/checkin`, seen from Debian's Chromium 150). Firefox: its
 * remote-settings client (Mozilla's settings service, API `/v1/`).
 */
function isBrowserOwn(l: Logged): boolean {
  return (
    (l.host === 'update.googleapis.com' && typeof l.headers['x-goog-update-updater'] === 'string') ||
    (l.host === 'accounts.google.com' && l.headers.origin === 'https://www.google.com') ||
    (l.host === 'android.clients.google.com' &&
      l.method === 'POST' &&
      l.path === '/checkin' &&
      l.headers['content-type'] === 'application/x-protobuf') ||
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
    // Without the organisation's policy nothing is reported anywhere: no POST, no /v1/probes, no report key kept.
    expect(suite.server.log.filter((l) => !isBrowserOwn(l) && (l.method === 'POST' || l.path.includes('/v1/probes')))).toEqual([]);
    expect(await suite.ext.inExtension((key) => chrome.storage.local.get(key), 'crowdReport')).toEqual({});
  });
});

// The policy is Chromium's (a machine-policy file); Firefox reads its policies elsewhere.
describe.skipIf(BROWSER !== 'chromium' || !canWritePolicy())("every request with the organisation's reports turned on (chromium)", () => {
  let world: CrowdWorld;
  beforeAll(async () => {
    world = await crowdWorld({ everyHost: true });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('adds exactly the report to the aggregator: nothing to anyone else, nothing else to it', async () => {
    await world.show(office(1, 0), PROBE_FAILS, 'probe-unreachable');
    await world.show(office(0, 0), PROBE_WORKS, 'all-clear');
    // Microsoft's hosts: only the probe of Outlook (the aggregator reads Microsoft's sources for it).
    const hosts = [...new Set(world.server.log.filter((l) => !isBrowserOwn(l)).map((l) => l.host))];
    expect(hosts).toEqual(['outlook.office.com']);
    expect(world.server.log.filter((l) => !isBrowserOwn(l) && l.method !== 'HEAD')).toEqual([]);
    // The aggregator: its status, and the reports: one per change of outcome here (→ network error → ok).
    expect([...new Set(world.corp.log.map((l) => `${l.method} ${l.path}`))].sort()).toEqual(
      ['GET /v1/status', 'OPTIONS /v1/probes', 'OPTIONS /v1/status', 'POST /v1/probes'].sort(),
    );
    const reports = world.corp.reports();
    // (The first check may run before Chromium hands the policy over, so an opening "ok" may be missing.)
    const outcomes = reports.map((r) => r.outcome);
    expect(outcomes.slice(-2)).toEqual(['network-error', 'ok']);
    expect(outcomes.length).toBeLessThanOrEqual(3);
    expect(outcomes.every((o, i) => i === 0 || o !== outcomes[i - 1])).toBe(true);
    const reporter = reports[0]!.reporter;
    for (const r of reports) {
      expect(r).toEqual({
        v: 1,
        reporter,
        host: 'outlook.office.com',
        outcome: r.outcome,
        latency: r.latency,
        site: SITE,
        version: manifest.version,
      });
    }
    for (const post of world.corp.log.filter((l) => l.method === 'POST'))
      expect(new TextEncoder().encode(post.body).length).toBeLessThanOrEqual(300);
  });
});
