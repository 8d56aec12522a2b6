/**
 * The data contracts the engine produces (design.md "Contracts"): Incident and StatusDocument, with validation.
 * A StatusDocument is validated on every read and rejected whole when anything is wrong.
 */
import * as v from 'valibot';
import { REGION_IDS, SERVICE_IDS, SURFACE_IDS } from './catalog-ids';
import { CrowdPartSchema } from './crowd';
import { IsoDate } from './iso-date';
import { MAX_URL_LENGTH } from './links';

export { IsoDate };

export const SCHEMA_VERSION = 1;

export const SEVERITIES = ['outage', 'degraded', 'advisory', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PHASES = ['investigating', 'mitigating', 'monitoring', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

export const PlainText = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !/[<>]/.test(s), 'text must be plain (no angle brackets)'),
  );
const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
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
  /** Exchange/Outlook surfaces the issue is confined to (IMAP only, Outlook mobile only); absent: the whole service. */
  surfaces: v.optional(v.pipe(v.array(v.picklist(SURFACE_IDS)), v.minLength(1), v.maxLength(SURFACE_IDS.length))),
  startedAt: IsoDate,
  updatedAt: IsoDate,
  /** Microsoft states no time on this post: updatedAt is when its current text was first seen. */
  updatedAtSeen: v.optional(v.literal(true)),
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

/** A resolved incident stays listed, as "recently resolved", this long after it ended. */
export const RECENTLY_RESOLVED_MS = 24 * 60 * 60_000;

/** Whether something that ended at `endedAt` (ISO) is still recently resolved at `nowMs`. */
export function endedRecently(endedAt: string, nowMs: number): boolean {
  return nowMs - Date.parse(endedAt) < RECENTLY_RESOLVED_MS;
}

export const SourceStatusSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(64)),
  url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH)),
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
  /** An organisation aggregator's pooled Outlook checks (crowd.ts); absent everywhere else. */
  crowd: v.optional(CrowdPartSchema),
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
