/**
 * The reading rules scored on the labelled corpus of real Microsoft status texts (the same scoring as
 * `npm run eval:reading`). Issue 18 asks for severity agreement >= 95 % and phase accuracy >= 90 % on the
 * held-out part. Where the rules fall short, the floor is the figure reached, held so that it cannot slip,
 * never raised by tuning on held-out texts (bench/README.md records the figures).
 */
import { describe, expect, it } from 'vitest';
import { corpusReader, humanAgreement, loadCorpus, loadSecondReader, score, undisputedPhase } from '../../../harness/reading-eval';
import { PHASES, SEVERITIES } from '../../../src/core/engine/model';

/**
 * The issue's phase threshold (held-out >= 90 %) is not reached: these floors hold the figures the rules reach
 * on the corpus as merged (2,459 texts), rounded down, so they cannot slip. They were not tuned on held-out texts;
 * bench/README.md records the figures before and after. Round 5: adding 623 texts the rules had never read took
 * held-out phase from 84.6 to 83.6 %, and rules written from their dev part took it to 85.1 %. Round 6: a Graph
 * post read with its issue's earlier posts and rules from composed probes, 87.3 % on 730; with R7's 377 texts and
 * rules from their dev part, 87.2 % on 859; after two newcomer's reviews of the round's phrases, 87.2 % (749 of 859).
 * Round 7: rules from composed probes and three reviews only, 87.3 % (750 of 859); service names by product,
 * precision 76.3 → 78.2 %. Round 8: rules from paraphrases of dev statuses (other words, same state of work), their
 * cold reviews and a remedy lexicon,
 * 88.4 % (759 of 859); 92.6 % on the texts no reader disputes. Round 9: a narrower step-back beside a watched fix and
 * phrases from the composed statuses and a cold review, 88.2 % (758 of 859), 92.6 % undisputed. Two careful readers agree with each other on 98.8 % of held-out severities and 96.6 % of phases
 * (second-reader.json).
 */
const FLOORS = {
  'held-out': { severity: 98, phase: 88, servicePrecision: 78, serviceRecall: 82 },
  dev: { severity: 97, phase: 95, servicePrecision: 77, serviceRecall: 82 },
} as const;

const corpus = loadCorpus();
const readEntry = corpusReader(corpus);

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

  // The rules read an unhedged or region-limited loss of access ("users in Japan may be unable to access
  // SharePoint Online") as an outage for its region, as the real West US captures are pinned red; the corpus's
  // readers call the region a limit. The nine dev texts read that way are of this kind (one limited by sign-in
  // method instead of region; docs/reading-microsoft.md).
  // The held-out count is a floor: it may not grow.
  it('held-out: at most one text labelled partial is read as an outage', () => {
    expect(
      score(
        corpus.filter((e) => e.split === 'held-out'),
        readEntry,
      ).partialReadAsOutage.length,
    ).toBeLessThanOrEqual(1);
  });

  // Where both careful readers give the same phase and the second is sure, the rules' misses are their own.
  it('held-out: phase accuracy on the texts no reader disputes holds its floor (92 %)', () => {
    const undisputed = undisputedPhase(
      corpus.filter((e) => e.split === 'held-out'),
      loadSecondReader(),
    );
    expect(undisputed.length).toBeGreaterThan(500);
    expect(score(undisputed, readEntry).phaseAccuracy).toBeGreaterThanOrEqual(92);
  });

  it('a second reader labelled every text, with the same values', () => {
    const second = loadSecondReader();
    for (const e of corpus) {
      const reading = second.get(e.id);
      expect(reading, e.id).toBeDefined();
      expect(SEVERITIES).toContain(reading!.severity);
      expect(PHASES).toContain(reading!.phase);
    }
    expect(humanAgreement(corpus, second).count).toBe(corpus.length);
  });
});
