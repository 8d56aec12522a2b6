/**
 * The organisation's own early warning (issue 17): what one browser reports of its Outlook check, and what
 * the aggregator publishes from those reports. The contract between the extension's worker, the
 * aggregator's ingestion and the verdict ("just you / your office / everyone"), so each side validates the
 * same shapes and applies the same "is this group failing?" rule.
 *
 * Privacy by construction: a report names the Outlook host (never a path), an outcome class, a latency
 * bucket, an optional site name set by policy, the extension version and a random reporter id that rotates
 * daily. No user, mailbox, cookie, URL path or address. Published numbers exist only for groups with at
 * least k distinct reporters.
 */
import * as v from 'valibot';
import { IsoDate } from './iso-date';
import { type OutlookKind, outlookKindForHost } from './apps';

export const CROWD_SCHEMA_VERSION = 1;

/** What one Outlook check came to, as a class: the only thing a report says about the answer. */
export const PROBE_OUTCOMES = ['ok', 'slow', 'server-error', 'client-error', 'network-error', 'timeout', 'captive-portal'] as const;
export type ProbeOutcome = (typeof PROBE_OUTCOMES)[number];

/**
 * Outcomes that mean Outlook did not work from that browser. Slow is counted apart (degraded, not failing);
 * a client error (other than the sign-in redirects and 401/403, which are "ok") and a captive portal say
 * something about that browser or network, not about Outlook.
 */
export const FAILING_OUTCOMES: readonly ProbeOutcome[] = ['server-error', 'network-error', 'timeout'];

/** Latency buckets, coarse on purpose: enough to tell slow from fast, too coarse to fingerprint. */
export const LATENCY_BUCKETS = ['none', '<0.5s', '0.5-1s', '1-3s', '3-10s', '>10s'] as const;
export type LatencyBucket = (typeof LATENCY_BUCKETS)[number];

export function latencyBucket(latencyMs: number | undefined): LatencyBucket {
  if (latencyMs === undefined || !Number.isFinite(latencyMs) || latencyMs < 0) return 'none';
  if (latencyMs < 500) return '<0.5s';
  if (latencyMs < 1_000) return '0.5-1s';
  if (latencyMs < 3_000) return '1-3s';
  if (latencyMs < 10_000) return '3-10s';
  return '>10s';
}

/**
 * Where the aggregator counts a report without a site from an address no configured network covers: no office,
 * so a browser counted there is judged against the whole organisation, as one without a site.
 */
export const UNASSIGNED_SITE = 'Unassigned';

/** A site: an office or network name an organisation chose ("Seoul HQ", "서울 본사"). Letters, digits, a few separators. */
export const SiteName = v.pipe(v.string(), v.regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,31}$/u, 'not a site name'));

/** Random, rotates daily, only to count each browser once per window: 16–32 URL-safe characters. */
export const ReporterId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,32}$/, 'not a reporter id'));

/** The body of POST /v1/probes. Strict: an unknown field is refused, so nothing else can ride along. */
export const ProbeReportSchema = v.strictObject({
  v: v.literal(CROWD_SCHEMA_VERSION),
  reporter: ReporterId,
  /** The Outlook host that was checked; the kind of Outlook follows from it (apps.ts). */
  host: v.pipe(
    v.string(),
    v.maxLength(64),
    v.check((h) => outlookKindForHost(h) !== null, 'not an Outlook host'),
  ),
  outcome: v.picklist(PROBE_OUTCOMES),
  latency: v.picklist(LATENCY_BUCKETS),
  /** Set by policy; absent when the aggregator derives the site from its network map (or has none). */
  site: v.optional(SiteName),
  version: v.pipe(v.string(), v.regex(/^\d{1,4}(\.\d{1,5}){0,3}$/, 'not a version')),
  /** "Outlook isn't working for me", clicked in the popup (at most once per window). */
  manual: v.optional(v.literal(true)),
});
export type ProbeReport = v.InferOutput<typeof ProbeReportSchema>;

