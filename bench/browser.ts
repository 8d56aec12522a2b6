/**
 * The measurements that need the real browser: Debian's Chromium with the built extension (the e2e
 * set-up: harness/extension.ts and the local HTTPS FixtureServer mapped over Microsoft's hosts),
 * and for the content-script cost a second, plain Chromium with the same flags but no extension.
 *
 * The extension is loaded from a copy of dist/ with three extra files: bench-scripted.html and its script,
 * a page whose one small script writes the headline (the least any page showing words from data must do),
 * and bench-blank.html: a trivial extension
 * page that is the baseline for the popup timing and the "control" page the bench drives the extension
 * from (refresh messages, alarms, badge polling). Nothing else in the copy differs from dist/.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Extension } from '../harness/extension';
import { APP_HOSTS } from '../src/core/engine/apps';
import { toolbarPopupUrl } from '../harness/driver';
import { FixtureServer, SCENARIOS } from '../harness/fixture-server';
import { HEADLINE_TIMING } from '../src/popup/first-paint';
import { syntheticOutlookPage } from './outlook-page';
import { noChangeWrites, type RealWrites } from './storage-writes';
import { medianDifferencePercent, round, sleep, summarize, type Summary } from './stats';

const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft 365 Status</title></head>' +
  `<body><h1 data-testid="headline" elementtiming="${HEADLINE_TIMING}">Microsoft 365 is working normally</h1></body></html>`;
const SCRIPTED_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Microsoft 365 Status</title>' +
  '<script type="module" src="/bench-scripted.js"></script></head><body></body></html>';
const SCRIPTED_SCRIPT =
  "const h = document.createElement('h1');" +
  `h.setAttribute('data-testid', 'headline'); h.setAttribute('elementtiming', '${HEADLINE_TIMING}');` +
  "h.textContent = 'Microsoft 365 is working normally'; document.body.append(h);";
/** Every host the content script runs on (core/engine/apps.ts), each serving the same Outlook-sized page. */
const APP_URLS = Object.keys(APP_HOSTS).map((host) => `https://${host}/`);
const RED = [197, 15, 31];
const GREEN = [16, 124, 16];

export interface BrowserOptions {
  /** Page loads per browser for the content-script cost. */
  loads: number;
  popupSamples: number;
  refreshSamples: number;
  alarmSamples: number;
  /** Also wait out one real 1-minute alarm period (about 65 s). */
  fullMinute: boolean;
  log: (line: string) => void;
}

export interface ContentCost {
  /** The app page loaded (the same Outlook-sized page on every host). */
  url: string;
  pageElements: number;
  loads: number;
  /** Loads in which the extension's isolated world (its content script) was seen, out of `loads`. */
  contentScriptRan: number;
  plain: { taskMs: Summary; scriptMs: Summary; longTasks: Summary; longTaskMs: Summary };
  extension: { taskMs: Summary; scriptMs: Summary; longTasks: Summary; longTaskMs: Summary };
  addedTaskPercent: number;
  /** 95 % bootstrap interval of addedTaskPercent: where it holds 0, the cost is within the noise. */
  addedTaskPercentLow: number;
  addedTaskPercentHigh: number;
  addedTaskMs: number;
  addedScriptMs: number;
  addedLongTasks: number;
}

export interface Detection {
  /** Forced refresh: from the fixture server switching to the outage until the badge is red. */
  refresh: Summary;
  /** Baseline: a forced refresh that changes nothing (message sent until the worker answers). */
  noChangeRefresh: Summary;
  /** Alarm created with a 2 s delay while the outage is already served: from the alarm firing until red. */
  alarm: Summary;
  /** How late the alarm fired against its scheduledTime. */
  alarmLateness: Summary;
  /** The real schedule: alarm created with delayInMinutes 1 at the switch: switch until red (worst case at the 1-minute interval). */
  fullMinute?: {
    switchToRedMs: number;
    switchToAlarmMs: number;
    alarmToRedMs: number;
    /** Something other than that alarm turned the badge red first (see the timeline). */
    redBeforeAlarm: boolean;
    /** Alarms and stored snapshots seen by the control page, ms after the switch. */
    timeline: TimelineEvent[];
  };
}

