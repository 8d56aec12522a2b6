/**
 * `npm run screenshots`: the README's pictures and the store's 1280×800 images, taken from the demo set-up
 * (fixture server + built extension in headless Chromium) and written to docs/screenshots/ and docs/store/.
 * Korean in Seoul time; English in Singapore time (an Asia-Pacific reader, whom the APAC incident concerns).
 * The store shows these pictures to Windows users: the pages are drawn with Segoe UI's stand-ins where the
 * machine has no Segoe UI (Liberation Sans, metric-compatible with Arial) and a Korean face for Hangul.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitForBanner } from '../harness/banner';
import { launchExtension, readSnapshot, refresh, until, type Extension } from '../harness/extension';
import { FixtureServer, SCENARIOS } from '../harness/fixture-server';
import { crowdWorld, office, PROBE_FAILS } from '../harness/crowd-world';

const OUT = 'docs/screenshots';
const STORE = 'docs/store';
mkdirSync(OUT, { recursive: true });
mkdirSync(STORE, { recursive: true });

const WINDOWS_LIKE = `body{font-family:"Segoe UI","Liberation Sans",Arial,"Malgun Gothic","NanumGothic","Noto Sans CJK KR",sans-serif}`;

type Lang = 'en' | 'ko';

async function open(ext: Extension, url: string, width: number, height: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url);
  if (url.startsWith('chrome-extension://')) await page.addStyleTag({ content: WINDOWS_LIKE });
  return page;
}

async function popupPage(ext: Extension, height = 600): Promise<Page> {
  const page = await open(ext, ext.popupUrl, 380, height);
  await page.getByTestId('headline').waitFor();
  await page.waitForTimeout(300);
  return page;
}

async function popupShot(ext: Extension, file: string): Promise<Buffer> {
  const page = await popupPage(ext);
  const png = await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  await page.close();
  return png;
}

/** The popup as it opens, 380 × 600, nothing scrolled: what fits above the fold. */
async function popupViewportShot(ext: Extension, file: string): Promise<void> {
  const page = await popupPage(ext);
  await page.screenshot({ path: `${OUT}/${file}` });
  await page.close();
}

/** The notice "Copy for IT" writes for the first card, as text. */
async function noticeText(ext: Extension, file: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
    };
  });
  await page.goto(ext.popupUrl);
  await page.getByTestId('incident').first().getByTestId('copy').click();
  await until(
    () => page.evaluate(() => (window as unknown as { copied?: string }).copied),
    (t) => !!t,
    10_000,
  );
  writeFileSync(`${OUT}/${file}`, `${await page.evaluate(() => (window as unknown as { copied: string }).copied)}\n`);
  await page.close();
}

/** The first-run page the worker opens on install. */
async function welcomeShot(ext: Extension, file: string): Promise<void> {
  const page = await open(ext, `chrome-extension://${ext.id}/src/welcome/index.html`, 800, 1000);
  await page.getByTestId('account-work').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  await page.close();
}

async function outlookWithBanner(ext: Extension, width: number, height: number): Promise<Page> {
  const page = await open(ext, 'https://outlook.office.com/mail/', width, height);
  await waitForBanner(page);
  await page.waitForTimeout(400);
  return page;
}

async function bannerShot(
  ext: Extension,
  file: string,
  url = 'https://outlook.office.com/mail/',
  width = 1100,
  height = 520,
): Promise<void> {
  const page = await open(ext, url, width, height);
  await waitForBanner(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${file}` });
  await page.close();
}

/** The banner in the apps of #19: Teams (a meeting with its chat, as the app lays them out) and Outlook at its new address. */
async function appShots(ext: Extension, lang: Lang): Promise<void> {
  await bannerShot(ext, `banner-teams-${lang}.png`, 'https://teams.cloud.microsoft/', 1280, 720);
  await bannerShot(ext, `banner-outlook-cloud-${lang}.png`, 'https://outlook.cloud.microsoft/mail/');
}

async function optionsShot(ext: Extension, file: string, store?: string): Promise<void> {
  const page = await open(ext, `chrome-extension://${ext.id}/src/options/index.html`, 900, 900);
  await page.getByTestId('options-form').waitFor();
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
  if (store) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `${STORE}/${store}` });
  }
  await page.close();
}

