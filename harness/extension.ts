/**
 * Launches Debian's Chromium with the built extension, every Microsoft host mapped to the fixture server
 * and everything else unresolvable, so no test ever leaves this machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Snapshot } from '../src/core/model';
import { MAPPED_HOSTS } from './certificate';

export const DIST = resolve(process.env.EXT_DIST ?? 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Extension {
  context: BrowserContext;
  /** The current service worker; replace it after the worker is restarted. */
  worker: Worker;
  id: string;
  popupUrl: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  /** The demo runs headed when there is a display. */
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
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
    locale: options.locale ?? 'en-US',
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
    return {
      context,
      worker,
      id,
      popupUrl: `chrome-extension://${id}/src/popup/index.html`,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

/** Polls until `check` passes or the time is up; returns the last value. */
export async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!check(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}

export function readSnapshot(ext: Extension): Promise<Snapshot | undefined> {
  return ext.worker.evaluate(async () => (await chrome.storage.local.get('snapshot')).snapshot as Snapshot | undefined);
}

export function badge(ext: Extension): Promise<{ text: string; color: number[] }> {
  return ext.worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}

/** Asks the worker for a check the way the popup's refresh button does, and waits for it to finish. */
export async function refresh(ext: Extension, page?: Page): Promise<void> {
  const p = page ?? (await ext.context.newPage());
  if (!page) await p.goto(ext.popupUrl);
  await p.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  if (!page) await p.close();
}
