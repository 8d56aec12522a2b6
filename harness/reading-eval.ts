/**
 * Scores the reading rules on the labelled corpus of real Microsoft status texts
 * (tests/fixtures/reading/corpus.json, provenance per entry). The "dev" part may be read while writing
 * rules; the "held-out" part is only ever scored. Used by `npm run eval:reading` and by the unit test that
 * holds the figures as floors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVICE_IDS, type ServiceId } from '../src/core/engine/catalog-ids';
import { PHASES, SEVERITIES, type Phase, type Severity } from '../src/core/engine/model';
import { phaseAcrossPosts, readPost } from '../src/core/engine/reading/read';
import { normaliseCloudStatus } from '../src/core/engine/sources/cloud-status';
import { toPlainText } from '../src/core/engine/text';

export interface CorpusEntry {
  id: string;
  split: 'dev' | 'held-out';
  kind: string;
  title: string | null;
  text: string;
  microsoft: { classification: string | null; status: string | null; postedAt: string | null };
  label: { severity: Severity; phase: Phase; services: string[]; partial: boolean; surfaces: string[]; by: string; reason: string };
}

export interface EntryReading {
  severity: Severity;
  phase: Phase;
  services: readonly ServiceId[];
}

/** The cloud page's values as its adapter hands them on (Available/Operational = operational). */
const CLOUD_WORDS = {
  healthy: 'serviceOperational',
  restored: 'serviceRestored',
  degradation: 'serviceDegradation',
  interruption: 'serviceInterruption',
  unknown: 'unknown',
} as const;

/**
 * One corpus text through the shared reading (`readPost`), with the structure its kind of source gives:
 * Graph's status and classification, the cloud page's status, the Azure feed's "listed means active".
 * Other kinds (history, PIRs, quotes) are prose that no source lists as active. A Graph post's earlier posts
 * (newest first) inform its phase as the Graph adapter's do (`phaseAcrossPosts`).
 */
export function readEntry(entry: CorpusEntry, earlier: readonly CorpusEntry[] = []): EntryReading {
  const title = toPlainText(entry.title ?? '', 300);
  const text = toPlainText(entry.text, 4000);
  const { status, classification } = entry.microsoft;
  // A row quoted without its status word (a mirror that kept the message only) is read from its words.
  if (entry.kind === 'cloud-status-row' && status) return readPost({ title, text, status: CLOUD_WORDS[normaliseCloudStatus(status)] });
  if (!entry.kind.startsWith('graph')) return readPost({ title, text, listedAsActive: entry.kind === 'azure-rss' });
  const reading = readPost({ title, text, status, classification });
  const before = earlier.map((e) => ({ title, text: toPlainText(e.text, 4000), classification }));
  return { ...reading, phase: phaseAcrossPosts(reading, before) };
}

/** A Graph post's issue and its place among the issue's posts ("graph-ex1318421-p6" → graph-ex1318421, 6). */
function postPlace(id: string): { issue: string; at: number } | undefined {
  const m = /^(graph-.+)-p(\d+)$/.exec(id);
  return m?.[1] && m[2] ? { issue: m[1], at: Number(m[2]) } : undefined;
}

/**
 * Reads every entry as its source would: each Graph post with the same issue's earlier posts in the corpus
 * (whatever their part; their labels are never looked at), newest first.
 */
export function corpusReader(corpus: readonly CorpusEntry[]): (entry: CorpusEntry) => EntryReading {
  const byIssue = new Map<string, { at: number; entry: CorpusEntry }[]>();
  for (const entry of corpus) {
    const place = postPlace(entry.id);
    if (!place) continue;
    byIssue.set(place.issue, [...(byIssue.get(place.issue) ?? []), { at: place.at, entry }]);
  }
  return (entry) => {
    const place = postPlace(entry.id);
    const earlier = place
      ? (byIssue.get(place.issue) ?? [])
          .filter((p) => p.at < place.at)
          .sort((a, b) => b.at - a.at)
          .map((p) => p.entry)
      : [];
    return readEntry(entry, earlier);
  };
}

export const CORPUS_PATH = resolve(process.cwd(), 'tests/fixtures/reading/corpus.json');
export const SECOND_READER_PATH = resolve(process.cwd(), 'tests/fixtures/reading/second-reader.json');

export function loadCorpus(path = CORPUS_PATH): CorpusEntry[] {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[];
}

/** A second careful reader's severity and phase for each corpus text, labelled blind (see the corpus README). */
export interface SecondReading {
  id: string;
  severity: Severity;
  phase: Phase;
  confidence: 'sure' | 'unsure';
  reason: string;
}

export function loadSecondReader(path = SECOND_READER_PATH): Map<string, SecondReading> {
  return new Map((JSON.parse(readFileSync(path, 'utf8')) as SecondReading[]).map((r) => [r.id, r]));
}

/**
 * How often two careful people agree with each other on the same texts: the ceiling any reading rules can be
 * expected to reach against one of them.
 */
export function humanAgreement(entries: readonly CorpusEntry[], second: ReadonlyMap<string, SecondReading>) {
  const both = entries.filter((e) => second.has(e.id));
  const pct = (n: number) => (both.length === 0 ? 100 : (100 * n) / both.length);
  return {
    count: both.length,
    severity: pct(both.filter((e) => second.get(e.id)!.severity === e.label.severity).length),
    phase: pct(both.filter((e) => second.get(e.id)!.phase === e.label.phase).length),
  };
}

