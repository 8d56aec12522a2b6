/**
 * `npm run eval:reading`: the reading rules scored on the labelled corpus of real Microsoft status texts,
 * held-out part first (never read while writing rules), then the dev part.
 */
import { formatScores, loadCorpus, score, type CorpusEntry, type EntryReading } from '../harness/reading-eval';
import { servicesInText } from '../src/core/engine/catalog';
import { toPlainText } from '../src/core/engine/text';
import { normaliseCloudStatus, newestStatus, phaseFromText, severityFromText, stillActive } from '../src/core/engine/sources/classify';
import { phaseOf, severityOf } from '../src/core/engine/sources/graph';

/** Today's rules, as each adapter applies them (measured before the rules change). */
function read(entry: CorpusEntry): EntryReading {
  const title = toPlainText(entry.title ?? '', 300);
  const text = toPlainText(entry.text, 4000);
  const services = servicesInText(`${title}\n${text}`);
  const { status, classification } = entry.microsoft;
  if (entry.kind.startsWith('graph')) {
    return { severity: severityOf(status ?? '', classification ?? ''), phase: phaseOf(status ?? '', false), services };
  }
  if (entry.kind === 'cloud-status-row') {
    const cloud = normaliseCloudStatus(status);
    const severity = cloud === 'interruption' ? 'outage' : cloud === 'unknown' ? 'info' : 'degraded';
    const phase = cloud === 'restored' ? 'resolved' : stillActive(phaseFromText(newestStatus(text)));
    return { severity, phase, services };
  }
  const current = newestStatus(text);
  const phase = phaseFromText(current);
  return {
    severity: severityFromText({ title, text, status: current }, 'degraded'),
    phase: entry.kind === 'azure-rss' ? stillActive(phase) : phase,
    services,
  };
}

const corpus = loadCorpus();
for (const split of ['held-out', 'dev'] as const) {
  console.log(formatScores(split, score(corpus.filter((e) => e.split === split), read)));
  console.log();
}
