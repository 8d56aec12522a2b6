/**
 * `npm run eval:reading`: the reading rules scored on the labelled corpus of real Microsoft status texts,
 * held-out part first (never read while writing rules), then the dev part, each beside how often two careful
 * readers agree with each other on the same texts. `--misread` also lists the dev
 * entries read differently from their label (never the held-out ones).
 */
import { corpusReader, formatScores, humanAgreement, loadCorpus, loadSecondReader, score } from '../harness/reading-eval';

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
  if (split === 'dev' && process.argv.includes('--misread')) {
    for (const m of scores.misread) console.log(`  ${m.id}: ${m.field} labelled ${m.label}, read ${m.read}`);
  }
  console.log();
}
