/**
 * What the popup and options page tests share: mounting a Preact page into happy-dom and taking it down,
 * serving the real _locales files to the page's fetch, a fake browser language, and DOM queries.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { render, type ComponentType } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The real messages.json for an extension URL ending in `/_locales/<en|ko>/messages.json`; otherwise undefined. */
export function localeResponse(url: string): Response | undefined {
  const m = /\/_locales\/(en|ko)\/messages\.json$/.exec(new URL(url).pathname);
  if (!m) return undefined;
  return new Response(readFileSync(resolve(ROOT, `_locales/${m[1]}/messages.json`), 'utf8'), {
    headers: { 'content-type': 'application/json' },
  });
}

export function setUiLanguage(lang: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}

/** One macrotask, inside act(), so async storage reads and their renders land. */
export const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

export async function settle(times = 6): Promise<void> {
  for (let i = 0; i < times; i++) await flush();
}

let mounted: HTMLElement | null = null;

/** Renders `Page` into a fresh element on the body and waits until its first reads have rendered. */
export async function mountPage(Page: ComponentType, settleTimes = 6): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted = root;
  await act(() => {
    render(<Page />, root);
  });
  await settle(settleTimes);
  return root;
}

export async function unmount(): Promise<void> {
  if (mounted) {
    const root = mounted;
    await act(() => {
      render(null, root);
    });
    root.remove();
    mounted = null;
  }
}

export const byTestId = (root: ParentNode, id: string): HTMLElement | null => root.querySelector(`[data-testid="${id}"]`);
export const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
