/**
 * What the extension keeps of one check: the Outlook probe, the assessment, the banner decision, and the
 * Snapshot every surface reads (stored in parts: stored.ts). The incidents and documents they refer to
 * are the engine's (engine/model.ts).
 */
import * as v from 'valibot';
import { APP_IDS, isOutlookHostName, type AppId } from '../engine/apps';
import { LANGUAGES } from '../engine/i18n';
import { REGION_IDS, SERVICE_IDS } from '../engine/catalog-ids';
import { IsoDate, PHASES, PlainText, SEVERITIES, StatusDocumentSchema } from '../engine/model';
import { isPollMinutes, LEVELS } from './level';
import { PROBE_OUTCOMES } from '../engine/crowd';
import { CrowdVerdictSchema } from './crowd-verdict';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500));

/** Result of one reachability probe of Outlook on the web from the user's own network. */
export const ProbeResultSchema = v.object({
  /** The Outlook on the web host that was probed (the one the person uses, else the default); absent before 0.2. */
  host: v.optional(v.pipe(v.string(), v.check(isOutlookHostName, 'not an Outlook on the web host'))),
  reachable: v.boolean(),
  /** Reachable but slower than the slow threshold. */
  slow: v.boolean(),
  httpStatus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
  latencyMs: v.optional(Count),
  error: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** The reading as the crowd classes it (engine/crowd.ts); tells a server error from a network failure. */
  outcome: v.optional(v.picklist(PROBE_OUTCOMES)),
  at: IsoDate,
  /** Consecutive probes that failed (or were slow); two in a row make a "possible problem". */
  consecutiveProblems: Count,
  /** When the current run of problem probes began. */
  problemSince: v.optional(IsoDate),
});
export type ProbeResult = v.InferOutput<typeof ProbeResultSchema>;

/** Why the level is what it is; the popup and banner turn this into words. */
export const REASONS = [
  'all-clear',
  'incident',
  /** Outlook could not be reached (network error, timeout) while Microsoft's status sites answered: your network. */
  'probe-unreachable',
  'probe-slow',
  /** Outlook answered with HTTP 5xx while the status sites answered: Outlook's side, not (yet) posted by Microsoft. */
  'probe-server-error',
  /** The organisation's browsers fail at most of its sites: a possible Microsoft outage, not confirmed (red). */
  'crowd-everyone',
  /** The browsers at this site fail while the other sites are fine: the company network here (yellow). */
  'crowd-office',
  'offline',
  'no-data',
  'partial-data',
  'stale',
  'not-checked',
  /** Microsoft's own status for a watched service is "Unknown". */
  'service-unknown',
] as const;
export type Reason = (typeof REASONS)[number];

export const AssessmentSchema = v.object({
  level: v.picklist(LEVELS),
  reason: v.picklist(REASONS),
  /** Active incidents on watched services in watched (or global) regions, worst first. */
  relevant: Ids,
  /** Other active incidents, listed lower. */
  other: Ids,
  /** Resolved within the last 24 hours. */
  recentlyResolved: Ids,
  /** Active incidents shown from a failing or stale source's last good data ("last known"). */
  lastKnown: Ids,
  /** The incident the banner and tooltip name, if any. */
  headline: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Just you / your office / everyone, from the organisation's pooled checks (verdict.ts); absent without them. */
  crowd: v.optional(CrowdVerdictSchema),
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/** What the banner should show in one app, computed by the worker. */
export const BannerAlertSchema = v.object({
  /** Microsoft's incident; Outlook unreachable or answering 5xx from here; most sites or this site failing (verdict.ts). */
  kind: v.picklist(['incident', 'unreachable', 'server-error', 'crowd-everyone', 'crowd-office']),
  incidentId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  severity: v.picklist(SEVERITIES),
  title: PlainText(300),
  since: IsoDate,
  /** Changes when the incident's severity or phase changes; a dismissal holds only until then. */
  dismissKey: v.pipe(v.string(), v.maxLength(400)),
  /** What the banner's sentence in the UI language is built from (core/extension/notice.ts). */
  phase: v.optional(v.picklist(PHASES)),
  services: v.optional(v.pipe(v.array(v.picklist(SERVICE_IDS)), v.maxLength(SERVICE_IDS.length))),
  regions: v.optional(v.pipe(v.array(v.picklist(REGION_IDS)), v.maxLength(REGION_IDS.length))),
  nextUpdateBy: v.optional(IsoDate),
});
export type BannerAlert = v.InferOutput<typeof BannerAlertSchema>;

const PollMinutes = v.pipe(v.number(), v.check(isPollMinutes, 'poll interval out of range'));

/** What the banner needs: the decision per app, the language, and when it goes stale. */
export const BannerViewSchema = v.object({
  banners: v.object(
    Object.fromEntries(APP_IDS.map((app) => [app, v.nullable(BannerAlertSchema)])) as Record<
      AppId,
      v.NullableSchema<typeof BannerAlertSchema, undefined>
    >,
  ),
  /** The effective language setting (policy included), so every surface speaks the same one. */
  language: v.picklist(LANGUAGES),
  checkedAt: IsoDate,
  pollMinutes: PollMinutes,
});
export type BannerView = v.InferOutput<typeof BannerViewSchema>;

/** The outcome of one check, as every surface sees it (kept in storage in parts: stored.ts). */
export const SnapshotSchema = v.object({
  ...BannerViewSchema.entries,
  document: StatusDocumentSchema,
  probe: v.optional(ProbeResultSchema),
  level: v.picklist(LEVELS),
  assessment: AssessmentSchema,
  /** The organisation's policy has this browser report its checks (core/extension/report.ts): the popup offers the button. */
  crowdReports: v.optional(v.literal(true)),
  /** Last successful check: at least one source answered with data we understood. */
  lastSuccessAt: v.optional(IsoDate),
  online: v.boolean(),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
