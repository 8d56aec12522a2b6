/**
 * What this browser tells its organisation's aggregator about its Outlook check (issue 17, docs/privacy.md),
 * and when. Pure: the worker (background/reports.ts) sends what these rules build. Only with the
 * organisation's policy (settings.ts crowdReports); a report is the crowd contract's ProbeReport
 * (engine/crowd.ts), nothing more: the outcome class, a latency bucket, the Outlook host, the site from
 * policy, the extension version, a random reporter id that rotates daily, and `manual` for a click. The
 * aggregator's answer names the site it counted the report at, which the verdict then uses (verdictSite).
 */
import * as v from 'valibot';
import {
  CROWD_SCHEMA_VERSION,
  latencyBucket,
  MAX_REPORT_BYTES,
  PROBE_OUTCOMES,
  type ProbeOutcome,
  type ProbeReport,
  ReporterId,
  SiteName,
  UNASSIGNED_SITE,
} from '../engine/crowd';
import type { Settings } from './settings';
import type { ProbeResult } from './snapshot';

/** The aggregator's report address: its status address's origin, path /v1/probes. */
export function reportUrl(aggregatorUrl: string): string {
  return new URL('/v1/probes', aggregatorUrl).href;
}

/** Reports go out only when the policy turned them on with the aggregator and its token (settings.ts applyPolicy). */
export function reportingOn(settings: Settings): settings is Settings & { aggregatorUrl: string; aggregatorToken: string } {
  return settings.crowdReports && !!settings.aggregatorUrl && !!settings.aggregatorToken;
}

/** What the worker remembers between reports (storage.local), and nothing else. */
export interface ReportMemory {
  /** The reporter id and the UTC day it belongs to: a new random id each day. */
  reporter: { id: string; day: string };
  /** The last automatic report's outcome and time. */
  last?: { outcome: ProbeOutcome; at: number };
  /** When "Outlook isn't working for me" was last sent. */
  manualAt?: number;
  /**
   * The site the aggregator answered it counted this reporter at (its network map may override the policy's
   * `crowdSite`); none before its first answer, or from an aggregator that answers without one.
   */
  site?: string;
}

const MemorySchema = v.object({
  reporter: v.object({ id: ReporterId, day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  last: v.optional(v.object({ outcome: v.picklist(PROBE_OUTCOMES), at: v.number() })),
  manualAt: v.optional(v.number()),
  site: v.optional(SiteName),
});

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The stored memory if it is readable and today's (a reporter id rotates daily). */
function todaysMemory(stored: unknown, now: number): ReportMemory | undefined {
  const parsed = v.safeParse(MemorySchema, stored);
  return parsed.success && parsed.output.reporter.day === utcDay(now) ? parsed.output : undefined;
}

/** The stored memory, with a fresh reporter id when there is none, it is damaged, or it is from another day. */
export function currentMemory(stored: unknown, now: number, randomId: () => string): ReportMemory {
  return todaysMemory(stored, now) ?? { reporter: { id: randomId(), day: utcDay(now) } };
}

/** The longest answer to a report read: `{"site":…}` with a site name of at most 32 characters fits well within. */
const MAX_ANSWER_CHARS = 256;
const AnswerSchema = v.object({ site: SiteName });

/** The site an aggregator's answer to a report names (`200 {"site":"Remote"}`); undefined for anything else. */
export function countedSite(answer: string): string | undefined {
  if (answer.length > MAX_ANSWER_CHARS) return undefined;
  try {
    const parsed = v.safeParse(AnswerSchema, JSON.parse(answer));
    return parsed.success ? parsed.output.site : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site this browser's verdict compares it with: the one its reports are counted at, as the aggregator
 * last answered for today's reporter id; before any such answer (the first check, an aggregator that
 * answers 204, reports off), or when that site is Unassigned (no office), the policy's `crowdSite`.
 */
export function verdictSite(settings: Settings, stored: unknown, now: number): string | null {
  if (!reportingOn(settings)) return settings.crowdSite;
  const site = todaysMemory(stored, now)?.site;
  return site && site !== UNASSIGNED_SITE ? site : settings.crowdSite;
}

/** A checked interval is "one interval" even when the alarm fires a little early. */
const INTERVAL_SLACK = 0.9;

/** An automatic report is due when the outcome changed, or one poll interval after the last one. */
export function reportDue(memory: ReportMemory, outcome: ProbeOutcome, now: number, pollMinutes: number): boolean {
  const last = memory.last;
  return !last || last.outcome !== outcome || now - last.at >= pollMinutes * 60_000 * INTERVAL_SLACK || now < last.at;
}

/** "Outlook isn't working for me" counts once per crowd window (the aggregator counts a reporter once in it anyway). */
export function manualAllowed(memory: ReportMemory, now: number, windowMinutes: number): boolean {
  return memory.manualAt === undefined || now - memory.manualAt >= windowMinutes * 60_000 || now < memory.manualAt;
}

/** The outcome of a stored probe (an older one carries only its flags and status). */
export function outcomeOf(probe: ProbeResult): ProbeOutcome {
  if (probe.outcome) return probe.outcome;
  if (probe.reachable) return probe.slow ? 'slow' : 'ok';
  return (probe.httpStatus ?? 0) >= 500 ? 'server-error' : 'network-error';
}

export interface ReportFacts {
  host: string;
  version: string;
  site: string | null;
  reporter: string;
}

/**
 * The report's body: the contract's shape (typed here; every field comes from a value already checked:
 * the site by the settings reader, the reporter id by MemorySchema, the rest from fixed lists), never over
 * the size the aggregator accepts. The aggregator validates it with ProbeReportSchema; the extension does
 * not ship that schema, which would put it in the chunk every popup loads (tests/unit check bodies with it).
 */
export function reportBody(probe: ProbeResult, facts: ReportFacts, manual = false): string {
  const report: ProbeReport = {
    v: CROWD_SCHEMA_VERSION,
    reporter: facts.reporter,
    host: facts.host,
    // A click says "it fails for me"; the class stays what the check measured, so a click never invents one.
    outcome: outcomeOf(probe),
    latency: latencyBucket(probe.latencyMs),
    ...(facts.site ? { site: facts.site } : {}),
    version: facts.version,
    ...(manual ? { manual: true as const } : {}),
  };
  const body = JSON.stringify(report);
  if (new TextEncoder().encode(body).length > MAX_REPORT_BYTES) throw new Error('a probe report over its size limit');
  return body;
}