export interface TimelineEvent {
  kind: 'alarm' | 'snapshot';
  /** Alarm name, or the stored snapshot's level. */
  name?: string;
  at: number;
  scheduled?: number;
}

export interface PopupRender {
  state: 'ok' | 'outage';
  /**
   * Opened at the address the toolbar button opens (action.getPopup: the worker's glance in its query),
   * navigation start (performance.timeOrigin) until the headline is on screen: painted (the Element Timing
   * API's render time of the first element marked `elementtiming="headline"`, in 4 ms steps) and the page
   * loaded (its load event has ended: Chromium shows an action popup once its page has loaded), whichever
   * is later.
   */
  popup: Summary;
  /** The two parts of `popup`: the headline's paint and the load event's end. */
  popupPainted: Summary;
  popupLoaded: Summary;
  /** The same page until the popup's own header (with its refresh button) is in the DOM and a frame has been produced. */
  whole: Summary;
  /** Opened at its plain address (no glance: a notification click, or before the first check): headline on screen. */
  bare: Summary;
  /** A trivial extension page with only that headline (no script, no style), measured the same way: the baseline. */
  blank: Summary;
  /** A trivial page whose one small script writes that headline: the least a headline from data costs. */
  scripted: Summary;
  ratio: number;
  bareRatio: number;
}

export interface BrowserResults {
  /** Storage writes per forced check that changes nothing, in the real browser (bench/storage-writes.ts). */
  noChange: RealWrites;
  /** One per app host. */
  contentCost: ContentCost[];
  detection: Detection;
  popup: PopupRender[];
}

/** Chromium exactly as launchExtension starts it, but without the extension. */
async function launchPlain(args: string[], chromiumPath: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'msl-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: 'en-US',
    args,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface LoadSample {
  taskMs: number;
  scriptMs: number;
  longTasks: number;
  longTaskMs: number;
  contentScript: boolean;
  elements: number;
}

/** One load of the Outlook-sized page in a fresh tab (a fresh renderer): main-thread CPU time and long tasks. */
async function loadOnce(context: BrowserContext, extensionName: string, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const cdp = await context.newCDPSession(page);
  let contentScript = false;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.auxData?.type === 'isolated' && e.context.name === extensionName) contentScript = true;
  });
  await cdp.send('Runtime.enable');
  // threadTicks: CPU time of the renderer's main thread, not wall time (steadier on a busy 2-core machine).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  // Give the content script (document_start) and anything it starts time to finish (it takes well under 100 ms).
  await sleep(800);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const [longTasks, elements] = await page.evaluate(
    () => [(globalThis as unknown as { __longTasks: number[] }).__longTasks, document.getElementsByTagName('*').length] as const,
  );
  await page.close();
  return {
    taskMs: metric('TaskDuration') * 1000,
    scriptMs: metric('ScriptDuration') * 1000,
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((a, b) => a + b, 0),
    contentScript,
    elements,
  };
}

async function contentScriptCost(
  ext: Extension,
  plain: BrowserContext,
  extensionName: string,
  loads: number,
  url: string,
): Promise<ContentCost> {
  const withExt: LoadSample[] = [];
  const without: LoadSample[] = [];
  // One warm-up load each (disk cache, first renderer), then alternate which browser goes first.
  await loadOnce(plain, extensionName, url);
  await loadOnce(ext.context, extensionName, url);
  for (let i = 0; i < loads; i++) {
    if (i % 2) {
      without.push(await loadOnce(plain, extensionName, url));
      withExt.push(await loadOnce(ext.context, extensionName, url));
    } else {
      withExt.push(await loadOnce(ext.context, extensionName, url));
      without.push(await loadOnce(plain, extensionName, url));
    }
  }
  const difference = medianDifferencePercent(
    withExt.map((x) => x.taskMs),
    without.map((x) => x.taskMs),
  );
  const sum = (xs: LoadSample[]) => ({
    taskMs: summarize(xs.map((x) => round(x.taskMs, 1))),
    scriptMs: summarize(xs.map((x) => round(x.scriptMs, 2))),
    longTasks: summarize(xs.map((x) => x.longTasks)),
    longTaskMs: summarize(xs.map((x) => round(x.longTaskMs, 1))),
  });
  const p = sum(without);
  const e = sum(withExt);
  return {
    url,
    pageElements: withExt[0]!.elements,
    loads,
    contentScriptRan: withExt.filter((x) => x.contentScript).length,
    plain: p,
    extension: e,
    addedTaskPercent: difference.percent,
    addedTaskPercentLow: difference.low,
    addedTaskPercentHigh: difference.high,
    addedTaskMs: round(e.taskMs.median - p.taskMs.median, 1),
    addedScriptMs: round(e.scriptMs.median - p.scriptMs.median, 2),
    addedLongTasks: e.longTasks.median - p.longTasks.median,
  };
}

