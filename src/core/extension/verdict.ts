/**
 * Just you, your office, or everyone (issue 17): the one verdict from the organisation's pooled Outlook
 * checks (engine/crowd.ts), this browser's own probe, its site and Microsoft's relevant posts. Pure; the
 * worker computes it at every check and stores it with the assessment, and assess() turns it into a colour
 * (docs/reading-microsoft.md "Just you, your office, or everyone"):
 * - Microsoft confirmed: Microsoft's incident decides the colour, as always; the verdict adds how much
 *   earlier the organisation's browsers saw it.
 * - everyone: the whole organisation's group is failing (crowdFailing) at more than half of its reporting
 *   sites (or, with no site at k, as a whole) → red, labelled "not yet confirmed by Microsoft".
 * - your office: this browser's site is failing and the rest of the organisation is not → yellow, your network.
 * - just you: this browser's checks fail while its group (its site, or the organisation without a site) is
 *   fine → yellow, your network (the probe's own rule sets the colour).
 * - not enough: the group has fewer than k reporters → no crowd words beyond "not enough browsers to tell".
 */
import { type CrowdOrganisation, type CrowdPart, type CrowdSite, crowdFailing } from '../engine/crowd';
import type { Incident } from '../engine/model';
import type { OutlookKind } from '../engine/apps';
import type { CrowdVerdict } from './crowd-verdict';

export interface VerdictInput {
  crowd: CrowdPart | undefined;
  /** This browser's site, set by the organisation's policy; null: the aggregator's map decides, unknown here. */
  site: string | null;
  kind: OutlookKind;
  /** This browser's own checks of Outlook fail (two in a row: assess.ts probeConfirmedProblem). */
  probeFailing: boolean;
  /** Microsoft's worst active post on a watched service for this Outlook, if any. */
  confirmed: Incident | undefined;
  /** When the organisation's failing run began, as the previous check kept it. */
  previous: CrowdVerdict | undefined;
}

/** Microsoft's first post on an incident: its oldest update, or when it was first updated. */
export function firstPostedAt(incident: Incident): string {
  return incident.updates.reduce((first, u) => (u.at < first ? u.at : first), incident.updatedAt);
}

/** The start of the organisation's failing run a verdict remembers. */
export function crowdRunSince(verdict: CrowdVerdict | undefined): string | undefined {
  if (verdict?.kind === 'everyone' || verdict?.kind === 'your-office') return verdict.since;
  return verdict?.kind === 'confirmed' ? verdict.crowdSince : undefined;
}

const earliest = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Everyone: the organisation's group fails, at more than half of the sites that have enough reporters; with no
 * site at k (many small branches), the organisation's own total decides. Each reporter counts once in that
 * total whatever site it names (crowd-counters.ts), so a few browsers cannot pose as many branches.
 */
export function everyoneFailing(org: CrowdOrganisation | undefined): org is CrowdOrganisation {
  return !!org && crowdFailing(org) && (org.sitesReporting === 0 || org.sitesFailing * 2 > org.sitesReporting);
}

export function crowdVerdict(input: VerdictInput): CrowdVerdict | undefined {
  const { crowd, site, kind, probeFailing, confirmed, previous } = input;
  if (!crowd) return undefined;
  const org = crowd.organisation.find((o) => o.outlook === kind);
  const sites = crowd.sites.filter((s) => s.outlook === kind);
  const own: CrowdSite | undefined = site ? sites.find((s) => s.site === site) : undefined;
  const everyone = everyoneFailing(org);
  const runSince = everyone ? earliest(crowdRunSince(previous), org.since) : undefined;

  if (confirmed) {
    // The run the organisation saw before Microsoft posted stays with the event, even once the crowd recovers.
    const crowdSince = earliest(runSince, crowdRunSince(previous));
    return { kind: 'confirmed', incidentId: confirmed.id, postedAt: firstPostedAt(confirmed), ...(crowdSince ? { crowdSince } : {}) };
  }
  if (everyone) {
    return {
      kind: 'everyone',
      sitesFailing: org.sitesFailing,
      sitesReporting: org.sitesReporting,
      reporters: org.reporters ?? 0,
      ...(runSince ? { since: runSince } : {}),
    };
  }
  if (own && crowdFailing(own)) {
    const others = sites.filter((s) => s !== own && s.enough);
    if (others.length > 0 && others.every((s) => !crowdFailing(s))) {
      const since = earliest(previous?.kind === 'your-office' ? previous.since : undefined, own.since);
      return {
        kind: 'your-office',
        site: own.site,
        failingShare: own.failingShare ?? 0,
        reporters: own.reporters ?? 0,
        otherSitesFine: others.length,
        ...(since ? { since } : {}),
      };
    }
  }
  const group = site ? own : org;
  if (!group?.enough) return { kind: 'not-enough', ...(site ? { site } : {}), k: crowd.k };
  if (probeFailing && !crowdFailing(group)) {
    // This browser is one of the failing ones; the others are the ones that work.
    const working = Math.max(0, (group.reporters ?? 0) - (group.failing ?? 0));
    return { kind: 'just-you', ...(site ? { site } : {}), working };
  }
  return undefined;
}
