/**
 * Enterprise policy end to end: a real Chromium machine-policy file (/etc/chromium/policies/managed/*.json)
 * for the extension's fixed id points it at an organisation aggregator on a made-up host. Chromium reads
 * the file, validates it against managed_schema.json and hands it to storage.managed; the worker then reads
 * only that aggregator (cross-origin, allowed by its CORS headers, since the extension holds no host
 * permission for it), and the options page shows the policy's fields locked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AggregatorFixture, CORP_HOST, CORP_STATUS_URL } from '../../harness/aggregator-fixture';
import { badge, checkedAfter, defaultRules, launchExtension, readSnapshot, refresh, until, type Extension } from '../../harness/extension';
import { FixtureServer, ROUTES, SCENARIOS, type RouteName } from '../../harness/fixture-server';
import {
  builtExtensionId,
  canWritePolicy,
  FIXED_EXTENSION_ID,
  POLICY_DIR,
  removeStalePolicyFiles,
  writeExtensionPolicy,
  type PolicyFile,
} from '../../harness/policy';

const TOKEN = 'corp-e2e-token-0123456789abcdef';
/** What the organisation sets; storage.managed must hold exactly this. */
const POLICY = { aggregatorUrl: CORP_STATUS_URL, aggregatorToken: TOKEN, watchedRegions: ['korea'] };
const RED = [197, 15, 31, 255];
const ORIGIN = `chrome-extension://${FIXED_EXTENSION_ID}`;
const PUBLIC_ROUTES = Object.keys(ROUTES) as RouteName[];

function managed(ext: Extension): Promise<Record<string, unknown>> {
  return ext.inExtension(() => chrome.storage.managed.get(null));
}

async function openOptions(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.getByTestId('options-form').waitFor();
  return page;
}

