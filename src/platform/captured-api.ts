/**
 * The extension API in the content script, found once and kept (build: `webextension-polyfill` resolves
 * here for the content script; see extension-api.ts).
 *
 * A page can shadow the names the API lives under: in Chromium's isolated world an `<iframe name="chrome">`
 * makes `chrome` the child window, an element with id="browser" (or a form with a control named "runtime")
 * becomes `browser`. The gate runs at document_start, before the page has any element, and takes the API
 * then; the banner's code, injected later by the worker into the same isolated world, takes it from the
 * gate (HANDOFF), never from the globals. Only an object whose runtime.getURL is a function, and which is
 * not a DOM node, counts.
 */
import type { ExtensionApi } from './extension-api';

/** The isolated world's own property: the page's scripts live in another world and cannot read or set it. */
const HANDOFF = Symbol.for('ms-status-lens.extension-api');

function isApi(value: unknown): value is ExtensionApi {
  if (typeof value !== 'object' || value === null) return false;
  // A DOM node (the page's element, seen through a named window property) is never the API.
  if (typeof (value as { nodeType?: unknown }).nodeType === 'number') return false;
  return typeof (value as { runtime?: { getURL?: unknown } }).runtime?.getURL === 'function';
}

function find(): ExtensionApi | undefined {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  if (isApi(g.browser)) return g.browser;
  if (isApi(g.chrome)) return g.chrome;
  return undefined;
}

const world = globalThis as unknown as Record<symbol, ExtensionApi | undefined>;
world[HANDOFF] ??= find();

/** Undefined only where no extension API was visible at document_start: every call then fails and is caught. */
export default world[HANDOFF] as ExtensionApi;
