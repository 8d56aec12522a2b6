/** The level's icon, drawn the same by the popup's first paint (glance.ts) and by Preact (LevelIcon.tsx). */
import type { Look } from '../core/extension/level';

/** A distinct shape per level (and for "your network"), so the level never depends on colour alone. */
export const LEVEL_SHAPES: Record<Look, string> = {
  ok: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5 8.2l2 2 4-4.4',
  degraded: 'M8 1.5 15 14H1zM8 6v3.8M8 11.5v.6',
  network: 'M2 2h12v12H2zM5 11v-1m3 1V8m3 3V5',
  outage: 'M5.3 1h5.4L15 5.3v5.4L10.7 15H5.3L1 10.7V5.3zM5.6 5.6l4.8 4.8m0-4.8-4.8 4.8',
  unknown: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM6.1 6.2a1.9 1.9 0 1 1 2.7 1.7c-.5.3-.8.7-.8 1.3M8 11.4v.6',
};

export const ICON_SVG = {
  class: 'icon',
  viewBox: '0 0 16 16',
  width: '18',
  height: '18',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

export const ICON_PATH = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.6',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;
