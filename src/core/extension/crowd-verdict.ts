/**
 * What the crowd verdict (verdict.ts) says, as it is stored with the assessment and read back by every
 * surface. Its own module so the popup, which reads it, does not load the rules that make it. Read back
 * through one flat schema (each field checked once, compact for the popup's budget), typed as the union.
 */
import * as v from 'valibot';
import { SiteName } from '../engine/crowd';
import { IsoDate } from '../engine/model';

export type CrowdVerdict =
  /** This browser fails; its group (its site, or the organisation without a site) works for `working` others. */
  | { kind: 'just-you'; site?: string; working: number }
  /** This site fails; `otherSitesFine` other sites with enough reporters do not. */
  | { kind: 'your-office'; site: string; failingShare: number; reporters: number; otherSitesFine: number; since?: string }
  /** The organisation's group fails at more than half of its reporting sites. */
  | { kind: 'everyone'; sitesFailing: number; sitesReporting: number; reporters: number; since?: string }
  /** Microsoft posted (`postedAt`: its first post); `crowdSince`: when the organisation's browsers began failing. */
  | { kind: 'confirmed'; incidentId: string; postedAt: string; crowdSince?: string }
  /** Fewer than k reporters in this browser's group. */
  | { kind: 'not-enough'; site?: string; k: number };

export const CROWD_VERDICT_KINDS = ['just-you', 'your-office', 'everyone', 'confirmed', 'not-enough'] as const;

/** Counts and shares as numbers only: they were range-checked in the crowd part they were computed from. */
const Count = v.optional(v.pipe(v.number(), v.minValue(0)));

/** Each kind's fields are required by the type; stored values come only from crowdVerdict(), so the flat check suffices. */
export const CrowdVerdictSchema = v.pipe(
  v.object({
    kind: v.picklist(CROWD_VERDICT_KINDS),
    site: v.optional(SiteName),
    working: Count,
    failingShare: Count,
    reporters: Count,
    otherSitesFine: Count,
    sitesFailing: Count,
    sitesReporting: Count,
    k: Count,
    since: v.optional(IsoDate),
    incidentId: v.optional(v.pipe(v.string(), v.maxLength(200))),
    postedAt: v.optional(IsoDate),
    crowdSince: v.optional(IsoDate),
  }),
  v.transform((flat) => flat as CrowdVerdict),
);
