/**
 * Launches Debian's Firefox ESR with the built Firefox package (dist-firefox/, `TARGET=firefox vite build`)
 * as a temporary add-on, driven by puppeteer-core over WebDriver BiDi (it downloads no browser). Returns an
 * ExtensionDriver (harness/driver.ts), so the scenarios shared with Chromium run unchanged.
 *
 * Network: Firefox sends everything through a local proxy that tunnels Microsoft's mapped hosts to the
 * fixture server and refuses the rest (Chromium's `MAP * ~NOTFOUND`), or, with `everyHost`, tunnels every
 * host to it so the fixture server records each one (Chromium's `MAP * 127.0.0.1:port`). Nothing leaves
 * the machine.
 *
 * Firefox prints the add-on's uncaught errors on its output as `JavaScript error: moz-extension://…`;
 * close() fails when it saw one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Viewport } from 'puppeteer-core';
import { MAPPED_HOSTS } from './certificate';
import { type ExtensionDriver, type ShownNotification, type TestPage, until } from './driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve(process.env.EXT_DIST_FIREFOX ?? 'dist-firefox');
/** Pinned through `extensions.webextensions.uuids`, so the extension's page URLs are known in advance. */
const EXTENSION_UUID = '6f0e3a52-6c3b-4d7e-9a51-3f2b8c1d0e47';
const EXTENSION_ERROR = /JavaScript error: moz-extension:\/\//;

export interface FirefoxOptions {
  /** The UI language (`ko` needs Debian's firefox-esr-l10n-ko). */
  locale?: string;
  /** The browser's time zone (e.g. "Asia/Seoul", Firefox's TZ); the machine's when unset. */
  timezoneId?: string;
  /** Tunnel every host to the fixture server instead of only Microsoft's. */
  everyHost?: boolean;
  extensionDir?: string;
}

interface LocalProxy {
  port: number;
  /** Requests the proxy refused: hosts that are not mapped (mostly Firefox's own services). */
  refused: string[];
  server: Server;
}

async function localProxy(fixturePort: number, everyHost: boolean): Promise<LocalProxy> {
  const refused: string[] = [];
  const server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!everyHost && !MAPPED_HOSTS.includes(host)) {
      refused.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, refused, server };
}

function prefs(geckoId: string, proxyPort: number, locale: string): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    // Without a D-Bus notification daemon system notifications close at once; Firefox's own keep them.
    'alerts.useSystemBackend': false,
    // navigator.clipboard.readText() without the "Paste" prompt, so a test reads back what was copied.
    'dom.events.testing.asyncClipboard': true,
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    'intl.locale.requested': locale,
    'intl.accept_languages': locale,
    // Firefox's own traffic, which this machine has no network for.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
  };
}

/**
 * Extension pages never fire WebDriver BiDi's load events (Firefox bug 1755014): start the navigation
 * without waiting for it, then poll until the document is there.
 */
