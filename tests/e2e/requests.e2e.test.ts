/**
 * No telemetry, no third parties: every host name the browser resolves is sent to the fixture server,
 * which records it; after a whole session (checks, popup, options, banner) only the configured sources
 * and Outlook's own hosts may appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readSnapshot, refresh, until, type Extension } from '../../harness/extension';
import { FixtureServer, SCENARIOS } from '../../harness/fixture-server';

type Logged = FixtureServer['log'][number];

/**
 * Chromium's own traffic, which any browser makes with or without this extension: the extension updater
 * (Omaha protocol, `x-goog-update-*` headers) and the Google account cookie check (Origin www.google.com).
 * Recognised by those signatures, which extension code cannot produce by accident.
 */
function isBrowserOwn(l: Logged): boolean {
  return (
    (l.host === 'update.googleapis.com' && typeof l.headers['x-goog-update-updater'] === 'string') ||
    (l.host === 'accounts.google.com' && l.headers.origin === 'https://www.google.com')
  );
}

const EXPECTED = ['azure.status.microsoft', 'rssfeed.azure.status.microsoft', 'status.cloud.microsoft', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

describe('every request the extension makes', () => {
  const server = new FixtureServer();
  let ext: Extension;

  beforeAll(async () => {
    server.use(SCENARIOS.apacOutage);
    const port = await server.start();
    // Every name resolves to the recorder, so a request to any unexpected host would be seen, not lost.
    ext = await launchExtension(port, { rules: `MAP * 127.0.0.1:${port}` });
    await until(() => readSnapshot(ext), (s) => s?.level === 'outage');
  });

  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });

  it('goes only to the configured sources and Outlook', async () => {
    await refresh(ext);
    const popup = await ext.context.newPage();
    await popup.goto(ext.popupUrl);
    await popup.getByTestId('headline').waitFor();
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    await options.getByTestId('options-form').waitFor();
    const outlook = await ext.context.newPage();
    await outlook.goto('https://outlook.office.com/mail/');
    await outlook.locator('#ms-status-lens-banner .b').waitFor();
    server.use(SCENARIOS.quiet);
    await refresh(ext);
    await outlook.locator('#ms-status-lens-banner .b').waitFor({ state: 'detached' });

    const hosts = [...new Set(server.log.filter((l) => !isBrowserOwn(l)).map((l) => l.host))].sort();
    expect(hosts.filter((h) => !EXPECTED.includes(h))).toEqual([]);
    expect(hosts).toEqual(expect.arrayContaining(['azure.status.microsoft', 'status.cloud.microsoft', 'outlook.office.com']));
    // The probe never carries cookies or credentials.
    const probes = server.log.filter((l) => l.method === 'HEAD');
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.filter((l) => l.cookie)).toEqual([]);
  });
});
