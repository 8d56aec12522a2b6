/**
 * Every real capture of Microsoft's feeds (tests/fixtures/real, provenance in its README), read through the
 * same adapters, aggregate() and assess() the extension runs, with what a careful person reading
 * Microsoft's text would conclude written beside it. Two people: the default English user (every region)
 * and a Korean user (Korea + Asia Pacific); both watch the default services. The other public sources are
 * quiet and Outlook is reachable, so each capture alone decides the colour.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, type SourceReading } from '../../../src/core/engine/aggregate';
import { assess, bannerFor } from '../../../src/core/extension/assess';
import type { Watch } from '../../../src/core/engine/catalog';
import { DEFAULT_WATCHED_SERVICES } from '../../../src/core/engine/catalog';
import type { Level } from '../../../src/core/extension/level';
import type { Incident, StatusDocument } from '../../../src/core/engine/model';
import type { Assessment } from '../../../src/core/extension/snapshot';
import { parseAzureRss } from '../../../src/core/engine/sources/azure-rss';
import { normaliseCloudStatus } from '../../../src/core/engine/sources/cloud-status';
import { parseAdminCenter, parseAzureSummary, parseM365Consumer } from '../../../src/core/engine/sources/cloud-status';
import { parseGraphIssues, servicesFor } from '../../../src/core/engine/sources/graph';
import type { ParsedSource } from '../../../src/core/engine/sources/types';
import { fixture } from '../../../harness/fixtures';

const real = (name: string) => fixture(`real/${name}`);

const ENGLISH: Watch = { services: DEFAULT_WATCHED_SERVICES, regions: [] };
const KOREAN: Watch = { services: DEFAULT_WATCHED_SERVICES, regions: ['korea', 'asia-pacific'] };

/** The quiet Microsoft 365 and admin-center captures of 1 Aug 2026, read at `now`. */
function quietOthers(now: string): SourceReading[] {
  return [
    {
      id: 'm365-consumer',
      url: 'https://status.cloud.microsoft/api/posts/m365Consumer',
      fetchedAt: now,
      result: parseM365Consumer(real('cloud-status-m365Consumer-2026-08-01-all-operational.json'), now),
    },
    {
      id: 'azure-summary',
      url: 'https://status.cloud.microsoft/api/posts/azure',
      fetchedAt: now,
      result: parseAzureSummary(real('cloud-status-api-posts-azure-2026-08-01-available.json'), now),
    },
    {
      id: 'm365-admin',
      url: 'https://status.cloud.microsoft/api/posts/mac',
      fetchedAt: now,
      result: parseAdminCenter(real('cloud-status-api-posts-mac-2026-08-01-available.json'), now),
    },
  ];
}

function feedReading(result: ParsedSource, now: string): SourceReading {
  return { id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: now, result, maxAgeMinutes: 30 };
}

interface Verdict {
  doc: StatusDocument;
  english: Assessment;
  korean: Assessment;
}

/** A capture read at the moment it was captured. */
function readAt(capture: string, now: string): Verdict {
  const doc = aggregate([feedReading(parseAzureRss(real(capture)), now), ...quietOthers(now)], now);
  const probe = { reachable: true, slow: false, httpStatus: 302, at: now, consecutiveProblems: 0 };
  return {
    doc,
    english: assess({ document: doc, probe, watch: ENGLISH, now, online: true }),
    korean: assess({ document: doc, probe, watch: KOREAN, now, online: true }),
  };
}

const levels = (v: Verdict): [Level, Level] => [v.english.level, v.korean.level];
const only = (v: Verdict): Incident => {
  expect(v.doc.incidents).toHaveLength(1);
  return v.doc.incidents[0]!;
};