async function go(page: Page, url: string, navigate: () => Promise<unknown>): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    await navigate();
    return;
  }
  navigate().catch(() => undefined);
  const end = Date.now() + 15_000;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => ['', ''] as const);
    if (state[0] === url && state[1] === 'complete') return;
    if (Date.now() > end) throw new Error(`Firefox did not load ${url} (at ${state[0] || 'nothing'}, ${state[1] || 'no document'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function testPage(page: Page, url: string): TestPage {
  return {
    async waitFor(selector, state = 'visible', timeout = 30_000) {
      await page.waitForSelector(selector, state === 'gone' ? { hidden: true, timeout } : { visible: true, timeout });
    },
    count: async (selector) => (await page.$$(selector)).length,
    async text(selector) {
      const element = await page.waitForSelector(selector, { timeout: 30_000 });
      return (await element?.evaluate((e) => e.textContent)) ?? '';
    },
    async attribute(selector, name) {
      const element = await page.waitForSelector(selector, { timeout: 30_000 });
      return (await element?.evaluate((e, n) => e.getAttribute(n), name)) ?? null;
    },
    async click(selector) {
      await (await page.waitForSelector(selector, { visible: true, timeout: 30_000 }))?.click();
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    reload: () => go(page, url, () => page.reload()),
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    close: () => page.close(),
  };
}

/** Firefox's notifications namespace, in what it has beyond Chromium's: onShown, and getAll with the options. */
interface FirefoxNotifications {
  onShown: { addListener(listener: (id: string) => void): void };
  getAll(): Promise<Record<string, chrome.notifications.NotificationOptions | undefined>>;
}

/**
 * Runs in the kept-open extension page: keeps every notification the extension shows, in the order shown,
 * with the content getAll() reports for it (Firefox's getAll gives the options, Chromium's only ids).
 */
function recordShown(): void {
  const w = window as unknown as { __mslNotes?: Partial<ShownNotification>[] };
  if (w.__mslNotes) {
    w.__mslNotes.length = 0;
    return;
  }
  const notes: Partial<ShownNotification>[] = [];
  w.__mslNotes = notes;
  const api = chrome.notifications as unknown as FirefoxNotifications;
  api.onShown.addListener((id) => {
    const note: Partial<ShownNotification> = { id };
    notes.push(note);
    void api.getAll().then((all) => {
      const shown = all[id];
      Object.assign(note, {
        title: shown?.title ?? '',
        message: shown?.message ?? '',
        priority: shown?.priority ?? 0,
        icon: String(shown?.iconUrl).split('/').pop(),
      });
    });
  });
}

export async function launchFirefox(fixturePort: number, options: FirefoxOptions = {}): Promise<ExtensionDriver> {
  const dir = resolve(options.extensionDir ?? FIREFOX_DIST);
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`build the Firefox package first: \`npm run build:firefox\` (no ${dir}/manifest.json)`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: \`apt-get install firefox-esr\`, or set FIREFOX_PATH`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const proxy = await localProxy(fixturePort, options.everyHost ?? false);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // Without it, WebDriver BiDi refuses to open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs(geckoId, proxy.port, options.locale ?? 'en-US'),
      ...(options.timezoneId ? { env: { ...process.env, TZ: options.timezoneId } } : {}),
    });
  } catch (e) {
    proxy.server.close();
    throw e;
  }
  const output: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    stream?.on('data', (chunk: Buffer) =>
      output.push(
        ...String(chunk)
          .split('\n')
          .filter((l) => EXTENSION_ERROR.test(l)),
      ),
    );
  }
  const base = `moz-extension://${EXTENSION_UUID}`;
  const shutDown = async () => {
    await browser.close().catch(() => undefined);
    proxy.server.closeAllConnections();
    proxy.server.close();
  };
  try {
    await browser.installExtension(dir);
    // An extension page kept open: the privileged context that reads storage and sends messages.
    const control = await newWindow(browser);
    const optionsUrl = `${base}/src/options/index.html`;
    await go(control, optionsUrl, () => control.goto(optionsUrl));
    const inExtension: ExtensionDriver['inExtension'] = (fn, arg) => control.evaluate(fn, arg as never) as never;
    return {
      browser: 'firefox',
      id: EXTENSION_UUID,
      popupUrl: `${base}/src/popup/index.html`,
      optionsUrl,
      inExtension,
      async refresh() {
        await inExtension(() => chrome.runtime.sendMessage({ type: 'refresh' }));
      },
      async open(url, viewport) {
        const page = await newWindow(browser);
        if (viewport) await setViewport(page, viewport);
        await go(page, url, () => page.goto(url));
        return testPage(page, url);
      },
      async openedPage(part, timeoutMs = 10_000) {
        // Puppeteer's page.url() stays about:blank in extension pages (no BiDi navigation events): ask each tab.
        const find = async () => {
          for (const page of await browser.pages()) {
            const href = await page.evaluate(() => location.href).catch(() => '');
            if (href.includes(part)) return { page, href };
          }
          return undefined;
        };
        const found = await until(find, (f) => !!f, timeoutMs);
        if (!found) throw new Error(`no tab at an address with ${part} within ${timeoutMs} ms`);
        await go(found.page, found.href, () => Promise.resolve());
        return testPage(found.page, found.href);
      },
      recordNotifications: () => inExtension(recordShown),
      async notifications() {
        // Each entry gets its content from getAll() just after it was shown.
        const read = () => inExtension(() => (window as unknown as { __mslNotes?: ShownNotification[] }).__mslNotes ?? null);
        return until(read, (notes) => !notes || notes.every((n) => n.title !== undefined), 5_000);
      },
      async close() {
        await shutDown();
        if (output.length) throw new Error(`the extension threw in Firefox:\n${output.join('\n')}`);
      },
    };
  } catch (e) {
    await shutDown();
    throw e;
  }
}

/**
 * Each page in a window of its own. Firefox ESR 140.12 opens a new tab in the most recent window, and after
 * the extension has shown a notification that window has no tabs ("TabManager.getTabBrowser(...) is
 * undefined"; most likely headless Firefox's own window for the notification). A new window needs none.
 */
async function newWindow(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ type: 'window' });
  // In front, as a tab just opened would be: the page opened last is the one most recently used.
  await page.bringToFront();
  return page;
}

/**
 * Puppeteer sets a page's size and its screen orientation together; Firefox ESR 140 knows no orientation
 * command ("unknown command emulation.setScreenOrientationOverride"), and the size is set before it fails.
 */
async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('emulation.setScreenOrientationOverride'))) throw error;
  }
}
