/**
 * `npm run eval:reading`: the reading rules scored on the labelled corpus of real Microsoft status texts,
 * held-out part first (never read while writing rules), then the dev part. `--misread` also lists the dev
 * entries read differently from their label (never the held-out ones).
 */
import { formatScores, loadCorpus, readEntry, score } from '../harness/reading-eval';

const corpus = loadCorpus();
for (const split of ['held-out', 'dev'] as const) {
  const scores = score(
    corpus.filter((e) => e.split === split),
    readEntry,
  );
  console.log(formatScores(split, scores));
  if (split === 'dev' && process.argv.includes('--misread')) {
    for (const m of scores.misread) console.log(`  ${m.id}: ${m.field} labelled ${m.label}, read ${m.read}`);
  }
  console.log();
}
