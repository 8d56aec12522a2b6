/**
 * What an end-to-end scenario needs from a browser with the built extension loaded, so one scenario runs in
 * Chromium (harness/extension.ts, Playwright) and Firefox (harness/firefox.ts, puppeteer-core over WebDriver
 * BiDi) alike. `E2E_BROWSER=firefox` picks Firefox for the shared scenarios (`npm run test:firefox`).
 *
 * Selectors are CSS; ` >>> ` descends into an open shadow root (the Outlook banner's).
 */
import type { Snapshot } from '../src/core/extension/snapshot';
import { readSnapshot as readStoredSnapshot } from '../src/core/extension/stored';
import { SNAPSHOT_KEYS } from '../src/platform/storage-keys';

export type BrowserKind = 'chromium' | 'firefox';

export interface TestPage {
  /** Waits until the first match is visible, or until nothing matches any more (`'gone'`). */
  waitFor(selector: string, state?: 'visible' | 'gone', timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  /** Text of the first match. */
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  /** Runs `fn` in the page (serialised: it can use only its argument and the page's globals). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  reload(): Promise<void>;
  /** The text on the browser's clipboard now, read back from this page (what a paste would give). */
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

/** A desktop notification as the extension created it; `icon` is the icon's file name. */
export interface ShownNotification {
  id: string;
  title: string;
  message: string;
  priority: number;
  icon: string;
}

export interface ExtensionDriver {
  readonly browser: BrowserKind;
  /** The extension's id in this browser's extension URLs. */
  readonly id: string;
  readonly popupUrl: string;
  readonly optionsUrl: string;
  /**
   * Runs `fn` in a privileged extension context (Chromium: the service worker; Firefox: an extension page),
   * where `chrome.*` is the extension API with promises. Serialised like TestPage.evaluate.
   */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Asks the worker for a check the way the popup's refresh button does (from an extension page). */
  refresh(): Promise<void>;
  /** A new tab at `url`; extension pages are ready once their document has loaded. */
  open(url: string, viewport?: { width: number; height: number }): Promise<TestPage>;
  /** A tab the browser or the extension opened (or is opening) whose address contains `part`, once it is there. */
  openedPage(part: string, timeoutMs?: number): Promise<TestPage>;
  /**
   * Starts recording the notifications the extension shows (Chromium: notifications.create wrapped in the
   * worker; Firefox: notifications.onShown in the kept-open extension page, with getAll for the content).
   */
  recordNotifications(): Promise<void>;
  /** Every notification shown since recordNotifications, oldest first; null when the record was lost (a restarted worker). */
  notifications(): Promise<ShownNotification[] | null>;
  /** Closes the browser; fails if the extension reported an uncaught error while it ran (Firefox). */
  close(): Promise<void>;
}

export const testId = (id: string): string => `[data-testid="${id}"]`;

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

/** The stored snapshot parts exactly as the extension keeps them. */
export function readStoredParts(ext: ExtensionDriver): Promise<Record<string, unknown>> {
  return ext.inExtension((keys) => chrome.storage.local.get(keys), [...SNAPSHOT_KEYS]);
}

/** The stored snapshot as every surface reads it (src/core/extension/stored.ts); undefined when none or unreadable. */
export async function readSnapshot(ext: ExtensionDriver): Promise<Snapshot | undefined> {
  const snapshot = readStoredSnapshot(await readStoredParts(ext), Date.now());
  return typeof snapshot === 'object' && snapshot !== null ? snapshot : undefined;
}

export function badge(ext: ExtensionDriver): Promise<{ text: string; color: number[] }> {
  return ext.inExtension(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}

/** The address the toolbar button opens the popup at now: the worker's glance in its query (action.setPopup). */
export function toolbarPopupUrl(ext: ExtensionDriver): Promise<string> {
  return ext.inExtension(() => chrome.action.getPopup({}));
}

export function refresh(ext: ExtensionDriver): Promise<void> {
  return ext.refresh();
}

/** The first snapshot stored by a check after `before` (an ISO time) that passes `check`. */
export function checkedAfter(
  ext: ExtensionDriver,
  before: string | undefined,
  check: (s: Snapshot) => boolean = () => true,
): Promise<Snapshot | undefined> {
  return until(
    () => readSnapshot(ext),
    (s) => !!s && s.checkedAt > (before ?? '') && check(s),
  );
}

/**
 * Refreshes, one landed check after another, until the stored snapshot passes `check` (at most `times`
 * checks): an item Microsoft stops listing is resolved at the check after the one that first missed it.
 */
export async function refreshUntil(ext: ExtensionDriver, check: (s: Snapshot) => boolean, times = 3): Promise<Snapshot | undefined> {
  let snapshot = await readSnapshot(ext);
  for (let i = 0; i < times && !(snapshot && check(snapshot)); i++) {
    const before = snapshot?.checkedAt ?? '';
    await refresh(ext);
    snapshot = await until(
      () => readSnapshot(ext),
      (s) => !!s && s.checkedAt > before,
    );
  }
  return snapshot;
}

/** The browser the shared scenarios run in: `E2E_BROWSER`, Chromium unless it says firefox. */
export function browserUnderTest(): BrowserKind {
  return process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';
}