describe('real Azure feed captures, as a careful person reads them', () => {
  it('2022-09-07 Front Door "connectivity issues", recovering, retries succeed: yellow everywhere (global), a 32-minute-old feed still shown as last known', () => {
    // Captured 19:47:58Z; the feed was built 19:16:17Z, so it is stale by the 30-minute rule. Its incident
    // is still the last known story and the icon and banner agree on it.
    const v = readAt('azure-rss-2022-09-07-afd-connectivity-wayback.xml', '2022-09-07T19:47:58.000Z');
    const afd = only(v);
    expect(afd).toMatchObject({ severity: 'degraded', phase: 'mitigating', startedAt: '2022-09-07T16:10:00.000Z' });
    expect(afd.services).toEqual(expect.arrayContaining(['azure-front-door']));
    expect(afd.regions).toEqual(expect.arrayContaining(['global', 'korea', 'japan', 'americas', 'europe']));
    expect(levels(v)).toEqual(['degraded', 'degraded']);
    expect(v.english.lastKnown).toEqual([afd.id]);
    expect(v.doc.sources.find((s) => s.id === 'azure-rss')).toMatchObject({ ok: false, error: expect.stringMatching(/stale/) });
    expect(bannerFor('outlook-business', v.doc, KOREAN)).toMatchObject({ incidentId: afd.id, severity: 'degraded' });
  });

  it("2024-07-21 CrowdStrike Falcon agent guidance: an advisory about customers' Windows VMs, not an Outlook problem: green, listed", () => {
    const v = readAt('azure-rss-2024-07-21-crowdstrike-guidance-wayback.xml', '2024-07-21T18:11:44.000Z');
    const guidance = only(v);
    // "an issue that started on 19 July 2024 at 04:09 UTC" (published a day later).
    expect(guidance).toMatchObject({ severity: 'advisory', services: ['azure'], regions: [], startedAt: '2024-07-19T04:09:00.000Z' });
    expect(levels(v)).toEqual(['ok', 'ok']);
    expect(v.english.other).toEqual([guidance.id]);
  });

  it('2026-07-23 16:38 West US networking, first post: investigating an outage in West US: red for the Americas, green (listed) in Korea', () => {
    const v = readAt('azure-rss-2026-07-23-1638-westus-network-wayback.xml', '2026-07-23T16:49:25.000Z');
    const westUs = only(v);
    // "difficulty accessing Azure services" is not limited by "intermittent", which qualifies only the
    // connectivity failures; "exploring mitigation options ... continuing our investigation" is investigating.
    // No start is stated yet: the first publication stands in.
    expect(westUs).toMatchObject({
      severity: 'outage',
      phase: 'investigating',
      regions: ['americas'],
      startedAt: '2026-07-23T16:29:09.000Z',
    });
    expect(westUs.services).toContain('azure-networking');
    expect(levels(v)).toEqual(['outage', 'ok']);
    expect(v.korean.other).toEqual([westUs.id]);
    expect(
      assess({
        document: v.doc,
        watch: { services: DEFAULT_WATCHED_SERVICES, regions: ['americas'] },
        now: v.doc.generatedAt,
        online: true,
        probe: { reachable: true, slow: false, at: v.doc.generatedAt, consecutiveProblems: 0 },
      }).level,
    ).toBe('outage');
  });

  it('2026-07-23 16:49 West US, second post: mitigation actions taken and being evaluated, started 14:44 UTC: red, mitigating', () => {
    const v = readAt('azure-rss-2026-07-23-1649-westus-network-live.xml', '2026-07-23T16:59:00.000Z');
    const westUs = only(v);
    expect(westUs).toMatchObject({
      severity: 'outage',
      phase: 'mitigating',
      regions: ['americas'],
      services: ['azure-networking'],
      startedAt: '2026-07-23T14:44:00.000Z',
    });
    expect(levels(v)).toEqual(['outage', 'ok']);
  });

  it('2026-07-23 18:12 West US, with impacted services: "actively deploying mitigation actions", red, mitigating; links and a status.cloud.microsoft URL are not scope', () => {
    const v = readAt('azure-rss-2026-07-23-1812-westus-network-services.xml', '2026-07-23T18:26:34.000Z');
    const westUs = only(v);
    expect(westUs).toMatchObject({ severity: 'outage', phase: 'mitigating', regions: ['americas'], startedAt: '2026-07-23T14:44:00.000Z' });
    // "Azure Active Directory B2C" is the customer-identity product, not the sign-in Outlook stands on.
    expect(westUs.services).not.toContain('entra');
    expect(westUs.url).toBe('https://azure.status.microsoft/en-us/status/');
    expect(levels(v)).toEqual(['outage', 'ok']);
    expect(bannerFor('outlook-business', v.doc, ENGLISH)).toMatchObject({ severity: 'outage' });
    expect(bannerFor('outlook-business', v.doc, KOREAN)).toBeNull();
  });

  it.each(['azure-rss-2026-08-01-empty-allclear.xml', 'azure-rss-2026-08-01-0022-empty.xml', 'azure-rss-2026-09-25-empty-live.xml'])(
    '%s: an empty channel read a minute after it was built is quiet: green',
    (capture) => {
      const asOf = parseAzureRss(real(capture)).asOf!;
      const v = readAt(capture, new Date(Date.parse(asOf) + 60_000).toISOString());
      expect(v.doc.incidents).toEqual([]);
      expect(levels(v)).toEqual(['ok', 'ok']);
    },
  );

  it('an empty channel read 40 minutes after it was built says nothing: grey, never green', () => {
    const asOf = parseAzureRss(real('azure-rss-2026-08-01-0022-empty.xml')).asOf!;
    const v = readAt('azure-rss-2026-08-01-0022-empty.xml', new Date(Date.parse(asOf) + 40 * 60_000).toISOString());
    expect(levels(v)).toEqual(['unknown', 'unknown']);
  });
});

