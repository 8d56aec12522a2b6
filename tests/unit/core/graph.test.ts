import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/core/engine/aggregate';
import { validateIncident } from '../../../src/core/engine/model';
import {
  parseGraphIssues,
  parseGraphIssuesBody,
  SERVICE_HEALTH_PAGE,
  servicesFor,
  unknownStatuses,
} from '../../../src/core/engine/sources/graph';
import { SourceFormatError } from '../../../src/core/engine/sources/types';
import { safeMicrosoftUrl } from '../../../src/core/engine/text';
import { fixture } from '../../../harness/fixtures';

const AT = '2023-01-25T08:15:00.000Z';
const page = (name: string): unknown => JSON.parse(fixture(name));
const byId = <T extends { id: string }>(incidents: T[], id: string): T | undefined => incidents.find((i) => i.id === id);

/** A minimal well-formed issue, for cases built inline. */
function issue(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'EX1',
    title: 'Mail is slow',
    impactDescription: 'Users may see delays.',
    classification: 'incident',
    status: 'serviceDegradation',
    service: 'Exchange Online',
    isResolved: false,
    startDateTime: '2023-01-25T07:00:00Z',
    endDateTime: null,
    lastModifiedDateTime: '2023-01-25T08:00:00Z',
    posts: [],
    ...overrides,
  };
}
const one = (overrides: Record<string, unknown> = {}) => parseGraphIssues([{ value: [issue(overrides)] }], AT).incidents[0];

describe('Graph serviceHealthIssue adapter (camelCase fixture)', () => {
  const { incidents } = parseGraphIssues([page('graph-issues.json')], AT);

  it('reads every issue into a valid incident with a stable graph: id', () => {
    expect(incidents.map((i) => i.id).sort()).toEqual(['graph:ex502279', 'graph:mo502273', 'graph:pb502140']);
    for (const i of incidents) expect(validateIncident(i)).toMatchObject({ ok: true });
  });

  // Phase from the newest post ("We've rolled back the change and are monitoring"), not the status value alone.
  it('maps the suite-wide interruption to an outage in Asia Pacific, naming the workloads it hits', () => {
    expect(byId(incidents, 'graph:mo502273')).toMatchObject({
      source: 'graph',
      title: 'Users may be unable to access multiple Microsoft 365 services',
      severity: 'outage',
      phase: 'monitoring',
      services: ['exchange', 'm365', 'teams', 'sharepoint'],
      regions: ['asia-pacific'],
      startedAt: '2023-01-25T07:05:00.000Z',
      updatedAt: '2023-01-25T08:21:44.350Z',
      url: SERVICE_HEALTH_PAGE,
    });
    expect(byId(incidents, 'graph:mo502273')!.summary).toMatch(/^Users in Asia Pacific may be unable to access/);
  });

  // A newest post that names no step does not take the issue back to "investigating" (issue 18).
  it('phases an issue whose newest post names no step by its earlier posts', () => {
    const post = (at: string, content: string) => ({
      createdDateTime: at,
      postType: 'regular',
      description: { contentType: 'html', content },
    });
    const posts = [
      post('2023-01-25T07:30:00Z', "Current status: We've identified a recent change as the cause and we're reverting it."),
      post(
        '2023-01-25T08:30:00Z',
        "Current status: We're continuing our efforts to resolve the issue. We'll provide an update by 10:30 UTC.",
      ),
    ];
    expect(one({ posts })!.phase).toBe('mitigating');
    expect(one({ posts: posts.slice(1) })!.phase).toBe('investigating');
  });

  it('lists posts newest first as plain text', () => {
    const mo = byId(incidents, 'graph:mo502273')!;
    expect(mo.updates.map((u) => u.at)).toEqual(['2023-01-25T08:21:44.350Z', '2023-01-25T07:31:12.020Z']);
    expect(mo.updates[0]!.text).toMatch(/^Title: Users may be unable/);
    expect(mo.updates[0]!.text).toContain("Current status: We've identified a recent change");
    expect(mo.updates[0]!.text.split('\n').length).toBeGreaterThan(3);
  });

  // The status says serviceDegradation; the newest post says the change is rolled back and Microsoft is
  // watching the queues drain: the post says more than the status value (issue 18).
  it('reads an advisory degradation as an advisory on Exchange, in the phase its newest post states', () => {
    expect(byId(incidents, 'graph:ex502279')).toMatchObject({
      severity: 'advisory',
      phase: 'monitoring',
      services: ['exchange'],
      regions: ['asia-pacific'],
    });
  });

  it('reads isResolved as resolved, with endDateTime as the resolution time', () => {
    expect(byId(incidents, 'graph:pb502140')).toMatchObject({
      phase: 'resolved',
      resolvedAt: '2023-01-25T02:15:00.000Z',
      services: ['power-platform'],
    });
  });

  it('drops issues resolved more than a day ago (history, not status)', () => {
    const later = parseGraphIssues([page('graph-issues.json')], '2023-01-26T08:15:00.000Z').incidents;
    expect(later.map((i) => i.id).sort()).toEqual(['graph:ex502279', 'graph:mo502273']);
  });

  it('links to Service health in the admin center, a host safeMicrosoftUrl trusts', () => {
    expect(safeMicrosoftUrl(SERVICE_HEALTH_PAGE)).toBe(SERVICE_HEALTH_PAGE);
  });

  it('rejects a healthOverviews payload handed over as issues', () => {
    expect(() => parseGraphIssues([page('graph-healthOverviews.json')], AT)).toThrow(/"title" is missing|"status"|startDateTime/);
  });
});

