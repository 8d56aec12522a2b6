import { describe, expect, it } from 'vitest';
import { parseAdminCenter, parseAzureSummary, parseM365Consumer } from '../../../src/core/engine/sources/cloud-status';
import { SourceFormatError } from '../../../src/core/engine/sources/types';
import { fixture } from '../../../harness/fixtures';

const AT = '2023-01-25T08:15:00.000Z';

describe('status.cloud.microsoft m365Consumer adapter', () => {
  it('reads the real all-operational capture as quiet', () => {
    expect(parseM365Consumer(fixture('m365-consumer-ok.json'), AT).incidents).toEqual([]);
  });

  it('turns the Outlook.com and Teams Free rows into separate degraded incidents in Asia Pacific', () => {
    const { incidents } = parseM365Consumer(fixture('m365-consumer-incident.json'), AT);
    expect(incidents.map((i) => i.services)).toEqual([['outlook'], ['teams']]);
    const [outlook] = incidents;
    expect(outlook).toMatchObject({
      id: 'm365-consumer:outlook-com-2023-01-25t07-05-00-000z',
      severity: 'degraded',
      phase: 'monitoring',
      regions: ['asia-pacific'],
      startedAt: '2023-01-25T07:05:00.000Z',
      // The rows state no time of their own: the time is when the text was first seen, and says so.
      updatedAt: AT,
      updatedAtSeen: true,
      url: 'https://status.cloud.microsoft/',
    });
    expect(outlook!.summary).toMatch(/^Users in Asia Pacific may be unable to access Outlook.com/);
    expect(outlook!.updates[0]!.text).toMatch(/^We've identified that a recent change/);
  });

  it('keeps the same id across polls although LastUpdatedTime changes every minute', () => {
    const first = parseM365Consumer(fixture('m365-consumer-incident.json'), AT).incidents[0]!;
    const later = fixture('m365-consumer-incident.json').replaceAll('2023-01-25T08:14:27.81+00:00', '2023-01-25T08:29:27.81+00:00');
    expect(parseM365Consumer(later, '2023-01-25T08:30:00.000Z').incidents[0]!.id).toBe(first.id);
  });

  it('reads "Service restored" as resolved with the stated end time', () => {
    const [outlook] = parseM365Consumer(fixture('m365-consumer-restored.json'), '2023-01-25T13:00:00.000Z').incidents;
    expect(outlook).toMatchObject({ phase: 'resolved', resolvedAt: '2023-01-25T12:43:00.000Z', services: ['outlook'] });
  });

  it('does not believe a stated end time later than the moment it was read', () => {
    const [outlook] = parseM365Consumer(fixture('m365-consumer-restored.json'), AT).incidents;
    expect(outlook!.resolvedAt).toBe(AT);
  });

  it('reads a Status value it does not know as "unknown" for that row alone, never as healthy', () => {
    const { incidents } = parseM365Consumer(fixture('m365-consumer-unknown-status.json'), AT);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ status: 'unknown', severity: 'info', phase: 'investigating' });
  });

  it('reads a row without Status as "unknown" for that service', () => {
    const [row] = parseM365Consumer('[{"ServiceWorkloadName":"Outlook.com"}]', AT).incidents;
    expect(row).toMatchObject({ services: ['outlook'], status: 'unknown', title: 'Outlook.com: status unknown' });
  });

  it.each([
    ['the SPA shell (HTML)', fixture('captive-portal.html'), /not valid JSON/],
    ['an object instead of a list', '{"Status":"Available"}', /expected a list/],
    ['an empty list', '[]', /empty/],
    ['a row of the wrong type', '[42]', /not an object/],
    ['a row without a name', '[{"Status":"Operational"}]', /no name/],
  ])('rejects %s', (_name, body, message) => {
    expect(() => parseM365Consumer(body, AT)).toThrow(SourceFormatError);
    expect(() => parseM365Consumer(body, AT)).toThrow(message);
  });

  it('matches Status case- and space-insensitively', () => {
    const body = JSON.stringify([{ ServiceWorkloadName: 'Outlook.com', Status: 'SERVICE  DEGRADATION', Title: 'Mail slow' }]);
    expect(parseM365Consumer(body, AT).incidents[0]).toMatchObject({ severity: 'degraded', title: 'Mail slow' });
  });

  it('words never end an incident whose Status is still a degradation', () => {
    const body = JSON.stringify([
      {
        ServiceWorkloadName: 'Outlook.com',
        Status: 'Service degradation',
        Title: 'Mail delays',
        Message: 'Current status: Service has been restored for the majority of users; we are monitoring the rest.',
      },
    ]);
    expect(parseM365Consumer(body, AT).incidents[0]).toMatchObject({ phase: 'monitoring', severity: 'degraded' });
  });

  it('reads "Service interruption" as an outage', () => {
    const body = JSON.stringify([{ ServiceWorkloadName: 'Outlook.com', Status: 'Service interruption', Title: 'Down' }]);
    expect(parseM365Consumer(body, AT).incidents[0]!.severity).toBe('outage');
  });
});

describe('status.cloud.microsoft single-post adapters', () => {
  it('reads the real Azure "no issues" summary as quiet', () => {
    expect(parseAzureSummary(fixture('azure-summary-ok.json'), AT).incidents).toEqual([]);
  });

  it('reads an Azure summary post, stripping its HTML', () => {
    const [incident] = parseAzureSummary(fixture('azure-summary-incident.json'), AT).incidents;
    expect(incident).toMatchObject({
      source: 'azure-summary',
      severity: 'degraded',
      phase: 'monitoring',
      startedAt: '2023-01-25T07:31:00.000Z',
      regions: ['asia-pacific'],
    });
    expect(incident!.services).toEqual(expect.arrayContaining(['m365', 'azure-networking']));
    expect(incident!.summary).not.toMatch(/[<>]/);
  });

  it('reads the admin-center post as quiet when Available, and as a Microsoft 365 signal otherwise', () => {
    expect(parseAdminCenter(fixture('mac-ok.json'), AT).incidents).toEqual([]);
    const [incident] = parseAdminCenter(fixture('mac-degraded.json'), AT).incidents;
    expect(incident).toMatchObject({ services: ['admin-center', 'm365'], severity: 'degraded', regions: ['asia-pacific'] });
  });

  it('treats the .NET default date as absent', () => {
    const body = JSON.stringify({
      Id: null,
      AuthoredDateTime: '0001-01-01T00:00:00+00:00',
      Title: 'X',
      Message: '',
      Status: 'Service degradation',
    });
    expect(parseAzureSummary(body, AT).incidents[0]!.startedAt).toBe(AT);
  });

  it('reads "Unknown" as Microsoft not knowing, for that post alone', () => {
    const [incident] = parseAdminCenter('{"Status":"Unknown"}', AT).incidents;
    expect(incident).toMatchObject({ status: 'unknown', severity: 'info', services: ['admin-center'] });
  });
});