/** Polls the toolbar badge from an extension page until it has `rgb`; resolves to the wall clock (ms) then, or -1. */
function badgeBecomes(control: Page, rgb: number[], timeoutMs: number): Promise<number> {
  return control.evaluate(
    async ({ rgb, timeoutMs }) => {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const c = await chrome.action.getBadgeBackgroundColor({});
        if (c[0] === rgb[0] && c[1] === rgb[1] && c[2] === rgb[2]) return Date.now();
        await new Promise((r) => setTimeout(r, 5));
      }
      return -1;
    },
    { rgb, timeoutMs },
  );
}

const sendRefresh = (control: Page) => control.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));

async function backToQuiet(server: FixtureServer, control: Page): Promise<void> {
  server.use(SCENARIOS.quiet);
  // A refresh that lands while a scheduled check is finishing may be answered by that check: ask again.
  for (let attempt = 0; attempt < 4; attempt++) {
    const green = badgeBecomes(control, GREEN, 5_000);
    await sendRefresh(control);
    if ((await green) >= 0) {
      await control.evaluate(() => chrome.alarms.clearAll());
      return;
    }
  }
  const state = await control.evaluate(async () => ({
    badge: await chrome.action.getBadgeBackgroundColor({}),
    level: ((await chrome.storage.local.get('heartbeat')).heartbeat as { level?: string } | undefined)?.level,
    alarms: await chrome.alarms.getAll(),
  }));
  throw new Error(`the badge did not turn green again after the quiet feeds came back: ${JSON.stringify(state)}`);
}

export async function detection(server: FixtureServer, control: Page, options: BrowserOptions): Promise<Detection> {
  const refresh: number[] = [];
  const noChange: number[] = [];
  const alarm: number[] = [];
  const lateness: number[] = [];
  await backToQuiet(server, control);

  for (let i = 0; i < options.refreshSamples; i++) {
    // Baseline: the same forced refresh with nothing changed.
    const t = Date.now();
    await sendRefresh(control);
    noChange.push(Date.now() - t);
    await control.evaluate(() => chrome.alarms.clearAll());

    const red = badgeBecomes(control, RED, 20_000);
    const t0 = Date.now();
    server.use(SCENARIOS.apacOutage);
    const answered = sendRefresh(control);
    const at = await red;
    await answered;
    if (at < 0) throw new Error('forced refresh: the badge never turned red');
    refresh.push(at - t0);
    await backToQuiet(server, control);
  }

  // What the extension did, seen from the control page: alarms firing and snapshots being stored.
  await control.evaluate(`(() => {
    window.__events = [];
    chrome.alarms.onAlarm.addListener((a) => window.__events.push({ kind: 'alarm', name: a.name, at: Date.now(), scheduled: a.scheduledTime }));
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.heartbeat) window.__events.push({ kind: 'snapshot', name: changes.heartbeat.newValue?.level, at: Date.now() });
    });
  })()`);
  const events = (since: number) =>
    control.evaluate((since) => (globalThis as unknown as { __events: TimelineEvent[] }).__events.filter((e) => e.at >= since), since);
  const firstAlarm = async (since: number) => (await events(since)).find((e) => e.kind === 'alarm' && e.name === 'check');

  for (let i = 0; i < options.alarmSamples; i++) {
    server.use(SCENARIOS.apacOutage);
    const red = badgeBecomes(control, RED, 30_000);
    const t0 = Date.now();
    // The real alarm and listener, fired early: unpacked extensions may use delays under 30 s.
    await control.evaluate(() => chrome.alarms.create('check', { delayInMinutes: 2 / 60, periodInMinutes: 1 }));
    const at = await red;
    const fired = await firstAlarm(t0);
    if (at < 0 || !fired) throw new Error('alarm: the badge never turned red');
    if (fired.at > at) throw new Error(`alarm: the badge turned red before the alarm fired: ${JSON.stringify(await events(t0))}`);
    alarm.push(at - fired.at);
    lateness.push(fired.at - fired.scheduled!);
    await backToQuiet(server, control);
  }

  const result: Detection = {
    refresh: summarize(refresh),
    noChangeRefresh: summarize(noChange),
    alarm: summarize(alarm),
    alarmLateness: summarize(lateness),
  };

  if (options.fullMinute) {
    options.log('  waiting out one real 1-minute alarm period…');
    const red = badgeBecomes(control, RED, 100_000);
    const t0 = Date.now();
    server.use(SCENARIOS.apacOutage);
    // The worker's own schedule while an incident is active, armed at the moment the feeds change: the worst case.
    await control.evaluate(() => chrome.alarms.create('check', { periodInMinutes: 1, delayInMinutes: 1 }));
    const at = await red;
    const fired = await firstAlarm(t0);
    if (at < 0) throw new Error('1-minute alarm: the badge never turned red');
    const timeline = (await events(t0)).map((e) => ({
      ...e,
      at: e.at - t0,
      ...(e.scheduled ? { scheduled: Math.round(e.scheduled - t0) } : {}),
    }));
    result.fullMinute = {
      switchToRedMs: at - t0,
      switchToAlarmMs: fired ? fired.at - t0 : NaN,
      alarmToRedMs: fired ? at - fired.at : NaN,
      redBeforeAlarm: !fired || fired.at > at,
      timeline,
    };
    await backToQuiet(server, control);
  }
  return result;
}

