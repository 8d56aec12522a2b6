/**
 * What the extension keeps of one check: the Outlook probe, the assessment, the banner decision, and the
 * Snapshot every surface reads (stored in parts: stored.ts). The incidents and documents they refer to
 * are the engine's (engine/model.ts).
 */
import * as v from 'valibot';
import { APP_IDS, isOutlookHostName, type AppId } from '../engine/apps';
import { LANGUAGES } from '../engine/i18n';
import { safeMicrosoftUrl } from '../engine/links';
import { IsoDate, PlainText, SEVERITIES, StatusDocumentSchema } from '../engine/model';
import { isPollMinutes, LEVELS } from './level';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500));
/** Links only to Microsoft's own hosts, re-checked wherever one is read back (engine/links.ts has the allow-list). */
const MicrosoftLink = v.pipe(v.unknown(), v.transform(safeMicrosoftUrl));

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
  'probe-unreachable',
  'probe-slow',
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
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/** What the banner should show in one app, computed by the worker. */
export const BannerAlertSchema = v.object({
  kind: v.picklist(['incident', 'unreachable']),
  incidentId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  severity: v.picklist(SEVERITIES),
  title: PlainText(300),
  since: IsoDate,
  /** Changes when the incident's severity or phase changes; a dismissal holds only until then. */
  dismissKey: v.pipe(v.string(), v.maxLength(400)),
  url: v.optional(MicrosoftLink),
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
  /** Last successful check: at least one source answered with data we understood. */
  lastSuccessAt: v.optional(IsoDate),
  online: v.boolean(),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
