/**
 * Sends this browser's Outlook check to the organisation's aggregator (POST /v1/probes), only when the
 * policy turned reports on (core/extension/report.ts has the rules and the body). One attempt, a short
 * timeout, never retried; the check never waits for it, and a failure is dropped, not logged as an error.
 * The answer's site (where the report was counted) is kept for the next check's verdict.
 */
import { probeUrl } from './probe';
import {
  countedSite,
  currentMemory,
  manualAllowed,
  type ReportMemory,
  reportBody,
  reportDue,
  reportingOn,
  reportUrl,
  outcomeOf,
} from '../core/extension/report';
import type { Settings } from '../core/extension/settings';
import type { ProbeResult } from '../core/extension/snapshot';
import { extensionVersion, readKey } from '../platform/browser';
import { writeKeys } from '../platform/storage-write';
import { KEYS } from '../platform/storage-keys';

export const REPORT_TIMEOUT_MS = 5_000;
/** When the aggregator says nothing about its window: the contract's longest usual one. */
const DEFAULT_WINDOW_MINUTES = 15;

export interface ReportDeps {
  fetch: typeof fetch;
  now: () => number;
}

/** 16 random bytes as 22 URL-safe characters: nothing about the person or the machine goes into it. */
export function randomReporterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function post(
  deps: ReportDeps,
  settings: Settings & { aggregatorUrl: string; aggregatorToken: string },
  body: string,
  reporter: string,
): Promise<boolean> {
  const res = await deps.fetch(reportUrl(settings.aggregatorUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.aggregatorToken}` },
    body,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'error',
    signal: AbortSignal.timeout(REPORT_TIMEOUT_MS),
  });
  if (res.ok) await rememberSite(deps, reporter, res.status === 200 ? countedSite(await res.text()) : undefined);
  return res.ok;
}

/**
 * Keeps the site a counted report was counted at, for the verdict (core/extension/report.ts verdictSite):
 * none when the aggregator did not name one. A refused report leaves the last one: the reporter is still
 * counted there. Only for the same reporter id (a new day starts without one).
 */
async function rememberSite(deps: ReportDeps, reporter: string, site: string | undefined): Promise<void> {
  const mem = await memory(deps.now());
  if (mem.reporter.id !== reporter || mem.site === site) return;
  const { site: _previous, ...rest } = mem;
  await writeKeys('local', { [KEYS.crowdReport]: { ...rest, ...(site ? { site } : {}) } });
}

async function memory(now: number): Promise<ReportMemory> {
  return currentMemory(await readKey('local', KEYS.crowdReport), now, randomReporterId);
}

/** The host is the one this check probed (the person's own Outlook), so the report counts for its kind. */
const facts = (settings: Settings, probe: ProbeResult, reporter: string) => ({
  host: probeUrl(probe.host).host,
  version: extensionVersion(),
  site: settings.crowdSite,
  reporter,
});

/** After a check: report its outcome when it changed, or once per poll interval. Never throws. */
export async function reportCheck(deps: ReportDeps, settings: Settings, probe: ProbeResult | undefined): Promise<void> {
  if (!reportingOn(settings) || !probe) return;
  try {
    const now = deps.now();
    const mem = await memory(now);
    const outcome = outcomeOf(probe);
    if (!reportDue(mem, outcome, now, settings.pollMinutes)) return;
    // Remembered before sending: a report that failed is not sent again (never retried).
    await writeKeys('local', { [KEYS.crowdReport]: { ...mem, last: { outcome, at: now } } });
    await post(deps, settings, reportBody(probe, facts(settings, probe, mem.reporter.id)), mem.reporter.id);
  } catch {
    // The aggregator down or slow is not this browser's problem to report.
  }
}

/** "Outlook isn't working for me", once per crowd window. */
export async function reportManual(
  deps: ReportDeps,
  settings: Settings,
  probe: ProbeResult | undefined,
  windowMinutes = DEFAULT_WINDOW_MINUTES,
): Promise<boolean> {
  if (!reportingOn(settings) || !probe) return false;
  try {
    const now = deps.now();
    const mem = await memory(now);
    if (!manualAllowed(mem, now, windowMinutes)) return false;
    await writeKeys('local', { [KEYS.crowdReport]: { ...mem, manualAt: now } });
    return await post(deps, settings, reportBody(probe, facts(settings, probe, mem.reporter.id), true), mem.reporter.id);
  } catch {
    return false;
  }
}
