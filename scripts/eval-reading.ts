/**
 * `npm run eval:reading`: the reading rules scored on the labelled corpus of real Microsoft status texts,
 * held-out part first (never read while writing rules), then the dev part, each beside how often two careful
 * readers agree with each other on the same texts, and the phase accuracy on the texts whose phase they both give
 * (the second reader sure). `--misread` also lists the dev
 * entries read differently from their label (never the held-out ones).
 */
import { corpusReader, formatScores, humanAgreement, loadCorpus, loadSecondReader, score, undisputedPhase } from '../harness/reading-eval';

const corpus = loadCorpus();
const second = loadSecondReader();
const read = corpusReader(corpus);
for (const split of ['held-out', 'dev'] as const) {
  const entries = corpus.filter((e) => e.split === split);
  const scores = score(entries, read);
  console.log(formatScores(split, scores));
  const people = humanAgreement(entries, second);
  console.log(
    `${split}: two careful readers agree with each other on ${people.count} texts: severity ${people.severity.toFixed(1)} %, phase ${people.phase.toFixed(1)} %`,
  );
  const undisputed = undisputedPhase(entries, second);
  console.log(
    `${split}: phase accuracy where both readers agree and the second is sure: ${score(undisputed, read).phaseAccuracy.toFixed(1)} % of ${undisputed.length} texts`,
  );
  if (split === 'dev' && process.argv.includes('--misread')) {
    for (const m of scores.misread) console.log(`  ${m.id}: ${m.field} labelled ${m.label}, read ${m.read}`);
  }
  console.log();
}