/**
 * Runs in the page before its own scripts. A string, not a function: tsx (esbuild keepNames) would wrap
 * named inner functions in a helper that does not exist in the page.
 */
const RENDER_PROBE = `(() => {
  // The browser's own record of when the headline was painted (Element Timing).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === '${HEADLINE_TIMING}' && window.__headline === undefined) window.__headline = entry.renderTime || entry.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  // The popup's own header: in the DOM, then the frame that shows it.
  const whole = () => {
    if (window.__wholeInDom !== undefined) return true;
    if (!document.querySelector('[data-testid="refresh"]')) return false;
    window.__wholeInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__whole = performance.now(); };
      channel.port2.postMessage(0);
    });
    return true;
  };
  if (!whole()) {
    const observer = new MutationObserver(() => { if (whole()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  }
})();`;

interface RenderSample {
  /** Headline painted. */
  paintedMs: number;
  /** Load event ended. */
  loadedMs: number;
  /** On screen: the later of the two. */
  shownMs: number;
  wholeMs?: number;
}

/** Opens an extension page in a new tab and times navigation start → headline on screen (and the whole popup, for the popup). */
async function renderOnce(context: BrowserContext, url: string, whole: boolean): Promise<RenderSample> {
  const page = await context.newPage();
  await page.addInitScript(RENDER_PROBE);
  await page.goto(url, { waitUntil: 'load' });
  const sample = await page.evaluate(async (whole) => {
    const w = globalThis as unknown as { __headline?: number; __whole?: number };
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const end = Date.now() + 10_000;
    while ((w.__headline === undefined || !navigation.loadEventEnd || (whole && w.__whole === undefined)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 5));
    }
    return { paintedMs: w.__headline, loadedMs: navigation.loadEventEnd, wholeMs: w.__whole };
  }, whole);
  await page.close();
  const { paintedMs, loadedMs, wholeMs } = sample;
  if (paintedMs === undefined || !loadedMs || (whole && wholeMs === undefined)) throw new Error(`${url}: the headline was never painted`);
  return { paintedMs, loadedMs, shownMs: Math.max(paintedMs, loadedMs), ...(wholeMs !== undefined ? { wholeMs } : {}) };
}

