/**
 * The data contracts (design.md "Contracts"): Incident, StatusDocument and Snapshot, with validation.
 * A StatusDocument is validated on every read and rejected whole when anything is wrong.
 */
import * as v from 'valibot';
import { REGION_IDS, SERVICE_IDS } from './catalog-ids';
import { LANGUAGES } from './i18n';
import { isPollMinutes, LEVELS } from './level';
import { safeMicrosoftUrl } from './links';

export const SCHEMA_VERSION = 1;

export const SEVERITIES = ['outage', 'degraded', 'advisory', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PHASES = ['investigating', 'mitigating', 'monitoring', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

// The schema's timestamp syntax is wider than what Date.parse reads (`+09` without minutes): both must agree.
export const IsoDate = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp(),
  v.check((s) => Number.isFinite(Date.parse(s)), 'timestamp must be readable'),
);
const PlainText = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !/[<>]/.test(s), 'text must be plain (no angle brackets)'),
  );
const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.url(),
  v.check((s) => s.startsWith('https://'), 'links must be https'),
);

export const UpdateSchema = v.object({
  at: IsoDate,
  text: PlainText(4000),
});

/**
 * Microsoft's own status vocabulary (Service health's values, as Graph spells them), kept beside our
 * severity/phase so the UI can show Microsoft's exact words (and Microsoft's own Korean for them).
 */
export const MICROSOFT_STATUSES = [
  'investigating',
  'serviceDegradation',
  'serviceInterruption',
  'restoringService',
  'extendedRecovery',
  'verifyingService',
  'investigationSuspended',
  'serviceRestored',
  'falsePositive',
  'postIncidentReviewPublished',
  'advisory',
  'unknown',
] as const;
export type MicrosoftStatus = (typeof MICROSOFT_STATUSES)[number];

/** What a quotable incident id looks like ("EX226792", "VSG1-B90"). */
export const TRACKING_ID = /^[A-Za-z0-9-]{1,40}$/;

export const IncidentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(200), v.regex(/^[a-z0-9-]+:/, 'id must be source-prefixed')),
  source: v.pipe(v.string(), v.maxLength(64)),
  title: PlainText(300),
  severity: v.picklist(SEVERITIES),
  phase: v.picklist(PHASES),
  services: v.pipe(v.array(v.picklist(SERVICE_IDS)), v.maxLength(SERVICE_IDS.length)),
  regions: v.pipe(v.array(v.picklist(REGION_IDS)), v.maxLength(REGION_IDS.length)),
  startedAt: IsoDate,
  updatedAt: IsoDate,
  resolvedAt: v.optional(IsoDate),
  url: v.optional(HttpsUrl),
  summary: PlainText(1000),
  updates: v.pipe(v.array(UpdateSchema), v.maxLength(20)),
  /** Microsoft's status for the incident, when the source states or clearly implies one. */
  status: v.optional(v.picklist(MICROSOFT_STATUSES)),
  /** The id Microsoft quotes for the incident (Graph "EX123456", Azure tracking id "VSG1-B90"). */
  trackingId: v.optional(v.pipe(v.string(), v.maxLength(40), v.regex(TRACKING_ID, 'tracking id must be plain'))),
  /** Who is affected and how, in Microsoft's words. */
  impact: v.optional(PlainText(1000)),
  /** When Microsoft said its next update would come. */
  nextUpdateBy: v.optional(IsoDate),
  /** The source stopped listing it at this time; it is resolved once a later check confirms the absence. */
  missingSince: v.optional(IsoDate),
});
export type Incident = v.InferOutput<typeof IncidentSchema>;
export type IncidentUpdate = v.InferOutput<typeof UpdateSchema>;

export const SourceStatusSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(64)),
  url: v.pipe(v.string(), v.maxLength(2048)),
  fetchedAt: v.optional(IsoDate),
  ok: v.boolean(),
  error: v.optional(PlainText(500)),
});
export type SourceStatus = v.InferOutput<typeof SourceStatusSchema>;

export const StatusDocumentSchema = v.object({
  schema: v.literal(SCHEMA_VERSION),
  generatedAt: IsoDate,
  sources: v.pipe(v.array(SourceStatusSchema), v.maxLength(32)),
  incidents: v.pipe(v.array(IncidentSchema), v.maxLength(500)),
});
export type StatusDocument = v.InferOutput<typeof StatusDocumentSchema>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string };

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** All-or-nothing: a document with one bad field is rejected whole, with the first problem named. */
export function validateStatusDocument(input: unknown): ValidationResult<StatusDocument> {
  const result = v.safeParse(StatusDocumentSchema, input);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, error: `status document rejected: ${firstIssue(result.issues)}` };
}

export function validateIncident(input: unknown): ValidationResult<Incident> {
  const result = v.safeParse(IncidentSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: firstIssue(result.issues) };
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(500));
/** Links only to Microsoft's own hosts, re-checked wherever one is read back (text.ts has the allow-list). */
const MicrosoftLink = v.pipe(v.unknown(), v.transform(safeMicrosoftUrl));

/** Result of one reachability probe of Outlook on the web from the user's own network. */
export const ProbeResultSchema = v.object({
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

/** What the Outlook Web banner should show for one kind of Outlook, computed by the worker. */
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

/** What the Outlook banner needs: the decision per kind of Outlook, the language, and when it goes stale. */
export const BannerViewSchema = v.object({
  banners: v.object({ business: v.nullable(BannerAlertSchema), consumer: v.nullable(BannerAlertSchema) }),
  /** The effective language setting (policy included), so every surface speaks the same one. */
  language: v.picklist(LANGUAGES),
  checkedAt: IsoDate,
  pollMinutes: PollMinutes,
});
export type BannerView = v.InferOutput<typeof BannerViewSchema>;

/** The outcome of one check, as every surface sees it (kept in storage in parts: src/core/stored.ts). */
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