/** A store image: Outlook on the web with the banner, and the popup open over it as the toolbar shows it. */
async function storeShot(ext: Extension, file: string): Promise<void> {
  const outlook = await outlookWithBanner(ext, 1280, 800);
  const background = (await outlook.screenshot()).toString('base64');
  await outlook.close();
  const popup = await popupPage(ext, 680);
  const front = (await popup.screenshot()).toString('base64');
  await popup.close();
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(
    `<body style="margin:0"><img src="data:image/png;base64,${background}" style="display:block">` +
      `<img src="data:image/png;base64,${front}" style="position:absolute;top:8px;right:24px;border:1px solid #8a8a8a;box-shadow:0 8px 24px rgba(0,0,0,.35)"></body>`,
  );
  await page.screenshot({ path: `${STORE}/${file}` });
  await page.close();
}

async function session(lang: Lang, colorScheme: 'light' | 'dark', shots: (ext: Extension, server: FixtureServer) => Promise<void>) {
  const server = new FixtureServer();
  server.use(SCENARIOS.apacOutage);
  const ext = await launchExtension(await server.start(), {
    locale: lang === 'ko' ? 'ko' : 'en-US',
    timezoneId: lang === 'ko' ? 'Asia/Seoul' : 'Asia/Singapore',
    colorScheme,
  });
  try {
    await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'outage',
    );
    await shots(ext, server);
  } finally {
    await ext.close();
    await server.stop();
  }
}

async function quietThenUnreachable(ext: Extension, server: FixtureServer, lang: Lang): Promise<void> {
  server.use(SCENARIOS.apacResolved);
  await until(
    async () => {
      await refresh(ext);
      return readSnapshot(ext);
    },
    (s) => s?.level === 'ok',
    60_000,
  );
  await popupShot(ext, `popup-ok-${lang}.png`);
  server.use(SCENARIOS.quiet);
  // No answer at all (the connection drops), as through a broken VPN: "your network". A 503 is Outlook's side.
  server.outlookProbe = { reset: true };
  await until(
    async () => {
      await refresh(ext);
      return readSnapshot(ext);
    },
    (s) => s?.assessment.reason === 'probe-unreachable',
    60_000,
  );
  await popupShot(ext, `popup-your-network-${lang}.png`);
}

/**
 * Just you, your office, everyone (issue 17): the extension under the organisation's policy (a machine-policy
 * file, so this part needs root or a writable CHROMIUM_POLICY_DIR), the aggregator fixture serving a
 * simulated office of 40 browsers at two sites.
 */
async function crowdShots(lang: Lang): Promise<void> {
  const world = await crowdWorld(lang === 'ko' ? { locale: 'ko', timezoneId: 'Asia/Seoul' } : { timezoneId: 'Asia/Singapore' });
  try {
    await world.show(office(1, 0), PROBE_FAILS, 'probe-unreachable');
    await popupShot(world.ext, `popup-just-you-${lang}.png`);
    await world.show(office(15, 0), PROBE_FAILS, 'crowd-office');
    await popupShot(world.ext, `popup-your-office-${lang}.png`);
    await world.show(office(20, 14), PROBE_FAILS, 'crowd-everyone');
    await popupShot(world.ext, `popup-everyone-${lang}.png`);
  } finally {
    await world.close();
  }
}

// `npm run screenshots -- crowd`: only the crowd pictures.
if (process.argv.includes('crowd')) {
  for (const lang of ['en', 'ko'] as const) await crowdShots(lang);
  console.log(`crowd screenshots written to ${OUT}/`);
  process.exit(0);
}

/** `npm run screenshots -- --apps`: only the banner in Teams and at outlook.cloud.microsoft (#19). */
const onlyApps = process.argv.includes('--apps');

for (const lang of ['en', 'ko'] as const) {
  if (onlyApps) {
    await session(lang, 'light', (ext) => appShots(ext, lang));
    continue;
  }
  await crowdShots(lang);
  await session(lang, 'light', async (ext, server) => {
    await popupShot(ext, `popup-outage-${lang}.png`);
    await popupViewportShot(ext, `popup-600-${lang}.png`);
    await noticeText(ext, `notice-${lang}.txt`);
    await welcomeShot(ext, `welcome-${lang}.png`);
    await bannerShot(ext, `banner-outage-${lang}.png`);
    await appShots(ext, lang);
    await storeShot(ext, `store-1-outage-${lang}.png`);
    await optionsShot(ext, `options-${lang}.png`, `store-3-options-${lang}.png`);
    await quietThenUnreachable(ext, server, lang);
    await storeShot(ext, `store-2-your-network-${lang}.png`);
  });
  await session(lang, 'dark', async (ext) => {
    await popupShot(ext, `popup-outage-dark-${lang}.png`);
  });
}

console.log(`screenshots written to ${OUT}/ and ${STORE}/`);
