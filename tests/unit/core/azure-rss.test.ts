import { describe, expect, it } from 'vitest';
import { parseAzureRss } from '../../../src/core/engine/sources/azure-rss';
import { SourceFormatError } from '../../../src/core/engine/sources/types';
import { fixture } from '../../../harness/fixtures';

describe('Azure status RSS adapter', () => {
  it('reads the real empty feed as quiet, with its build time for the freshness check', () => {
    const parsed = parseAzureRss(fixture('azure-rss-empty.xml'));
    expect(parsed.incidents).toEqual([]);
    expect(parsed.asOf).toBe('2023-01-25T13:05:00.000Z');
  });

  it('turns the APAC WAN incident into an Outlook-touching outage in Asia Pacific and Korea', () => {
    const [incident, ...rest] = parseAzureRss(fixture('azure-rss-incident.xml')).incidents;
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({
      id: 'azure-rss:vsg1-b90',
      source: 'azure-rss',
      severity: 'outage',
      phase: 'mitigating',
      startedAt: '2023-01-25T07:05:00.000Z',
      updatedAt: '2023-01-25T08:10:32.000Z',
      url: 'https://azure.status.microsoft/en-us/status/',
    });
    expect(incident!.title).toBe('Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services');
    expect(incident!.services).toEqual(expect.arrayContaining(['exchange', 'm365', 'teams', 'azure-networking']));
    expect(incident!.regions).toEqual(expect.arrayContaining(['asia-pacific', 'korea', 'japan', 'australia']));
    expect(incident!.regions).not.toContain('europe');
  });

  it('decodes the escaped HTML description to plain text with paragraphs', () => {
    const [incident] = parseAzureRss(fixture('azure-rss-incident.xml')).incidents;
    // The summary is the impact statement, without its label; the update keeps every paragraph.
    expect(incident!.summary).toMatch(/^Starting at 07:05 UTC/);
    expect(incident!.impact).toBe(incident!.summary);
    expect(incident!.summary).not.toMatch(/[<>]|&lt;|&amp;/);
    expect(incident!.updates[0]!.text).toMatch(/^Impact Statement: .*\nCurrent Status: /s);
  });

  // Impact told within an ended window ("Between 07:05 and 12:43 UTC … may have experienced") and a status
  // saying it is mitigated: a follow-up about an outage that is over, at most an advisory (issue 18), which
  // began when it was posted.
  it('reads a still-listed item that says "mitigated" as recovering, never as resolved, and a follow-up as an advisory', () => {
    const [incident] = parseAzureRss(fixture('azure-rss-resolved.xml')).incidents;
    expect(incident).toMatchObject({ phase: 'monitoring', severity: 'advisory' });
    expect(incident!.resolvedAt).toBeUndefined();
  });

  it('"mitigated in most regions" while still listed does not end the incident', () => {
    const xml = fixture('azure-rss-incident.xml').replace(
      'have taken steps to roll back this change',
      'impact in most regions was mitigated; Asia Pacific continues to see packet loss',
    );
    expect(parseAzureRss(xml).incidents[0]!.phase).not.toBe('resolved');
  });

  it('keeps several unrelated incidents apart, each with its own services and regions', () => {
    const { incidents } = parseAzureRss(fixture('azure-rss-several.xml'));
    expect(incidents.map((i) => i.id)).toEqual(['azure-rss:vsg1-b90', 'azure-rss:8tnr-1q0', 'azure-rss:kt4b-9y8']);
    const [, storage, vm] = incidents;
    expect(storage).toMatchObject({ regions: ['americas'], phase: 'investigating', severity: 'degraded' });
    expect(storage!.services).toEqual(['azure']);
    expect(vm).toMatchObject({ regions: ['europe'], phase: 'monitoring' });
  });

  it('keeps the newer post when a tracking id appears twice', () => {
    const xml = fixture('azure-rss-several.xml').replace('8TNR-1Q0', 'VSG1-B90');
    const { incidents } = parseAzureRss(xml);
    expect(incidents.filter((i) => i.id === 'azure-rss:vsg1-b90')).toHaveLength(1);
    expect(incidents[0]!.updatedAt).toBe('2023-01-25T08:10:32.000Z');
  });

  it('accepts GMT and numeric-offset dates as well as the literal Z', () => {
    const xml = fixture('azure-rss-empty.xml').replace('Wed, 25 Jan 2023 13:05:00 Z', 'Wed, 25 Jan 2023 22:05:00 +0900');
    expect(parseAzureRss(xml).asOf).toBe('2023-01-25T13:05:00.000Z');
  });

  it('survives an item with no guid, title or date', () => {
    const xml = fixture('azure-rss-empty.xml').replace(
      '</channel>',
      '<item><description>Something is wrong</description></item></channel>',
    );
    const [incident] = parseAzureRss(xml).incidents;
    expect(incident).toMatchObject({ title: 'Azure service issue', updatedAt: '2023-01-25T13:05:00.000Z', services: ['azure'] });
    expect(incident!.id).toMatch(/^azure-rss:/);
  });

  it.each([
    ['malformed XML', '<rss><channel><title>x</channel></rss>', /not valid XML/],
    ['an HTML page', fixture('captive-portal.html'), /not valid XML|not an RSS feed/],
    ['JSON', '{"ok":true}', /not valid XML/],
    ['a feed without lastBuildDate', '<rss version="2.0"><channel><title>Azure Status</title></channel></rss>', /lastBuildDate/],
    ['entity expansion (billion laughs)', '<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss>&b;</rss>', /not valid XML/],
  ])('rejects %s with a clear error instead of calling it quiet', (_name, body, message) => {
    expect(() => parseAzureRss(body)).toThrow(SourceFormatError);
    expect(() => parseAzureRss(body)).toThrow(message);
  });

  it('never lets markup or script links through', () => {
    const xml = fixture('azure-rss-empty.xml').replace(
      '</channel>',
      '<item><guid>X1</guid><link>javascript:alert(1)</link><title>&lt;img src=x onerror=alert(1)&gt;Outage</title><description>&lt;script&gt;alert(1)&lt;/script&gt;Real text</description></item></channel>',
    );
    const [incident] = parseAzureRss(xml).incidents;
    expect(incident!.title).toBe('Outage');
    expect(incident!.summary).toBe('Real text');
    expect(incident!.url).toBe('https://azure.status.microsoft/en-us/status/');
  });
});

