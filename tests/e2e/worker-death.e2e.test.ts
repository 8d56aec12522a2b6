/**
 * MV3 kills the service worker whenever it likes. Kill it in the middle of a check (through the DevTools
 * protocol) and prove the next wake-up re-creates the alarm, redoes the check, and loses no snapshot,
 * dismissal or setting.
 */
import { describe, expect, it } from 'vitest';
import { launchExtension, readSnapshot, readStoredParts, until } from '../../harness/extension';
import { SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

describe('service-worker death in the middle of a check', () => {
  // No first level required: on a busy machine the first check may still be confirming a slow probe.
  const suite = extensionSuite(SCENARIOS.quiet, (port) => launchExtension(port));

  it('the next wake-up re-creates a lost alarm, redoes the check and keeps snapshot, dismissals and settings', async () => {
    const { ext, server } = suite;
    const before = (await until(
      () => readSnapshot(ext),
      (s) => !!s,
    ))!;
    await ext.inExtension(async () => {
      await chrome.storage.local.set({ dismissals: ['azure-rss:x@2023-01-25T08:00:00.000Z'] });
      await chrome.storage.sync.set({ settings: { version: 2, watchedRegions: ['korea', 'asia-pacific'], pollMinutes: 10 } });
    });
    await until(
      () => readSnapshot(ext),
      (s) => !!s && s.checkedAt > before.checkedAt && s.pollMinutes === 10,
    );
    const settled = (await readSnapshot(ext))!;
    const settledParts = await readStoredParts(ext);

    // A slow feed keeps the next check in flight; the alarm is lost as older Chrome did on restart.
    server.use({ ...SCENARIOS.apacOutage, azureRss: { ...SCENARIOS.apacOutage.azureRss, delayMs: 4_000 } });
    await ext.inExtension(() => chrome.alarms.clearAll());
    const page = await ext.context.newPage();
    await page.goto(ext.popupUrl);
    await page.evaluate(() => void chrome.runtime.sendMessage({ type: 'refresh' }).catch(() => {}));
    await until(
      async () => server.count('azureRss'),
      (n) => n > 0 && server.log.at(-1)!.host !== '',
      5_000,
    );
    await new Promise((r) => setTimeout(r, 500));

    await ext.worker.evaluate(() => {
      (globalThis as Record<string, unknown>).beforeDeath = true;
    });
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.id}/`))!;
    expect((await cdp.send('Target.closeTarget', { targetId: target.targetId })).success).toBe(true);
    // Killed mid-check: nothing from the interrupted check was written.
    expect(await page.evaluate((keys) => chrome.storage.local.get(keys), Object.keys(settledParts))).toEqual(settledParts);

    // Any event wakes a new worker (here a message it ignores); by itself it re-arms the alarm and redoes the check.
    server.use(SCENARIOS.apacOutage);
    await page.evaluate(() => void chrome.runtime.sendMessage({ type: 'ping' }).catch(() => {}));
    const after = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'outage' && s.checkedAt > settled.checkedAt,
    );
    // Read through the worker that replaced the killed one (harness/extension.ts follows it).
    expect(await ext.inExtension(() => (globalThis as Record<string, unknown>).beforeDeath)).toBeUndefined();
    expect(after?.level).toBe('outage');
    const alarms = await ext.inExtension(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toContain('check');
    const kept = await ext.inExtension(async () => ({
      dismissals: (await chrome.storage.local.get('dismissals')).dismissals,
      settings: (await chrome.storage.sync.get('settings')).settings,
    }));
    expect(kept).toEqual({
      dismissals: ['azure-rss:x@2023-01-25T08:00:00.000Z'],
      settings: { version: 2, watchedRegions: ['korea', 'asia-pacific'], pollMinutes: 10 },
    });
    await page.close();
  });
});