describe.skipIf(!canWritePolicy())(`organisation policy from ${POLICY_DIR}`, () => {
  const server = new FixtureServer();
  const corp = new AggregatorFixture();
  let policy: PolicyFile | undefined;
  let ext: Extension;

  beforeAll(async () => {
    removeStalePolicyFiles();
    // The public feeds carry a different (APAC) incident: seeing it would mean they were read.
    server.use(SCENARIOS.apacOutage);
    const port = await server.start();
    await corp.start();
    corp.allowedOrigin = ORIGIN;
    corp.token = TOKEN;
    // Two values the schema rejects (out of range, unknown name): Chromium must drop them.
    policy = writeExtensionPolicy(FIXED_EXTENSION_ID, { ...POLICY, pollMinutes: 500, notAPolicy: true });
    ext = await launchExtension(port, { rules: `${corp.rule()}, ${defaultRules(port)}` });
    await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'outage',
    );
  });

  afterAll(async () => {
    // The policy file first: it is machine-wide and must not outlive this file, whatever failed.
    try {
      policy?.remove();
    } finally {
      await ext?.close();
      await server.stop();
      await corp.stop();
    }
  });

  it('the extension has the id fixed by the manifest key, the one policies are written for', () => {
    expect(builtExtensionId()).toBe(FIXED_EXTENSION_ID);
    expect(ext.id).toBe(FIXED_EXTENSION_ID);
  });

  it('Chromium read the file: storage.managed in the worker holds the policy, minus what the schema rejects', async () => {
    expect(await managed(ext)).toEqual(POLICY);
  });

  it('the worker reads only the policy aggregator, across origins with the token, and none of the public feeds', async () => {
    const reads = corp.statusReads();
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read).toMatchObject({ origin: ORIGIN, authorization: `Bearer ${TOKEN}` });
    // The bearer token makes it a preflighted CORS request: no host permission is involved.
    expect(corp.log.some((l) => l.method === 'OPTIONS' && l.origin === ORIGIN)).toBe(true);
    expect(await ext.inExtension((host) => chrome.permissions.contains({ origins: [`https://${host}/*`] }), CORP_HOST)).toBe(false);
    expect(PUBLIC_ROUTES.map((r) => [r, server.count(r)])).toEqual(PUBLIC_ROUTES.map((r) => [r, 0]));
  });

  it('the snapshot holds the tenant-only incident from the aggregator, and the badge is red', async () => {
    const snapshot = await readSnapshot(ext);
    expect(snapshot?.document.sources.map((s) => ({ id: s.id, url: s.url, ok: s.ok }))).toEqual([
      { id: 'aggregator', url: CORP_STATUS_URL, ok: true },
    ]);
    expect(snapshot?.document.incidents.map((i) => i.id)).toEqual(['graph:ex502279']);
    expect(snapshot?.assessment).toMatchObject({
      level: 'outage',
      reason: 'incident',
      headline: 'graph:ex502279',
      relevant: ['graph:ex502279'],
    });
    expect(await badge(ext)).toEqual({ text: '!', color: RED });
  });

  it('the options page shows the policy fields locked, with the policy URL, and never writes them to sync', async () => {
    const page = await openOptions(ext);
    const url = page.getByTestId('aggregator-url');
    expect(await url.isDisabled()).toBe(true);
    expect(await url.inputValue()).toBe(CORP_STATUS_URL);
    expect(await page.getByTestId('aggregator-locked').isVisible()).toBe(true);
    expect(await page.getByTestId('locked-watchedRegions').isVisible()).toBe(true);
    expect(await page.getByTestId('region-korea').isChecked()).toBe(true);
    expect(await page.getByTestId('region-korea').isDisabled()).toBe(true);
    expect(await page.getByTestId('region-europe').isChecked()).toBe(false);
    // Fields the policy leaves alone stay the user's; the rejected pollMinutes did not lock anything.
    expect(await page.getByTestId('poll-minutes').isDisabled()).toBe(false);
    expect(await page.getByTestId('poll-minutes').inputValue()).toBe('5');
    expect(await page.getByTestId('locked-pollMinutes').count()).toBe(0);
    // An unlocked edit saves the user's own settings; the policy's values are not copied into them.
    await page.getByTestId('banner-teams').uncheck();
    const stored = await until(
      () => ext.inExtension(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined),
      (s) => Array.isArray(s?.bannerApps) && !(s.bannerApps as string[]).includes('teams'),
    );
    expect(stored).toMatchObject({
      bannerApps: ['outlook-business', 'outlook-consumer', 'm365'],
      aggregatorUrl: null,
      aggregatorToken: null,
    });
    await page.close();
  });

  it('the popup names the tenant incident and leaves out the public-coverage note', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.popupUrl);
    await popup.getByTestId('headline').waitFor();
    expect(await popup.getByTestId('level').getAttribute('data-level')).toBe('outage');
    expect(await popup.getByTestId('incident').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-incident-id')))).toEqual([
      'graph:ex502279',
    ]);
    expect(await popup.getByTestId('incident').first().textContent()).toContain('Korea');
    expect(await popup.getByTestId('coverage').count()).toBe(0);
    await popup.close();
  });

  it('without its CORS headers the aggregator cannot be read: that is what lets the worker in', async () => {
    corp.allowedOrigin = null;
    const before = (await readSnapshot(ext))?.checkedAt;
    await refresh(ext);
    const failed = await checkedAfter(ext, before);
    expect(failed?.document.sources).toEqual([
      expect.objectContaining({ id: 'aggregator', ok: false, error: expect.stringMatching(/could not connect/) }),
    ]);
    corp.allowedOrigin = ORIGIN;
    const again = (await readSnapshot(ext))?.checkedAt;
    await refresh(ext);
    expect((await checkedAfter(ext, again))?.document.sources).toEqual([expect.objectContaining({ id: 'aggregator', ok: true })]);
  });

  it('when the policy is withdrawn, a running browser goes back to the public feeds and unlocks the fields', async () => {
    const options = await openOptions(ext);
    const before = (await readSnapshot(ext))?.checkedAt;
    policy?.remove();
    // Chromium watches the directory and reloads after a few seconds' settling.
    expect(
      await until(
        () => managed(ext),
        (m) => Object.keys(m).length === 0,
        40_000,
      ),
    ).toEqual({});
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => !!s && s.checkedAt > (before ?? '') && s.document.sources.every((x) => x.id !== 'aggregator'),
    );
    expect(snapshot?.document.sources.map((s) => s.id).sort()).toEqual(['azure-rss', 'azure-summary', 'm365-admin', 'm365-consumer']);
    expect(snapshot?.document.incidents.map((i) => i.id)).toContain('azure-rss:vsg1-b90');
    expect(server.count('azureRss')).toBeGreaterThan(0);
    await options.getByTestId('aggregator-locked').waitFor({ state: 'detached' });
    expect(await options.getByTestId('aggregator-url').isDisabled()).toBe(false);
    expect(await options.getByTestId('aggregator-url').inputValue()).toBe('');
    expect(await options.getByTestId('region-korea').isDisabled()).toBe(false);
    await options.close();
  }, 90_000);
});
