/** Shared set-up for the popup tests: snapshot builders, the locale fetch stub and mounting. */
import type { CrowdVerdict } from '../../../src/core/extension/crowd-verdict';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { APP_IDS } from '../../../src/core/engine/apps';
import { assess, bannersFor } from '../../../src/core/extension/assess';
import type { Watch } from '../../../src/core/engine/catalog';
import { DEFAULT_WATCHED_SERVICES } from '../../../src/core/engine/catalog';
import { validateStatusDocument, type Incident, type SourceStatus, type StatusDocument } from '../../../src/core/engine/model';
import type { ProbeResult, Snapshot } from '../../../src/core/extension/snapshot';
import { App } from '../../../src/popup/App';
import { snapshotEntries } from '../../../src/background/snapshot-store';
import { byTestId, flush, localeResponse, mountPage, setUiLanguage, text, unmount } from '../support/page';

export { byTestId, flush, setUiLanguage, text, unmount };

/** The tests' "now": every snapshot is built relative to it and Date is frozen at it. */
export const NOW = Date.parse('2026-03-10T03:00:00.000Z');
export const iso = (msBeforeNow: number): string => new Date(NOW - msBeforeNow).toISOString();
export const MIN = 60_000;

/** loadTranslator fetches _locales/<lang>/messages.json through the extension URL: serve the real files. */
export function stubLocaleFetch(): ReturnType<typeof vi.fn> {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => localeResponse(String(input)) ?? new Response('not found', { status: 404 }));
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

export function incident(id: string, over: Partial<Incident> = {}): Incident {
  return {
    id: `azure-rss:${id}`,
    source: 'azure-rss',
    title: `Incident ${id}`,
    severity: 'outage',
    phase: 'investigating',
    services: ['exchange'],
    regions: ['asia-pacific'],
    startedAt: iso(60 * MIN),
    updatedAt: iso(10 * MIN),
    url: 'https://azure.status.microsoft/en-us/status/',
    summary: `Summary of ${id}`,
    updates: [{ at: iso(10 * MIN), text: `Newest update for ${id}` }],
    ...over,
  };
}

export const PUBLIC_SOURCE_IDS = ['azure-rss', 'm365-consumer', 'azure-summary', 'admin-center'];

export function sources(failing: Record<string, string> = {}, ids = PUBLIC_SOURCE_IDS): SourceStatus[] {
  return ids.map((id) => ({
    id,
    url: `https://status.example/${id}`,
    fetchedAt: iso(2 * MIN),
    ok: !(id in failing),
    ...(id in failing ? { error: failing[id] } : {}),
  }));
}

export function probe(over: Partial<ProbeResult> = {}): ProbeResult {
  return { reachable: true, slow: false, httpStatus: 200, latencyMs: 180, at: iso(2 * MIN), consecutiveProblems: 0, ...over };
}

export interface SnapshotOptions {
  incidents?: Incident[];
  sources?: SourceStatus[];
  /** null: the probe has not run. */
  probe?: ProbeResult | null;
  online?: boolean;
  checkedAgoMs?: number;
  lastSuccessAgoMs?: number | null;
  pollMinutes?: number;
  watch?: Watch;
  /** The language setting the worker recorded (policy applied). */
  language?: Snapshot['language'];
  /** Skip schema validation: for hostile data the worker would have rejected, to prove the popup is safe anyway. */
  unchecked?: boolean;
  /** The organisation's crowd verdict the worker computed (core/extension/verdict.ts). */
  crowd?: CrowdVerdict;
  /** The organisation's policy has this browser report its checks. */
  crowdReports?: boolean;
}

/** A snapshot as the worker writes it: the level and lists come from the real assess(). */
export function makeSnapshot(o: SnapshotOptions = {}): Snapshot {
  const checkedAt = iso(o.checkedAgoMs ?? 2 * MIN);
  const document: StatusDocument = {
    schema: 1,
    generatedAt: checkedAt,
    sources: o.sources ?? sources(),
    incidents: o.incidents ?? [],
  };
  if (!o.unchecked) {
    const valid = validateStatusDocument(document);
    if (!valid.ok) throw new Error(valid.error);
  }
  const p = o.probe === null ? undefined : (o.probe ?? probe());
  const online = o.online ?? true;
  const watch = o.watch ?? { services: [...DEFAULT_WATCHED_SERVICES], regions: ['korea'] };
  const assessment = assess({ document, ...(p ? { probe: p } : {}), watch, now: checkedAt, online, crowd: o.crowd });
  const lastSuccessAt = o.lastSuccessAgoMs === null ? undefined : iso(o.lastSuccessAgoMs ?? o.checkedAgoMs ?? 2 * MIN);
  return {
    document,
    ...(p ? { probe: p } : {}),
    level: assessment.level,
    assessment,
    banners: bannersFor(APP_IDS, document, watch, p, o.crowd),
    checkedAt,
    ...(lastSuccessAt ? { lastSuccessAt } : {}),
    online,
    pollMinutes: o.pollMinutes ?? 5,
    language: o.language ?? 'auto',
    ...(o.crowdReports ? { crowdReports: true as const } : {}),
  };
}

export async function storeSnapshot(snapshot: Snapshot): Promise<void> {
  await fakeBrowser.storage.local.set(snapshotEntries(snapshot));
}

export function mount(): Promise<HTMLElement> {
  return mountPage(() => <App />, 4);
}

/**
 * Every popup test starts from an empty in-memory browser, an English UI and Date frozen at NOW, and ends
 * with the popup unmounted and every stub undone.
 */
export function freshPopupEachTest(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    stubLocaleFetch();
    setUiLanguage('en-US');
  });
  afterEach(async () => {
    await unmount();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });
}

export const allByTestId = (root: ParentNode, id: string): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];
