/**
 * Reaching the Outlook banner from a test. Its shadow root is closed, so neither the page's scripts nor
 * Playwright's selectors can enter it; the DevTools protocol can (DOM.getDocument with pierce), which is how
 * these helpers read it, measure it and click it with a real, trusted mouse click.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

export const BANNER_HOST_ID = 'ms-status-lens-banner';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
};

export interface BannerHandle {
  /** Runs `fn` (a function source) with `this` = the banner card, in the page's main world; returns its JSON value. */
  call<T>(fn: string): Promise<T>;
  text(): Promise<string>;
  role(): Promise<string | null>;
  /** A real mouse click on the dismiss button (isTrusted, as a person's). */
  clickDismiss(): Promise<void>;
}

/** The banner card, or null when no banner is on the page. */
export async function banner(page: Page): Promise<BannerHandle | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => attr(n, 'id') === BANNER_HOST_ID);
    const card = host && find(host.shadowRoots?.[0] ?? host, (n) => n.nodeName === 'DIV' && attr(n, 'role') !== undefined);
    if (!card) {
      await cdp.detach();
      return null;
    }
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId })) as { object: { objectId: string } };
    const call = async <T>(fn: string): Promise<T> => {
      const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    };
    return {
      call,
      text: () => call<string>('function () { return this.textContent; }'),
      role: () => call<string | null>("function () { return this.getAttribute('role'); }"),
      async clickDismiss() {
        const box = await call<{ x: number; y: number }>(
          "function () { const r = this.querySelector('button').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }",
        );
        await page.mouse.click(box.x, box.y);
      },
    };
  } catch (e) {
    await cdp.detach().catch(() => undefined);
    throw e;
  }
}

/** Waits for the banner to appear (or, with `gone`, to disappear). */
export async function waitForBanner(page: Page, gone = false, ms = 10_000): Promise<BannerHandle | null> {
  const end = Date.now() + ms;
  for (;;) {
    const b = await banner(page);
    if (!!b !== gone || Date.now() > end) return b;
    await page.waitForTimeout(150);
  }
}

/**
 * Runs `fn` (an async function's source) in the extension's content-script world of `page`, with its
 * `chrome` and its module map, through the DevTools protocol; waits for that world to exist first.
 */
async function inContentScript<T>(page: Page, extensionId: string, fn: string, ms = 10_000): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}` && !context.auxData?.isDefault) worlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    const end = Date.now() + ms;
    while (worlds.length === 0 && Date.now() < end) await page.waitForTimeout(50);
    if (worlds.length === 0) throw new Error('the content script never ran in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn})()`,
      contextId: worlds.at(-1)!,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Resolves once the content script has acted on what was stored when it started: its first storage read
 * has answered (answers come in order, so ours after its own); when an alert is proposed, the banner's code
 * the worker injects has arrived, and the worker has answered the words it asked for (ours after its own);
 * plus a task for what it does next.
 */
export function contentScriptSettled(page: Page, extensionId: string): Promise<void> {
  return inContentScript(
    page,
    extensionId,
    `async () => {
      const { banner } = await chrome.storage.local.get('banner');
      if (Object.values(banner?.banners ?? {}).some(Boolean)) {
        const code = Symbol.for('ms-status-lens.show-banner');
        for (let i = 0; i < 100 && !globalThis[code]; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        await chrome.runtime.sendMessage({ type: 'banner-words', locale: 'en' });
        await chrome.runtime.sendMessage({ type: 'banner-words', locale: 'ko' });
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }`,
  );
}

/**
 * Starts listening, in the content script's world, for the next change to what it reads; the function it
 * returns resolves once that change has reached the content script (its own listener, added first, has run).
 */
export async function nextChangeSeen(page: Page, extensionId: string): Promise<() => Promise<void>> {
  await inContentScript(
    page,
    extensionId,
    `async () => {
      globalThis.__nextChangeSeen = new Promise((resolve) =>
        chrome.storage.onChanged.addListener(function heard(_changes, area) {
          if (area !== 'local') return;
          chrome.storage.onChanged.removeListener(heard);
          setTimeout(resolve, 0);
        }),
      );
    }`,
  );
  return () => inContentScript(page, extensionId, 'async () => { await globalThis.__nextChangeSeen; }');
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** The violations; throws when axe checked nothing at all (a check that cannot fail is no check). */
const RUN = `(context) => axe.run(context, { resultTypes: ['violations'] }).then((r) => {
  if (r.passes.length + r.violations.length === 0) throw new Error('axe checked nothing');
  return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
})`;

/** axe-core's WCAG checks on the whole page (injected through the protocol, so the page's CSP does not stop it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(${RUN})(document)`) as Promise<AxeViolation[]>;
}

/**
 * axe-core on the banner. axe cannot enter a closed shadow root, so the card's DOM and its stylesheet are
 * copied, unchanged, into an open shadow root on the same page, and axe checks that copy (then it is removed).
 */
export async function axeBannerViolations(page: Page, handle: BannerHandle): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  await handle.call(`function () {
    const copy = document.createElement('div');
    copy.id = 'axe-banner-copy';
    const root = copy.attachShadow({ mode: 'open' });
    root.append(this.getRootNode().querySelector('style').cloneNode(true), this.cloneNode(true));
    document.documentElement.appendChild(copy);
  }`);
  try {
    return (await page.evaluate(`(${RUN})({ include: [['#axe-banner-copy']] })`)) as AxeViolation[];
  } finally {
    await page.evaluate("document.getElementById('axe-banner-copy').remove()");
  }
}
