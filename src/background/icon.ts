/** Paints the toolbar button for a level: icon set, badge and tooltip. */
import type { Level } from '../core/model';
import { browser } from '../platform/browser';

const SIZES = [16, 32, 48, 128] as const;

export const BADGE: Record<Level, { text: string; color: string }> = {
  ok: { text: '', color: '#107c10' },
  degraded: { text: '!', color: '#f7b900' },
  outage: { text: '!', color: '#c50f1f' },
  unknown: { text: '?', color: '#6e6e6e' },
};

export function iconPaths(level: Level): Record<number, string> {
  return Object.fromEntries(SIZES.map((size) => [size, `icons/${level}-${size}.png`]));
}

export async function paintToolbar(level: Level, tooltip: string): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ path: iconPaths(level) }),
    browser.action.setBadgeText({ text: BADGE[level].text }),
    browser.action.setBadgeBackgroundColor({ color: BADGE[level].color }),
    browser.action.setTitle({ title: tooltip }),
  ]);
}