describe('Graph serviceHealthIssue adapter (PascalCase values, as in Microsoft doc examples)', () => {
  const { incidents } = parseGraphIssues([page('graph-issues-pascal.json')], AT);

  it('compares enum values case-insensitively', () => {
    expect(byId(incidents, 'graph:tm502301')).toMatchObject({
      severity: 'degraded',
      phase: 'mitigating',
      services: ['teams'],
      regions: ['asia-pacific', 'japan'],
    });
    expect(byId(incidents, 'graph:sp502310')).toMatchObject({
      severity: 'advisory',
      phase: 'monitoring',
      services: ['sharepoint'],
      regions: ['europe'],
    });
    expect(byId(incidents, 'graph:id502320')).toMatchObject({
      severity: 'outage',
      phase: 'investigating',
      services: ['entra'],
      regions: ['global'],
      updates: [],
    });
    expect(byId(incidents, 'graph:ex226792')).toMatchObject({
      phase: 'resolved',
      resolvedAt: '2023-01-25T05:15:00.000Z',
      services: ['exchange'],
    });
  });

  it('turns HTML posts into plain text: entities decoded, tags and scripts gone', () => {
    const text = byId(incidents, 'graph:tm502301')!.updates[0]!.text;
    expect(text).toContain("Current status: We're rerouting traffic & restoring service");
    expect(text).toContain('\nNext update by:');
    expect(text).not.toMatch(/[<>]|alert/);
  });
});

describe('Graph status and classification mapping', () => {
  it.each([
    ['serviceInterruption', 'incident', 'outage'],
    ['serviceInterruption', 'advisory', 'outage'],
    ['serviceDegradation', 'incident', 'degraded'],
    ['investigating', 'incident', 'degraded'],
    ['restoringService', 'incident', 'degraded'],
    ['verifyingService', 'incident', 'degraded'],
    ['extendedRecovery', 'incident', 'degraded'],
    ['investigationSuspended', 'incident', 'degraded'],
    ['confirmed', 'incident', 'degraded'],
    ['reported', 'incident', 'degraded'],
    ['serviceDegradation', 'advisory', 'advisory'],
    ['SERVICEDEGRADATION', 'ADVISORY', 'advisory'],
    ['somethingNew', 'incident', 'degraded'],
    ['unknownFutureValue', '', 'degraded'],
  ])('%s + %s → %s', (status, classification, severity) => {
    expect(one({ status, classification })!.severity).toBe(severity);
  });

  it.each([
    ['serviceRestored', false, 'resolved'],
    ['postIncidentReviewPublished', false, 'resolved'],
    ['falsePositive', false, 'resolved'],
    ['resolved', false, 'resolved'],
    ['resolvedExternal', false, 'resolved'],
    ['mitigated', false, 'resolved'],
    ['mitigatedExternal', false, 'resolved'],
    ['serviceInterruption', true, 'resolved'],
    ['restoringService', false, 'mitigating'],
    ['extendedRecovery', false, 'mitigating'],
    ['verifyingService', false, 'monitoring'],
    ['investigating', false, 'investigating'],
    ['serviceDegradation', false, 'investigating'],
    ['somethingNew', false, 'investigating'],
  ])('%s (isResolved %s) → %s', (status, isResolved, phase) => {
    expect(one({ status, isResolved })!.phase).toBe(phase);
  });

  it('fails an unknown status closed: an active degradation, not healthy, and names it for the log', () => {
    expect(one({ status: 'partiallyHealthy' })).toMatchObject({ severity: 'degraded', phase: 'investigating' });
    expect(unknownStatuses([{ value: [issue({ status: 'partiallyHealthy' }), issue()] }])).toEqual(['partiallyHealthy']);
  });

  it.each([
    ['Exchange Online', ['exchange']],
    ['Microsoft 365 suite', ['m365']],
    ['Microsoft Teams', ['teams']],
    ['SharePoint Online', ['sharepoint']],
    ['OneDrive for Business', ['onedrive']],
    ['Identity Service', ['entra']],
    ['Microsoft Entra', ['entra']],
    ['Power BI', ['power-platform']],
    ['Power Apps', ['power-platform']],
    ['Power Automate', ['power-platform']],
    ['microsoft teams', ['teams']],
    ['Microsoft Copilot Studio', ['copilot']],
    ['Microsoft Intune', ['other']],
    ['', ['other']],
  ])('service "%s" → %j', (name, services) => {
    expect(servicesFor(name, '')).toEqual(services);
  });
});

