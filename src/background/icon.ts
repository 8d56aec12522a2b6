/** Paints the toolbar button for a level: icon set, badge, tooltip and the popup's first lines. */
import { glanceQuery, type Glance } from '../core/extension/glance';
import type { Look } from '../core/extension/level';
import { setToolbar } from '../platform/toolbar';

const SIZES = [16, 32, 48, 128] as const;

/**
 * Badge text keeps at least 4.5:1 on its colour: dark on amber, white on the rest. "Your network" is amber
 * like every yellow, with its own text, so a glance tells it from a Microsoft degradation ("!").
 */
export const BADGE: Record<Look, { text: string; color: string; textColor: string }> = {
  ok: { text: '', color: '#107c10', textColor: '#ffffff' },
  degraded: { text: '!', color: '#f7b900', textColor: '#1b1b1b' },
  network: { text: 'NET', color: '#f7b900', textColor: '#1b1b1b' },
  outage: { text: '!', color: '#c50f1f', textColor: '#ffffff' },
  unknown: { text: '?', color: '#6e6e6e', textColor: '#ffffff' },
};

export function iconPaths(look: Look): Record<number, string> {
  return Object.fromEntries(SIZES.map((size) => [size, `icons/${look}-${size}.png`]));
}

/** Without a glance (a failed check) the popup opens bare and finds its words itself. */
export function paintToolbar(look: Look, tooltip: string, glance?: Glance): Promise<void> {
  const { text, color, textColor } = BADGE[look];
  return setToolbar({
    icon: iconPaths(look),
    badgeText: text,
    badgeColor: color,
    badgeTextColor: textColor,
    title: tooltip,
    popupQuery: glance ? glanceQuery(glance) : '',
  });
}
