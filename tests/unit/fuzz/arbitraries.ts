/**
 * Hostile input generators shared by the fuzz suites. Runs are seeded: CI uses a fixed seed; a long random
 * run is `FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run --project unit tests/unit/fuzz`.
 */
import fc from 'fast-check';

export const FUZZ = {
  seed: Number(process.env.FUZZ_SEED ?? 20230125),
  numRuns: Number(process.env.FUZZ_RUNS ?? 1000),
};

export const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '&amp;lt;script&amp;gt;',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '\u202eevil\u202c',
  'zero\u200bwidth\u2060',
  'مرحبا עברית',
  '😀💥',
  '\u0000\u0007',
  ']]>',
  '<![CDATA[x]]>',
  '&#x0;&#xD800;&#1114112;',
  'Korea Central',
  'Asia Pacific',
  'Outlook',
  'Exchange Online',
  'has been mitigated',
  'outage',
];

export const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...HOSTILE_SNIPPETS),
  fc.array(fc.constantFrom(...HOSTILE_SNIPPETS), { maxLength: 8 }).map((parts) => parts.join(' ')),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

export const hostileUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'javascript:alert(1)',
    'http://status.cloud.microsoft/',
    'https://status.cloud.microsoft.evil.example/',
    'https://azure.status.microsoft/en-us/status/',
    '//evil.example/',
    'https://user:pw@office.com/',
  ),
  fc.string({ maxLength: 100 }),
);

export const hostileDate = fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: false }).map((d) => {
    try {
      return d.toUTCString();
    } catch {
      return 'Invalid Date';
    }
  }),
  fc.constantFrom('Wed, 25 Jan 2023 08:12:00 Z', 'Sat, 01 Aug 9999 00:22:00 Z', 'Mon, 01 Jan 0001 00:00:00 Z', '', 'yesterday'),
  fc.string({ maxLength: 40 }),
);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Well-formed RSS whose every field is hostile. */
export const hostileRss = fc
  .record({
    build: hostileDate,
    items: fc.array(
      fc.record({ guid: hostileText, link: hostileUrl, title: hostileText, description: hostileText, pubDate: hostileDate }),
      { maxLength: 6 },
    ),
  })
  .map(({ build, items }) => {
    const body = items
      .map(
        (i) =>
          `<item><guid isPermaLink="false">${escapeXml(i.guid)}</guid><link>${escapeXml(i.link)}</link><title>${escapeXml(i.title)}</title><description>${escapeXml(i.description)}</description><pubDate>${escapeXml(i.pubDate)}</pubDate></item>`,
      )
      .join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Azure Status</title><lastBuildDate>${escapeXml(build)}</lastBuildDate>${body}</channel></rss>`;
  });

/** A real fixture cut short, or with a random slice replaced: the "truncated and malformed" family. */
export function mangled(original: string) {
  return fc.oneof(
    fc.nat({ max: original.length }).map((n) => original.slice(0, n)),
    fc
      .tuple(fc.nat({ max: original.length }), fc.nat({ max: 50 }), fc.string({ maxLength: 20 }))
      .map(([at, len, insert]) => original.slice(0, at) + insert + original.slice(at + len)),
  );
}

const STATUS_VALUES = ['Available', 'Operational', 'Service degradation', 'Service restored', 'Service interruption', 'Unknown', 'Bogus'];

/** status.cloud.microsoft rows with wrong types and hostile values in every field. */
export const hostileRow = fc.record(
  {
    ServiceDisplayName: fc.oneof(hostileText, fc.anything()),
    ServiceWorkloadName: fc.oneof(fc.constantFrom('Outlook.com', 'TeamsforLife', 'M365Consumer'), hostileText, fc.anything()),
    Id: fc.oneof(fc.constant(null), hostileText, fc.anything()),
    AuthoredDateTime: fc.oneof(
      fc.constant('0001-01-01T00:00:00+00:00'),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.anything(),
    ),
    LastUpdatedTime: fc.oneof(hostileText, fc.anything()),
    Title: fc.oneof(hostileText, fc.constant(null), fc.anything()),
    Message: fc.oneof(hostileText, fc.anything()),
    Status: fc.oneof(fc.constantFrom(...STATUS_VALUES), fc.anything()),
  },
  { requiredKeys: [] },
);

const GRAPH_STATUSES = ['investigating', 'serviceDegradation', 'ServiceInterruption', 'serviceRestored', 'falsePositive', 'somethingNew'];
const isoOrJunk = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  hostileDate,
  fc.anything(),
);

/** Graph service health issues with wrong types and hostile values in every field. */
export const hostileGraphIssue = fc.record(
  {
    id: fc.oneof(fc.constantFrom('EX502279', 'MO1', ''), hostileText, fc.anything()),
    title: fc.oneof(hostileText, fc.anything()),
    impactDescription: fc.oneof(hostileText, fc.anything()),
    classification: fc.oneof(fc.constantFrom('incident', 'advisory', 'Incident'), fc.anything()),
    status: fc.oneof(fc.constantFrom(...GRAPH_STATUSES), fc.anything()),
    service: fc.oneof(fc.constantFrom('Exchange Online', 'Microsoft Teams', 'SharePoint Online'), hostileText, fc.anything()),
    feature: fc.oneof(hostileText, fc.anything()),
    isResolved: fc.oneof(fc.boolean(), fc.anything()),
    startDateTime: isoOrJunk,
    endDateTime: fc.oneof(fc.constant(null), isoOrJunk),
    lastModifiedDateTime: isoOrJunk,
    posts: fc.oneof(
      fc.array(
        fc.record({
          createdDateTime: isoOrJunk,
          description: fc.oneof(fc.record({ content: hostileText, contentType: fc.constantFrom('html', 'text') }), fc.anything()),
        }),
        { maxLength: 4 },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

/** An OAuth token endpoint's answer: any JSON, or fields of every wrong type, or not JSON at all. */
export const hostileTokenResponse = fc.oneof(
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc
    .record(
      {
        token_type: fc.oneof(fc.constantFrom('Bearer', 'bearer', 'mac'), fc.anything()),
        expires_in: fc.oneof(fc.integer(), fc.constantFrom('3599', '1e309', 'NaN', -1, 0), fc.anything()),
        access_token: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('tok\r\nX-Evil: 1', 'a'.repeat(20_000)), fc.anything()),
        error: fc.oneof(fc.constantFrom('invalid_client', 'x'.repeat(100)), fc.anything()),
        error_description: fc.oneof(hostileText, fc.anything()),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  hostileText,
);

/** Deeply nested JSON, for parsers that recurse. */
export const deepJson = fc.nat({ max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
