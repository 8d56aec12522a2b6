/**
 * `npm run screenshots`: the README's pictures, taken from the demo set-up (fixture server + built
 * extension in headless Chromium) and written to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchExtension, readSnapshot, refresh, until, type Extension } from '../harness/extension';
import { FixtureServer, SCENARIOS } from '../harness/fixture-server';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });

async function popupShot(ext: Extension, file: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(ext.popupUrl);
  await page.getByTestId('headline').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  await page.close();
}

async function bannerShot(ext: Extension, file: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 520 });
  await page.goto('https://outlook.office.com/mail/');
  await page.locator('#ms-status-lens-banner .b').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${file}` });
  return page;
}

async function session(locale: string, colorScheme: 'light' | 'dark', shots: (ext: Extension, server: FixtureServer) => Promise<void>) {
  const server = new FixtureServer();
  server.use(SCENARIOS.apacOutage);
  const ext = await launchExtension(await server.start(), { locale, colorScheme });
  try {
    await until(() => readSnapshot(ext), (s) => s?.level === 'outage');
    await shots(ext, server);
  } finally {
    await ext.close();
    await server.stop();
  }
}

async function optionsShot(ext: Extension, file: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.getByTestId('options-form').waitFor();
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  await page.close();
}

await session('en-US', 'light', async (ext, server) => {
  await popupShot(ext, 'popup-outage-en.png');
  await optionsShot(ext, 'options-en.png');
  await (await bannerShot(ext, 'banner-outage-en.png')).close();
  server.use(SCENARIOS.apacResolved);
  await refresh(ext);
  await until(() => readSnapshot(ext), (s) => s?.level === 'ok');
  await popupShot(ext, 'popup-ok-en.png');
  server.use(SCENARIOS.quiet);
  server.outlookProbe = { status: 503 };
  await refresh(ext);
  await refresh(ext);
  await until(() => readSnapshot(ext), (s) => s?.assessment.reason === 'probe-unreachable');
  await popupShot(ext, 'popup-your-network-en.png');
});

await session('ko', 'light', async (ext) => {
  await popupShot(ext, 'popup-outage-ko.png');
  await optionsShot(ext, 'options-ko.png');
  await (await bannerShot(ext, 'banner-outage-ko.png')).close();
});

await session('en-US', 'dark', async (ext) => {
  await popupShot(ext, 'popup-outage-dark-en.png');
});

console.log(`screenshots written to ${OUT}/`);