/** A report's upper size on the wire; the aggregator refuses bigger bodies before parsing. */
export const MAX_REPORT_BYTES = 300;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** The numbers of one group (a site, or the whole organisation) for one kind of Outlook, in one window. */
const CrowdNumbers = {
  outlook: v.picklist(['business', 'consumer'] as const satisfies readonly OutlookKind[]),
  /** At least k distinct reporters in the window; when false, no number below is published. */
  enough: v.boolean(),
  reporters: v.optional(Count),
  failing: v.optional(Count),
  slow: v.optional(Count),
  /** failing / reporters, and its 95 % Wilson score interval. */
  failingShare: v.optional(Share),
  lower: v.optional(Share),
  upper: v.optional(Share),
  /** The usual failing share for this group: the mean of its hourly shares over the last 7 days. */
  baselineShare: v.optional(Share),
  /** When the current failing run began (the group has been failing, by crowdFailing(), since then). */
  since: v.optional(IsoDate),
};

export const CrowdSiteSchema = v.object({ site: SiteName, ...CrowdNumbers });
export type CrowdSite = v.InferOutput<typeof CrowdSiteSchema>;

export const CrowdOrganisationSchema = v.object({
  ...CrowdNumbers,
  /** Sites with enough reporters, and how many of them are failing. */
  sitesReporting: Count,
  sitesFailing: Count,
});
export type CrowdOrganisation = v.InferOutput<typeof CrowdOrganisationSchema>;

/** The `crowd` part of a StatusDocument served by an organisation's aggregator. */
export const CrowdPartSchema = v.object({
  schema: v.literal(CROWD_SCHEMA_VERSION),
  generatedAt: IsoDate,
  /** The window the numbers count (minutes); each reporter counted once in it. */
  windowMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
  /** Fewer distinct reporters than this in a group: no numbers for it ("not enough browsers to tell"). */
  k: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1000)),
  sites: v.pipe(v.array(CrowdSiteSchema), v.maxLength(500)),
  organisation: v.pipe(v.array(CrowdOrganisationSchema), v.maxLength(2)),
});
export type CrowdPart = v.InferOutput<typeof CrowdPartSchema>;

/** 95 % Wilson score interval of a share: honest for small groups, where failing/reporters alone is not. */
export function wilsonInterval(failing: number, reporters: number, z = 1.96): { lower: number; upper: number } {
  if (reporters <= 0) return { lower: 0, upper: 1 };
  const p = failing / reporters;
  const z2 = z * z;
  const centre = p + z2 / (2 * reporters);
  const margin = z * Math.sqrt((p * (1 - p)) / reporters + z2 / (4 * reporters * reporters));
  const denominator = 1 + z2 / reporters;
  return { lower: Math.max(0, (centre - margin) / denominator), upper: Math.min(1, (centre + margin) / denominator) };
}

/** A group is failing when even the low end of its failing share is both substantial and well above its usual. */
export const FAILING_SHARE_FLOOR = 0.25;
export const FAILING_ABOVE_BASELINE = 0.15;

export function crowdFailing(group: Pick<CrowdSite, 'enough' | 'lower' | 'baselineShare'>): boolean {
  if (!group.enough || group.lower === undefined) return false;
  return group.lower >= FAILING_SHARE_FLOOR && group.lower >= (group.baselineShare ?? 0) + FAILING_ABOVE_BASELINE;
}

/** The counts of one group in one window. */
export interface GroupCounts {
  reporters: number;
  failing: number;
  slow: number;
}

/**
 * The organisation's totals as they may be published: every site at k, and the sites below k only when
 * together they reach k (or there are none). Otherwise the organisation's total minus the published sites
 * would give the small sites' numbers, a lone browser's outcome, to anyone who reads the document.
 */
export function organisationCounts(sites: readonly GroupCounts[], k: number): GroupCounts {
  const total: GroupCounts = { reporters: 0, failing: 0, slow: 0 };
  const small: GroupCounts = { reporters: 0, failing: 0, slow: 0 };
  for (const site of sites) {
    const into = site.reporters >= k ? total : small;
    into.reporters += site.reporters;
    into.failing += site.failing;
    into.slow += site.slow;
  }
  if (small.reporters >= k) {
    total.reporters += small.reporters;
    total.failing += small.failing;
    total.slow += small.slow;
  }
  return total;
}