describe('real status.cloud.microsoft captures', () => {
  const NOW = '2026-09-04T03:46:00.000Z';

  it('all ten consumer rows "Operational": quiet', () => {
    expect(parseM365Consumer(real('cloud-status-m365Consumer-2026-08-01-all-operational.json'), NOW).incidents).toEqual([]);
  });

  it('Copilot "Service restored", 15.8 h after its stated end: resolved at the stated end, not relevant to an Outlook watcher, green', () => {
    const result = parseM365Consumer(real('cloud-status-m365Consumer-2026-09-04-copilot-restored.json'), NOW);
    const [copilot] = result.incidents;
    expect(result.incidents).toHaveLength(1);
    expect(copilot).toMatchObject({ services: ['copilot'], phase: 'resolved', status: 'serviceRestored' });
    expect(copilot!.resolvedAt! < NOW).toBe(true);
    expect(copilot!.impact).toMatch(/^Users may have encountered failures/);
    const doc = aggregate(
      [{ id: 'm365-consumer', url: 'https://status.cloud.microsoft/api/posts/m365Consumer', fetchedAt: NOW, result }],
      NOW,
    );
    const verdict = assess({
      document: doc,
      watch: ENGLISH,
      now: NOW,
      online: true,
      probe: { reachable: true, slow: false, at: NOW, consecutiveProblems: 0 },
    });
    expect(verdict).toMatchObject({ level: 'ok', recentlyResolved: [copilot!.id] });
  });

  it.each([
    ['cloud-status-api-posts-azure-2026-08-01-available.json', parseAzureSummary],
    ['cloud-status-api-posts-mac-2026-08-01-available.json', parseAdminCenter],
    ['cloud-status-api-posts-mac-2026-09-18-available.json', parseAdminCenter],
  ])('%s: "Available" is quiet (a null Title and a per-request AuthoredDateTime are no incident)', (capture, parse) => {
    expect(parse(real(capture), NOW).incidents).toEqual([]);
  });

  it('the /api/feed/mac RSS (not read by the extension) names the same post the JSON endpoint serves, and says Available too', () => {
    const feed = real('cloud-status-api-feed-mac-2026-08-01-available.xml');
    const post = JSON.parse(real('cloud-status-api-posts-mac-2026-08-01-available.json')) as { Id: string; Status: string };
    expect(feed).toContain(`<guid isPermaLink="false">${post.Id}</guid>`);
    expect(/<status>([^<]*)<\/status>/.exec(feed)?.[1]).toBe(post.Status);
  });

  it('every status string the front-end bundle declares is understood; only "Unknown" means Microsoft does not know', () => {
    const excerpt = real('cloud-status-frontend-bundle-enum-excerpt.txt');
    const declared = [...excerpt.matchAll(/\b\w+:"([^"]+)"/g)].map((m) => m[1]!);
    expect(declared).toEqual(['Available', 'Service degradation', 'Operational', 'Unknown', 'Service restored']);
    expect(declared.map(normaliseCloudStatus)).toEqual(['healthy', 'degradation', 'healthy', 'unknown', 'restored']);
  });

  it('an "Unknown" Phone Link row leaves a quiet Outlook green; an "Unknown" Outlook.com row cannot be green', () => {
    const rows = JSON.parse(real('cloud-status-m365Consumer-2026-08-01-all-operational.json')) as {
      ServiceWorkloadName: string;
      Status: string;
    }[];
    const withUnknown = (workload: string) =>
      JSON.stringify(rows.map((r) => (r.ServiceWorkloadName === workload ? { ...r, Status: 'Unknown' } : r)));
    const verdictFor = (workload: string) => {
      const result = parseM365Consumer(withUnknown(workload), NOW);
      const doc = aggregate(
        [{ id: 'm365-consumer', url: 'https://status.cloud.microsoft/api/posts/m365Consumer', fetchedAt: NOW, result }],
        NOW,
      );
      return assess({
        document: doc,
        watch: ENGLISH,
        now: NOW,
        online: true,
        probe: { reachable: true, slow: false, at: NOW, consecutiveProblems: 0 },
      });
    };
    expect(verdictFor('YourPhone')).toMatchObject({ level: 'ok', relevant: [] });
    expect(verdictFor('Outlook.com')).toMatchObject({ level: 'unknown', reason: 'service-unknown' });
  });
});