async function popupRender(ext: Extension, state: PopupRender['state'], samples: number): Promise<PopupRender> {
  const blankUrl = `chrome-extension://${ext.id}/bench-blank.html`;
  const scriptedUrl = `chrome-extension://${ext.id}/bench-scripted.html`;
  const popupUrl = await toolbarPopupUrl(ext);
  if (!new URL(popupUrl).search) throw new Error(`the toolbar opens the popup without its glance: ${popupUrl}`);
  const pages = [
    { url: popupUrl, whole: true, samples: [] as RenderSample[] },
    { url: ext.popupUrl, whole: false, samples: [] as RenderSample[] },
    { url: blankUrl, whole: false, samples: [] as RenderSample[] },
    { url: scriptedUrl, whole: false, samples: [] as RenderSample[] },
  ];
  for (const page of pages) await renderOnce(ext.context, page.url, page.whole);
  // Interleaved, so that a slow moment of the machine falls on every page alike.
  for (let i = 0; i < samples; i++) for (const page of pages) page.samples.push(await renderOnce(ext.context, page.url, page.whole));
  const of = (samples: RenderSample[], pick: (s: RenderSample) => number) => summarize(samples.map((s) => round(pick(s), 1)));
  const [popup, bare, blank, scripted] = pages.map((p) => of(p.samples, (s) => s.shownMs)) as [Summary, Summary, Summary, Summary];
  return {
    state,
    popup,
    popupPainted: of(pages[0]!.samples, (s) => s.paintedMs),
    popupLoaded: of(pages[0]!.samples, (s) => s.loadedMs),
    whole: of(pages[0]!.samples, (s) => s.wholeMs!),
    bare,
    blank,
    scripted,
    ratio: round(popup.median / blank.median, 2),
    bareRatio: round(bare.median / blank.median, 2),
  };
}

export async function measureInBrowser(options: BrowserOptions): Promise<BrowserResults> {
  const extDir = mkdtempSync(join(tmpdir(), 'msl-bench-ext-'));
  cpSync('dist', extDir, { recursive: true, filter: (src) => !src.includes('/.vite') });
  writeFileSync(join(extDir, 'bench-blank.html'), BLANK_PAGE);
  writeFileSync(join(extDir, 'bench-scripted.html'), SCRIPTED_PAGE);
  writeFileSync(join(extDir, 'bench-scripted.js'), SCRIPTED_SCRIPT);
  // extension.ts reads EXT_DIST when it is first imported.
  process.env.EXT_DIST = extDir;
  const { launchExtension, browserArgs, defaultRules, readSnapshot, until, CHROMIUM } = await import('../harness/extension');

  const server = new FixtureServer();
  server.appPage = { type: 'text/html; charset=utf-8', body: syntheticOutlookPage() };
  server.use(SCENARIOS.quiet);
  const port = await server.start();
  const ext = await launchExtension(port);
  const plain = await launchPlain(browserArgs(defaultRules(port)), CHROMIUM);
  try {
    const first = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'ok',
      30_000,
    );
    if (first?.level !== 'ok') throw new Error(`the extension's first check did not come out green (${first?.level})`);
    const control = await ext.context.newPage();
    await control.goto(`chrome-extension://${ext.id}/bench-blank.html`);
    const name = await control.evaluate(() => chrome.runtime.getManifest().name);

    options.log('  storage writes of no-change checks…');
    const noChange = await noChangeWrites(ext, control);

    const contentCost: ContentCost[] = [];
    for (const url of APP_URLS) {
      options.log(`  content-script cost at ${url}: ${options.loads} loads with and ${options.loads} without the extension…`);
      contentCost.push(await contentScriptCost(ext, plain.context, name, options.loads, url));
    }
    await plain.close();

    options.log('  popup render (green snapshot)…');
    const popupOk = await popupRender(ext, 'ok', options.popupSamples);

    options.log('  detection latency…');
    const detected = await detection(server, control, options);

    options.log('  popup render (outage snapshot)…');
    server.use(SCENARIOS.apacOutage);
    const red = badgeBecomes(control, RED, 20_000);
    await sendRefresh(control);
    await red;
    await control.evaluate(() => chrome.alarms.clearAll());
    const popupOutage = await popupRender(ext, 'outage', options.popupSamples);
    return { noChange, contentCost, detection: detected, popup: [popupOk, popupOutage] };
  } finally {
    await plain.close().catch(() => {});
    await ext.close();
    await server.stop();
    rmSync(extDir, { recursive: true, force: true });
  }
}
