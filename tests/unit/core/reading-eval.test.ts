/**
 * The reading rules scored on the labelled corpus of real Microsoft status texts (the same scoring as
 * `npm run eval:reading`). Issue 18 asks for severity agreement >= 95 % and phase accuracy >= 90 % on the
 * held-out part. Where the rules fall short, the floor is the figure reached, held so that it cannot slip,
 * never raised by tuning on held-out texts (bench/README.md records the figures).
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, readEntry, score } from '../../../harness/reading-eval';

/**
 * The thresholds (held-out severity >= 95 %, phase >= 90 %) are not reached: these floors hold the
 * figures the rules reach on the corpus as merged (169 texts), so they cannot slip. They were not tuned on
 * held-out texts; bench/README.md records the figures before and after.
 */
const FLOORS = {
  'held-out': { severity: 92, phase: 80, servicePrecision: 78, serviceRecall: 60 },
  dev: { severity: 90, phase: 94, servicePrecision: 79, serviceRecall: 65 },
} as const;

const corpus = loadCorpus();

describe('the reading rules on real Microsoft status texts', () => {
  it('the corpus has both parts, each text labelled', () => {
    for (const split of ['dev', 'held-out'] as const) expect(corpus.filter((e) => e.split === split).length).toBeGreaterThan(20);
  });

  for (const split of ['held-out', 'dev'] as const) {
    const scores = score(
      corpus.filter((e) => e.split === split),
      readEntry,
    );
    it(`${split}: severity agreement ${scores.severityAgreement.toFixed(1)} % (floor ${FLOORS[split].severity} %)`, () => {
      expect(scores.severityAgreement).toBeGreaterThanOrEqual(FLOORS[split].severity);
    });
    it(`${split}: phase accuracy ${scores.phaseAccuracy.toFixed(1)} % (floor ${FLOORS[split].phase} %)`, () => {
      expect(scores.phaseAccuracy).toBeGreaterThanOrEqual(FLOORS[split].phase);
    });
    it(`${split}: services precision ${scores.servicePrecision.toFixed(1)} %, recall ${scores.serviceRecall.toFixed(1)} %`, () => {
      expect(scores.servicePrecision).toBeGreaterThanOrEqual(FLOORS[split].servicePrecision);
      expect(scores.serviceRecall).toBeGreaterThanOrEqual(FLOORS[split].serviceRecall);
    });
  }

  it('held-out: no text labelled partial is read as an outage', () => {
    expect(
      score(
        corpus.filter((e) => e.split === 'held-out'),
        readEntry,
      ).partialReadAsOutage,
    ).toEqual([]);
  });
});
