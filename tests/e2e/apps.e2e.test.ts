/**
 * The banner where people use Microsoft 365 today, in Chromium and Firefox ESR (harness/driver.ts): Outlook
 * at outlook.cloud.microsoft, Teams at both its hosts, the Microsoft 365 app. Each app shows what touches its
 * own services and what they stand on: an Exchange-only incident in Outlook and not in Teams, a Teams-only
 * one the reverse. The probe follows the person to the Outlook they open. What each banner says is read
 * through the closed shadow root in Chromium (apps-banner.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../harness/browsers';
import { EXCHANGE, M365, ORG_DOCUMENT, OUTLOOK_NEW, orgDocument, TEAMS, TEAMS_ONLY, useOrgDocument } from '../../harness/apps';
import { browserUnderTest, readSnapshot, refreshUntil, type TestPage, until } from '../../harness/driver';
import { SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

const BROWSER = browserUnderTest();
const BANNER = '#ms-status-lens-banner';

const shown = (page: TestPage) =>
  until(
    () => page.count(BANNER),
    (n) => n === 1,
  );

/** No banner, after long enough for one to have appeared (the first storage read is milliseconds). */
async function stillNone(page: TestPage): Promise<number> {
  await new Promise((r) => setTimeout(r, 1_500));
  return page.count(BANNER);
}

describe(`the banner in Outlook, Teams and the Microsoft 365 app (${BROWSER})`, () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port), 'outage');

  it('an Azure networking outage shows in Outlook at outlook.cloud.microsoft, in Teams at both hosts and in the Microsoft 365 app', async () => {
    const snapshot = await readSnapshot(suite.ext);
    for (const app of ['outlook-business', 'outlook-consumer', 'teams', 'm365'] as const) {
      expect(snapshot!.banners[app]?.incidentId, app).toBe('azure-rss:vsg1-b90');
    }
    for (const url of [OUTLOOK_NEW, ...TEAMS, M365]) {
      const page = await suite.ext.open(url);
      expect(await shown(page), url).toBe(1);
      await page.close();
    }
  });

  it('the probe goes to the Outlook the person opens (outlook.cloud.microsoft), cookie-less, and the snapshot names it', async () => {
    const page = await suite.ext.open(OUTLOOK_NEW);
    await shown(page);
    // The next check reads which Outlook is open in a tab, and probes it.
    const before = suite.server.log.length;
    const snapshot = await refreshUntil(suite.ext, (s) => s.probe?.host === 'outlook.cloud.microsoft');
    expect(snapshot?.probe?.host).toBe('outlook.cloud.microsoft');
    const probes = suite.server.log.slice(before).filter((l) => l.method === 'HEAD');
    expect(probes.map((l) => l.host)).toContain('outlook.cloud.microsoft');
    expect(probes.filter((l) => l.cookie)).toEqual([]);
    // A Teams tab is not an Outlook: the probe stays where it is.
    const teams = await suite.ext.open(TEAMS[1]!);
    await shown(teams);
    const withTeams = await refreshUntil(suite.ext, (s) => s.checkedAt > snapshot!.checkedAt, 1);
    expect(withTeams?.probe?.host).toBe('outlook.cloud.microsoft');
    await teams.close();
    await page.close();
  });

  it('an Exchange-only incident shows in Outlook and not in Teams; a Teams-only one in Teams and not in Outlook', async () => {
    const answer = (body: string) => ({ type: 'application/json', body });
    suite.server.extra.set(ORG_DOCUMENT, answer(orgDocument(EXCHANGE)));
    await useOrgDocument(suite.ext);
    const exchange = await refreshUntil(suite.ext, (s) => s.banners['outlook-business']?.incidentId === 'graph:EX1', 5);
    expect(exchange?.banners['outlook-business']?.incidentId).toBe('graph:EX1');
    expect(exchange?.banners.teams).toBeNull();
    const outlook = await suite.ext.open(OUTLOOK_NEW);
    const teams = await suite.ext.open(TEAMS[0]!);
    expect(await shown(outlook)).toBe(1);
    expect(await stillNone(teams)).toBe(0);

    suite.server.extra.set(ORG_DOCUMENT, answer(orgDocument({ ...EXCHANGE, resolved: true }, TEAMS_ONLY)));
    // Microsoft resolves the Exchange incident and posts a Teams one.
    const teamsOnly = await refreshUntil(
      suite.ext,
      (s) => s.banners.teams?.incidentId === 'graph:TM1' && !s.banners['outlook-business'],
      5,
    );
    expect(teamsOnly?.banners.teams?.incidentId).toBe('graph:TM1');
    expect(teamsOnly?.banners['outlook-business']).toBeNull();
    await shown(teams);
    await outlook.waitFor(BANNER, 'gone');
    expect(await teams.count(BANNER)).toBe(1);
    expect(await outlook.count(BANNER)).toBe(0);
    await teams.close();
    await outlook.close();
  });

  it('with nothing to say, no page of any app runs extension code: the gate is unregistered, and comes back with an alert', async () => {
    const answer = (body: string) => ({ type: 'application/json', body });
    // Microsoft marks the last incident resolved.
    suite.server.extra.set(ORG_DOCUMENT, answer(orgDocument({ ...TEAMS_ONLY, resolved: true })));
    await useOrgDocument(suite.ext);
    await refreshUntil(suite.ext, (s) => Object.values(s.banners).every((b) => !b), 5);
    expect(await until(gatePatterns, (p) => p.length === 0)).toEqual([]);

    const outlook = await suite.ext.open(OUTLOOK_NEW);
    expect(await stillNone(outlook)).toBe(0);
    suite.server.extra.set(ORG_DOCUMENT, answer(orgDocument(EXCHANGE)));
    await refreshUntil(suite.ext, (s) => !!s.banners['outlook-business'], 5);
    // The page already open gets the gate from the worker, without a reload; Teams stays untouched.
    expect(await shown(outlook)).toBe(1);
    expect(await until(gatePatterns, (p) => p.length > 0)).toEqual([
      'https://outlook.cloud.microsoft/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    await outlook.close();
  });

  /** The page patterns the gate is registered on, as the browser reports them. */
  async function gatePatterns(): Promise<string[]> {
    const scripts = await suite.ext.inExtension(() => chrome.scripting.getRegisteredContentScripts());
    return scripts.flatMap((script) => script.matches ?? []).sort();
  }
});
