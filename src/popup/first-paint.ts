/**
 * The popup's first paint, before Preact has loaded: the level and the headline from the glance in the
 * popup's address, in the markup of Header.tsx's status line (same classes, same look), placed before the
 * app's root. Busy until the app removes it, when it paints its own header.
 */
import type { Glance } from '../core/extension/glance';
import { ICON_PATH, ICON_SVG, LEVEL_SHAPES } from './level-icon';

const SVG = 'http://www.w3.org/2000/svg';

/** Marks the headline for the Element Timing API: `npm run bench` times its paint by it. */
export const HEADLINE_TIMING = 'headline';

/** The painted glance's id, by which main.tsx hands it to the app. */
export const GLANCE_ID = 'glance';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function levelIcon(glance: Glance): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries(ICON_SVG)) svg.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', LEVEL_SHAPES[glance.look]);
  for (const [name, value] of Object.entries(ICON_PATH)) path.setAttribute(name, value);
  svg.append(path);
  return svg;
}

/** Paints `glance` just before `root`, as the element with id GLANCE_ID. */
export function paintGlance(root: HTMLElement, glance: Glance): void {
  document.documentElement.lang = glance.locale;
  const header = element(
    'header',
    { id: GLANCE_ID, class: `top lvl-${glance.level}`, 'data-testid': 'glance', 'aria-busy': 'true' },
    element(
      'div',
      { class: 'status' },
      element('span', { class: 'level', 'data-testid': 'level', 'data-level': glance.level }, levelIcon(glance), glance.levelWord),
      element('h1', { 'data-testid': 'headline', elementtiming: HEADLINE_TIMING }, glance.headline),
    ),
  );
  root.before(header);
}
