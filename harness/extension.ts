/**
 * Launches Debian's Chromium with the built extension, every Microsoft host mapped to the fixture server
 * and everything else unresolvable, so no test ever leaves this machine. The result is an ExtensionDriver
 * (harness/driver.ts) for the scenarios shared with Firefox, plus Playwright's context and the worker for
 * Chromium-only tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { MAPPED_HOSTS } from './certificate';
import { type ExtensionDriver, type ShownNotification, type TestPage, until } from './driver';

export { badge, checkedAfter, readSnapshot, readStoredParts, refresh, refreshUntil, toolbarPopupUrl, until } from './driver';

export const DIST = resolve(process.env.EXT_DIST ?? 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Extension extends ExtensionDriver {
  context: BrowserContext;
  /** The current service worker; replace it after the worker is restarted. */
  worker: Worker;
}

export interface LaunchOptions {
  locale?: string;
  /** The demo runs headed when there is a display. */
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** The browser's time zone (e.g. "Asia/Seoul"); the machine's when unset. */
  timezoneId?: string;
  /** Host-resolver rules to use instead of "every Microsoft host to the fixture server, nothing else resolves". */
  rules?: string;
  /** Load the unpacked extension from here instead of DIST (e.g. a copy a test rewrites to simulate an update). */
  extensionDir?: string;
}

/**
 * The flags every test browser runs with: hosts mapped to the fixture server, its throw-away certificate
 * accepted, and none of Chromium's own background traffic (this machine has no network to give it).
 */
export function browserArgs(rules: string): string[] {
  return [
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export function defaultRules(port: number): string {
  return [...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

export async function launchExtension(port: number, options: LaunchOptions = {}): Promise<Extension> {
  const dir = options.extensionDir ?? DIST;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build the extension first (no ${dir}/manifest.json)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'msl-profile-'));
  const rules = options.rules ?? defaultRules(port);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    locale: options.locale ?? 'en-US',
    // Playwright's locale reaches pages only. Chromium on Linux takes its own UI language (the one its
    // service worker's i18n.getUILanguage() reports) from LANGUAGE, as a Korean desktop session gives it,
    // and needs Debian's chromium-l10n to have a Korean one.
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale } } : {}),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...browserArgs(rules),
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    const ext: Extension = {
      browser: 'chromium',
      context,
      worker,
      id,
      popupUrl: `chrome-extension://${id}/src/popup/index.html`,
      optionsUrl: `chrome-extension://${id}/src/options/index.html`,
      inExtension: (fn, arg) => inCurrentWorker(ext, (w) => w.evaluate(fn, arg as never)),
      async refresh() {
        const page = await context.newPage();
        await page.goto(ext.popupUrl);
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
        await page.close();
      },
      async open(url, viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(url);
        return testPage(page);
      },
      async openedPage(part, timeoutMs = 10_000) {
        const page = await until(
          async () => context.pages().find((p) => p.url().includes(part)),
          (p) => !!p,
          timeoutMs,
        );
        if (!page) throw new Error(`no tab at an address with ${part} within ${timeoutMs} ms`);
        return testPage(page);
      },
      async recordNotifications() {
        if (!(await inCurrentWorker(ext, recordInWorker))) throw new Error('the worker does not reach notifications through chrome.*');
      },
      notifications: () =>
        inCurrentWorker(ext, (w) =>
          w.evaluate(() => ((globalThis as { __mslNotes?: ShownNotification[] }).__mslNotes ?? null) as ShownNotification[] | null),
        ),
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
    // MV3 replaces the worker whenever it likes: `ext.worker` follows the browser to the newest one.
    context.on('serviceworker', (w) => {
      if (new URL(w.url()).host === id) ext.worker = w;
    });
    return ext;
  } catch (e) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

/** What Playwright says when the worker it was talking to went away while (or before) it answered. */
const WORKER_GONE =
  /Service worker restarted|Target page, context or browser has been closed|Target closed|Execution context was destroyed/;

/**
 * Runs `use` against the extension's current service worker. When the browser replaced the worker under it
 * (MV3 stops and restarts workers at will), waits for the new one and runs it once more there: the
 * callers read storage or write the same values again, so a second run is harmless.
 */
export async function inCurrentWorker<T>(ext: Extension, use: (worker: Worker) => Promise<T>): Promise<T> {
  const first = ext.worker;
  try {
    return await use(first);
  } catch (e) {
    if (!WORKER_GONE.test(String(e))) throw e;
  }
  if (ext.worker === first) {
    const replaced = await ext.context
      .waitForEvent('serviceworker', { predicate: (w) => new URL(w.url()).host === ext.id, timeout: 5_000 })
      .catch(() => undefined);
    // No new worker: Playwright keeps the handle of a restarted worker and talks to its new context.
    if (replaced) ext.worker = replaced;
  }
  return use(ext.worker);
}

/**
 * Wraps chrome.notifications.create in the worker to keep what it is given (headless Chromium shows
 * nothing to read back, and getAll gives ids only). A restarted worker has no record: notifications() is
 * null then. True when the extension reaches notifications through this same `chrome` namespace.
 */
function recordInWorker(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => {
    const g = globalThis as typeof globalThis & { __mslNotes?: unknown[] };
    const original = chrome.notifications.create.bind(chrome.notifications);
    g.__mslNotes = [];
    (chrome.notifications as { create: unknown }).create = (...args: unknown[]) => {
      const [id, options] = args as [string, chrome.notifications.NotificationOptions];
      g.__mslNotes!.push({
        id,
        title: options.title,
        message: options.message,
        priority: options.priority,
        icon: String(options.iconUrl).split('/').pop(),
      });
      return (original as (...a: unknown[]) => unknown)(...args);
    };
    const b = (globalThis as { browser?: typeof chrome }).browser;
    return !b || b.notifications.create === chrome.notifications.create;
  });
}

/** Playwright's CSS already descends into open shadow roots, so ` >>> ` is a plain descendant step here. */
function testPage(page: Page): TestPage {
  const all = (selector: string) => page.locator(selector.replace(/\s*>>>\s*/g, ' '));
  return {
    waitFor: (selector, state = 'visible', timeout) =>
      all(selector)
        .first()
        .waitFor({ state: state === 'gone' ? 'detached' : 'visible', ...(timeout ? { timeout } : {}) }),
    count: (selector) => all(selector).count(),
    text: async (selector) => (await all(selector).first().textContent()) ?? '',
    attribute: (selector, name) => all(selector).first().getAttribute(name),
    click: (selector) => all(selector).first().click(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    reload: async () => {
      await page.reload();
    },
    async readClipboard() {
      await page.context().grantPermissions(['clipboard-read']);
      return page.evaluate(() => navigator.clipboard.readText());
    },
    close: () => page.close(),
  };
}