/**
 * The entries whose phase no careful reader disputes: the second reader gave the label's phase and was sure. The
 * rest are the boundaries where two readers part; this separates the rules' misses from the readers' own.
 */
export function undisputedPhase(entries: readonly CorpusEntry[], second: ReadonlyMap<string, SecondReading>): CorpusEntry[] {
  return entries.filter((e) => {
    const s = second.get(e.id);
    return s?.confidence === 'sure' && s.phase === e.label.phase;
  });
}

/**
 * The corpus labels services in its own words; the catalog has fewer ids. Outlook for business is
 * Exchange Online in the catalog and Outlook.com is `outlook`; products the catalog does not name are `other`.
 */
export function labelServices(label: readonly string[]): Set<ServiceId> {
  const consumer = label.includes('outlook-com');
  const out = new Set<ServiceId>();
  for (const name of label) {
    if (name === 'outlook-com') out.add('outlook');
    else if (name === 'outlook') out.add(consumer ? 'outlook' : 'exchange');
    else if (name === 'front-door') out.add('azure-front-door');
    else if ((SERVICE_IDS as readonly string[]).includes(name)) out.add(name as ServiceId);
    else out.add('other');
  }
  return out;
}

export interface Scores {
  count: number;
  severityAgreement: number;
  /** confusion[label][read] */
  confusion: Record<Severity, Record<Severity, number>>;
  phaseAccuracy: number;
  /** phaseConfusion[label][read] */
  phaseConfusion: Record<Phase, Record<Phase, number>>;
  servicePrecision: number;
  serviceRecall: number;
  /** Entries a careful reader called partial that the rules read as an outage. */
  partialReadAsOutage: string[];
  misread: { id: string; field: string; label: string; read: string }[];
}

/** An empty confusion matrix over `values`: matrix[label][read] = 0. */
function emptyMatrix<T extends string>(values: readonly T[]): Record<T, Record<T, number>> {
  return Object.fromEntries(values.map((l) => [l, Object.fromEntries(values.map((r) => [r, 0]))])) as Record<T, Record<T, number>>;
}

export function score(entries: readonly CorpusEntry[], read: (e: CorpusEntry) => EntryReading): Scores {
  const confusion = emptyMatrix(SEVERITIES);
  const phaseConfusion = emptyMatrix(PHASES);
  let severityHits = 0;
  let phaseHits = 0;
  let truePositives = 0;
  let readCount = 0;
  let labelCount = 0;
  const partialReadAsOutage: string[] = [];
  const misread: Scores['misread'] = [];
  for (const entry of entries) {
    const reading = read(entry);
    confusion[entry.label.severity][reading.severity]++;
    if (reading.severity === entry.label.severity) severityHits++;
    else misread.push({ id: entry.id, field: 'severity', label: entry.label.severity, read: reading.severity });
    phaseConfusion[entry.label.phase][reading.phase]++;
    if (reading.phase === entry.label.phase) phaseHits++;
    else misread.push({ id: entry.id, field: 'phase', label: entry.label.phase, read: reading.phase });
    if (entry.label.partial && reading.severity === 'outage') partialReadAsOutage.push(entry.id);
    const expected = labelServices(entry.label.services);
    const got = new Set(reading.services);
    for (const s of got) if (expected.has(s)) truePositives++;
    readCount += got.size;
    labelCount += expected.size;
  }
  const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);
  return {
    count: entries.length,
    severityAgreement: pct(severityHits, entries.length),
    confusion,
    phaseAccuracy: pct(phaseHits, entries.length),
    phaseConfusion,
    servicePrecision: pct(truePositives, readCount),
    serviceRecall: pct(truePositives, labelCount),
    partialReadAsOutage,
    misread,
  };
}

/** One confusion matrix as a table: rows are labels, columns what the rules read. */
function formatMatrix<T extends string>(title: string, values: readonly T[], matrix: Record<T, Record<T, number>>): string[] {
  const corner = 'label \\ read';
  const width = Math.max(corner.length, ...values.map((v) => v.length));
  return [
    `${title} (rows: label, columns: read)`,
    `${corner.padEnd(width)} | ${values.join(' | ')}`,
    ...values.map((l) => `${l.padEnd(width)} | ${values.map((r) => String(matrix[l][r]).padStart(r.length)).join(' | ')}`),
  ];
}

/** The figures as printed by `npm run eval:reading`. */
export function formatScores(name: string, s: Scores): string {
  const f = (n: number) => `${n.toFixed(1)} %`;
  return [
    `${name}: ${s.count} texts; severity agreement ${f(s.severityAgreement)}; phase accuracy ${f(s.phaseAccuracy)}; services precision ${f(s.servicePrecision)}, recall ${f(s.serviceRecall)}; partial read as outage: ${s.partialReadAsOutage.length}`,
    ...formatMatrix(`${name} severity confusion`, SEVERITIES, s.confusion),
    ...formatMatrix(`${name} phase confusion`, PHASES, s.phaseConfusion),
  ].join('\n');
}