describe('real Microsoft Graph captures (the organisation aggregator reads these)', () => {
  /** Graph keeps resolved issues for days; read each an hour after its end, while it is "recently resolved". */
  const anHourAfter = (iso: string) => new Date(Date.parse(iso) + 60 * 60_000).toISOString();

  it('CR275975 (Dynamics 365 advisory) and FM298724 (Forms incident, post-incident report published): resolved, neither is Outlook', () => {
    const page = JSON.parse(real('graph-issues-CR275975-FM298724-cli-spec.json')) as { value: { id: string; endDateTime: string }[] };
    for (const issue of page.value) {
      const [incident] = parseGraphIssues([{ value: [issue] }], anHourAfter(issue.endDateTime)).incidents;
      expect(incident).toMatchObject({ phase: 'resolved', trackingId: issue.id, services: ['other'] });
    }
    const forms = parseGraphIssues([{ value: [page.value[1]] }], anHourAfter(page.value[1]!.endDateTime)).incidents[0]!;
    expect(forms).toMatchObject({ severity: 'degraded', status: 'postIncidentReviewPublished' });
    expect(forms.updates.length).toBe(6);
  });

  it('CR384241 (the CLI strips the value envelope): a resolved Dynamics 365 advisory', () => {
    const [issue] = JSON.parse(real('graph-issues-CR384241-cli-docs.json')) as { endDateTime: string }[];
    const [incident] = parseGraphIssues([{ value: [issue] }], anHourAfter(issue!.endDateTime)).incidents;
    expect(incident).toMatchObject({ trackingId: 'CR384241', severity: 'advisory', phase: 'resolved', status: 'serviceRestored' });
  });

  it("EX415080 (healthOverview with issues): a resolved Exchange Online advisory, Outlook's own service", () => {
    const overview = JSON.parse(real('graph-healthOverview-expand-issues-EX415080-cli-docs.json')) as { issues: { endDateTime: string }[] };
    const [incident] = parseGraphIssues([{ value: overview.issues }], anHourAfter(overview.issues[0]!.endDateTime)).incidents;
    expect(incident).toMatchObject({ trackingId: 'EX415080', services: ['exchange'], severity: 'advisory', phase: 'resolved' });
  });

  it('CS381143 (Defender for Cloud Apps): "Microsoft" in the name does not make it Microsoft 365', () => {
    const [overview] = JSON.parse(real('graph-healthOverviews-expand-issues-CS381143-cli-docs.json')) as {
      issues: { endDateTime: string }[];
    }[];
    const [incident] = parseGraphIssues([{ value: overview!.issues }], anHourAfter(overview!.issues[0]!.endDateTime)).incidents;
    expect(incident).toMatchObject({ trackingId: 'CS381143', services: ['other'] });
  });

  it("EX226792 (Microsoft's docs sample, PascalCase enums): the same reading as camelCase", () => {
    const page = JSON.parse(real('graph-issues-EX226792-msgraph-docs-sample.json')) as { value: { endDateTime: string }[] };
    const [incident] = parseGraphIssues([page], anHourAfter(page.value[0]!.endDateTime)).incidents;
    expect(incident).toMatchObject({
      trackingId: 'EX226792',
      services: ['exchange'],
      severity: 'degraded',
      phase: 'resolved',
      status: 'serviceRestored',
    });
  });

  it("a real tenant's 29 services map to what they are: only the suite is Microsoft 365, only Exchange is Outlook", () => {
    const rows = real('graph-healthOverviews-services-cli-spec.csv')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(',')[0]!);
    const mapped = Object.fromEntries(rows.map((name) => [name, servicesFor(name, '')]));
    expect(rows).toHaveLength(29);
    expect(mapped['Exchange Online']).toEqual(['exchange']);
    expect(mapped['Microsoft 365 suite']).toEqual(['m365']);
    expect(mapped['Identity Service']).toEqual(['entra']);
    expect(mapped['Microsoft Teams']).toEqual(['teams']);
    expect(mapped['Power Apps in Microsoft 365']).toEqual(['power-platform']);
    for (const name of [
      'Microsoft 365 Defender',
      'Mobile Device Management for Office 365',
      'Microsoft 365 Apps',
      'Microsoft Intune',
      'Planner',
    ]) {
      expect(mapped[name], name).not.toContain('m365');
      expect(mapped[name], name).not.toContain('exchange');
    }
    const suiteNamed = rows.filter((name) => mapped[name]!.includes('m365'));
    expect(suiteNamed).toEqual(['Microsoft 365 suite']);
  });
});
