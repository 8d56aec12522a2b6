/** The toolbar's tooltip (worker only: apart from describe.ts, so the popup does not load it). */
import type { Incident } from '../engine/model';
import type { CrowdVerdict } from './crowd-verdict';
import { crowdSentence, type Wording } from './describe';
import type { Level } from './level';

/** The toolbar's tooltip: the headline, Microsoft's title when there is one, and the crowd verdict's sentence. */
export function tooltipText(
  headlineText: string,
  incident: Incident | undefined,
  level: Level,
  crowd: CrowdVerdict | undefined,
  wording: Wording,
): string {
  const first = incident ? `${headlineText}: ${incident.title}` : headlineText;
  // "Not enough browsers" under a green icon would be noise; under any other it says why nothing more is known.
  if (!crowd || (crowd.kind === 'not-enough' && level === 'ok')) return first;
  return `${first}\n${crowdSentence(crowd, wording)}`;
}