describe('Graph adapter input handling', () => {
  it('reads every page of a nextLink walk and keeps the newer copy of an issue listed twice', () => {
    const older = issue({ title: 'Old title', lastModifiedDateTime: '2023-01-25T07:30:00Z' });
    const newer = issue({ title: 'New title' });
    const { incidents } = parseGraphIssues([{ value: [older, issue({ id: 'TM2', service: 'Microsoft Teams' })] }, { value: [newer] }], AT);
    expect(incidents).toHaveLength(2);
    expect(byId(incidents, 'graph:ex1')!.title).toBe('New title');
  });

  it('reads one page from text as well', () => {
    expect(parseGraphIssuesBody(fixture('graph-issues.json'), AT).incidents).toHaveLength(3);
  });

  it('reads an empty tenant as quiet', () => {
    expect(parseGraphIssues([{ value: [] }], AT)).toEqual({ incidents: [] });
  });

  it('falls back to the newest post, then the start, when lastModifiedDateTime is absent', () => {
    const post = { createdDateTime: '2023-01-25T07:45:00Z', description: { contentType: 'text', content: 'Looking into it.' } };
    expect(one({ lastModifiedDateTime: undefined, posts: [post] })!.updatedAt).toBe('2023-01-25T07:45:00.000Z');
    expect(one({ lastModifiedDateTime: null })!.updatedAt).toBe('2023-01-25T07:00:00.000Z');
  });

  it('uses the update time when a resolved issue has no endDateTime', () => {
    expect(one({ isResolved: true, status: 'serviceRestored' })).toMatchObject({
      phase: 'resolved',
      resolvedAt: '2023-01-25T08:00:00.000Z',
    });
  });

  it('keeps titles and summaries plain text and within the model limits', () => {
    const incident = one({
      title: `<b>Mail</b> ${'x'.repeat(400)}`,
      impactDescription: `<img src=x onerror=alert(1)>${'y'.repeat(2000)}`,
    })!;
    expect(incident.title.startsWith('Mail x')).toBe(true);
    expect([...incident.title].length).toBeLessThanOrEqual(300);
    expect([...incident.summary].length).toBeLessThanOrEqual(1000);
    expect(validateIncident(incident)).toMatchObject({ ok: true });
  });

  it.each([
    ['no pages', [], /no pages/],
    ['a page that is not an object', [42], /not an object/],
    ['a page without value', [{ error: { code: 'x' } }], /no "value" list/],
    ['an issue that is not an object', [{ value: ['x'] }], /issue 1 is not an object/],
    ['an issue without id', [{ value: [issue({ id: undefined })] }], /no usable id/],
    ['an id with odd characters', [{ value: [issue({ id: '../../x' })] }], /no usable id/],
    ['an issue without status', [{ value: [issue({ status: undefined })] }], /"status" is missing/],
    ['a numeric status', [{ value: [issue({ status: 3 })] }], /"status" is missing or not text/],
    ['an issue without title', [{ value: [issue({ title: null })] }], /"title"/],
    ['a bad start date', [{ value: [issue({ startDateTime: 'yesterday' })] }], /"startDateTime" is not a date/],
    ['a missing start date', [{ value: [issue({ startDateTime: undefined })] }], /"startDateTime" is missing/],
    ['isResolved as text', [{ value: [issue({ isResolved: 'false' })] }], /isResolved/],
    ['posts that are not a list', [{ value: [issue({ posts: {} })] }], /"posts" is not a list/],
    [
      'a post without content',
      [{ value: [issue({ posts: [{ createdDateTime: '2023-01-25T07:00:00Z', description: {} }] })] }],
      /no content/,
    ],
    ['a post without a date', [{ value: [issue({ posts: [{ description: { content: 'x' } }] })] }], /createdDateTime/],
  ])('rejects %s with a SourceFormatError', (_name, pages, message) => {
    expect(() => parseGraphIssues(pages as unknown[], AT)).toThrow(SourceFormatError);
    expect(() => parseGraphIssues(pages as unknown[], AT)).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseGraphIssuesBody(fixture('captive-portal.html'), AT)).toThrow(/not valid JSON/);
  });

  it('feeds aggregate(): active before resolved, worst first', () => {
    const result = parseGraphIssues([page('graph-issues.json'), page('graph-issues-pascal.json')], AT);
    const doc = aggregate(
      [{ id: 'graph', url: 'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues', fetchedAt: AT, result }],
      AT,
    );
    expect(doc.sources).toEqual([expect.objectContaining({ id: 'graph', ok: true })]);
    // MO502273 and EX502279 (camelCase fixture) are phased by their newest posts ("… and are monitoring").
    expect(doc.incidents.map((i) => `${i.severity}/${i.phase}`)).toEqual([
      'outage/monitoring',
      'outage/investigating',
      'degraded/mitigating',
      'advisory/monitoring',
      'advisory/monitoring',
      'degraded/resolved',
      'advisory/resolved',
    ]);
  });
});
