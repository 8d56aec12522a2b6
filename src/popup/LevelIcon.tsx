import type { Look } from '../core/extension/level';
import { ICON_PATH, ICON_SVG, LEVEL_SHAPES } from './level-icon';

export function LevelIcon({ look }: { look: Look }) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: decorative, aria-hidden (in ICON_SVG): the level's word is beside it.
    <svg {...ICON_SVG}>
      <path d={LEVEL_SHAPES[look]} {...ICON_PATH} />
    </svg>
  );
}
