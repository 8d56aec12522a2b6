/**
 * The content script's extension API (src/platform/captured-api.ts, what `webextension-polyfill` is in the
 * content bundles): taken once, at document_start, and handed to the banner's code injected later, so
 * nothing the page puts in its DOM afterwards (an <iframe name="chrome">, an element id="browser") can
 * stand in for it. Each import below is a fresh module, as each content bundle has its own copy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeChrome } from './fake-chrome';

const HANDOFF = Symbol.for('ms-status-lens.extension-api');
const world = globalThis as unknown as Record<symbol, unknown>;

beforeEach(() => {
  // Chromium's content script: `chrome`, and no `browser` (the unit set-up installs a fake one).
  vi.stubGlobal('browser', undefined);
});

async function freshCapture(): Promise<unknown> {
  vi.resetModules();
  return (await import('../../../src/platform/captured-api')).default;
}

afterEach(() => {
  delete world[HANDOFF];
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the content script’s extension API', () => {
  it('is taken at document_start and kept when the page later names an iframe "chrome" or "browser"', async () => {
    const api = fakeChrome().api;
    vi.stubGlobal('chrome', api);
    expect(await freshCapture()).toBe(api);
    // What Chromium's isolated world sees once the page has <iframe name="chrome"> and <iframe name="browser">:
    // the child windows (happy-dom loads no frames, so two stand-ins for a WindowProxy).
    const childWindow = () => ({ closed: false, frames: {}, postMessage() {} });
    vi.stubGlobal('chrome', childWindow());
    vi.stubGlobal('browser', childWindow());
    // The banner's code, injected later into the same world, gets the gate's API, not the page's frames.
    expect(await freshCapture()).toBe(api);
  });

  it.each([
    ['an element with id="browser"', '<div id="browser"></div>'],
    ['a form with id="browser" and a control named "runtime"', '<form id="browser"><input name="runtime"><input name="storage"></form>'],
  ])('is never %s (DOM clobbering), even at document_start', async (_name, html) => {
    const api = fakeChrome().api;
    document.body.innerHTML = html;
    vi.stubGlobal('browser', document.getElementById('browser'));
    vi.stubGlobal('chrome', api);
    expect(await freshCapture()).toBe(api);
  });

  it('prefers a real `browser` namespace (Firefox) to `chrome`', async () => {
    const firefox = fakeChrome().api;
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', fakeChrome().api);
    expect(await freshCapture()).toBe(firefox);
  });
});
