/** The toolbar's tooltip and glance (worker only: apart from describe.ts, so the popup does not load them). */
import type { Locale, Translate } from '../engine/i18n';
import type { Incident } from '../engine/model';
import type { CrowdVerdict } from './crowd-verdict';
import { crowdSentence, headline, levelWord, type Wording } from './describe';
import type { Glance } from './glance';
import { type Level, lookOf } from './level';
import type { Snapshot } from './snapshot';

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

/** The popup's first lines for a check, in its language: the level's word and the headline, with the check's timing. */
export function glanceOf(
  snapshot: Pick<Snapshot, 'level' | 'assessment' | 'checkedAt' | 'pollMinutes'>,
  incident: Incident | undefined,
  locale: Locale,
  t: Translate,
): Glance {
  const { level, assessment, checkedAt, pollMinutes } = snapshot;
  return {
    locale,
    level,
    look: lookOf(level, assessment.reason),
    levelWord: levelWord(level, t, assessment.reason),
    headline: headline(assessment.reason, incident, t),
    checkedAt,
    pollMinutes,
  };
}