describe('scope from structure first, never from links', () => {
  const item = (categories: string[], title: string, description: string) =>
    fixture('real/azure-rss-2026-07-23-1649-westus-network-live.xml')
      .replace(/<category>[\s\S]*<\/category>/, categories.map((c) => `<category>${c}</category>`).join(''))
      .replace(/<title>Issues connecting[^<]*<\/title>/, `<title>${title}</title>`)
      .replace(/(<item>[\s\S]*)<description>[^<]*<\/description>/, `$1<description>${description}</description>`);

  it('reads "Public Non-Regional" as global and region categories as regions, ignoring regions the prose names beyond them', () => {
    const [incident] = parseAzureRss(
      item(['Azure Front Door', 'Public Non-Regional', 'Korea Central'], 'Azure Front Door issues', 'Customers in Europe may be affected.'),
    ).incidents;
    expect(incident!.regions.sort()).toEqual(['asia-pacific', 'global', 'korea']);
    expect(incident!.services).toContain('azure-front-door');
  });

  it('never takes scope from inside a link: "global" in a learn.microsoft.com address is not a region', () => {
    const [incident] = parseAzureRss(
      item(
        [],
        'Virtual Machines - West Europe',
        'See https://learn.microsoft.com/en-us/azure/global-infrastructure/ and aka.ms/korea-outage for guidance.',
      ),
    ).incidents;
    expect(incident!.regions).toEqual(['europe']);
  });

  it('prose adds Microsoft 365 products it names as affected, but not generic words, once the structure named a service', () => {
    const [incident] = parseAzureRss(
      item(
        ['Microsoft Azure portal'],
        'Azure portal - Sign-in issues',
        'Customers may be unable to sign in to the portal; Microsoft 365 (Outlook, Teams) is not affected by connectivity problems.',
      ),
    ).incidents;
    expect(incident!.services).not.toContain('entra');
    expect(incident!.services).not.toContain('azure-networking');
  });

  it('prose names Front Door or Entra ID as the cause: they count, even once the categories named another service', () => {
    const [afd] = parseAzureRss(
      item(
        ['Azure Portal', 'Public Non-Regional'],
        'Azure Portal - Access issues',
        'Starting at approximately 16:00 UTC, customers may be unable to access the Azure Portal and other services due to an issue with Azure Front Door (AFD).',
      ),
    ).incidents;
    expect(afd!.services).toContain('azure-front-door');
    const [entra] = parseAzureRss(
      item(['Multiple Services'], 'Multiple services - sign-in failures', 'Microsoft Entra ID is unable to issue tokens.'),
    ).incidents;
    expect(entra!.services).toContain('entra');
  });

  it('a service said not to be affected, "engineering teams", and customers\' own network resources are not scope', () => {
    const [avd] = parseAzureRss(
      item(
        ['Azure Virtual Desktop', 'East US'],
        'Azure Virtual Desktop - East US',
        'Customers may be unable to connect to session hosts. Microsoft 365 services are not impacted. Our engineering teams are investigating.',
      ),
    ).incidents;
    expect(avd!.services).toEqual(['azure']);
    const [firewall] = parseAzureRss(
      item(
        ['Azure Firewall', 'Load Balancer', 'Brazil South'],
        'Azure Firewall - Brazil South',
        'Customers may experience a loss of availability.',
      ),
    ).incidents;
    expect(firewall!.services).toEqual(['azure']);
    const [sql] = parseAzureRss(
      item([], 'Azure SQL Database - connectivity issues', 'Customers may see connectivity issues to databases.'),
    ).incidents;
    expect(sql!.services).toEqual(['azure']);
  });
});
