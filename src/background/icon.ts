/** Paints the toolbar button for a level: icon set, badge, tooltip and the popup's first lines. */
import { glanceQuery, type Glance } from '../core/extension/glance';
import type { Level } from '../core/extension/level';
import { setToolbar } from '../platform/toolbar';

const SIZES = [16, 32, 48, 128] as const;

/** Badge text keeps at least 4.5:1 on its colour: dark on amber, white on the rest. */
export const BADGE: Record<Level, { text: string; color: string; textColor: string }> = {
  ok: { text: '', color: '#107c10', textColor: '#ffffff' },
  degraded: { text: '!', color: '#f7b900', textColor: '#1b1b1b' },
  outage: { text: '!', color: '#c50f1f', textColor: '#ffffff' },
  unknown: { text: '?', color: '#6e6e6e', textColor: '#ffffff' },
};

export function iconPaths(level: Level): Record<number, string> {
  return Object.fromEntries(SIZES.map((size) => [size, `icons/${level}-${size}.png`]));
}

/** Without a glance (a failed check) the popup opens bare and finds its words itself. */
export function paintToolbar(level: Level, tooltip: string, glance?: Glance): Promise<void> {
  const { text, color, textColor } = BADGE[level];
  return setToolbar({
    icon: iconPaths(level),
    badgeText: text,
    badgeColor: color,
    badgeTextColor: textColor,
    title: tooltip,
    popupQuery: glance ? glanceQuery(glance) : '',
  });
}
