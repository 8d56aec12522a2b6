import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { aggregate } from '../../../src/core/engine/aggregate';
import { assess } from '../../../src/core/extension/assess';
import { DEFAULT_WATCHED_SERVICES } from '../../../src/core/engine/catalog';
import { validateIncident, validateStatusDocument, type Incident } from '../../../src/core/engine/model';
import { parseAzureRss } from '../../../src/core/engine/sources/azure-rss';
import { parseAdminCenter, parseAzureSummary, parseM365Consumer } from '../../../src/core/engine/sources/cloud-status';
import { parseGraphIssues, parseGraphIssuesBody } from '../../../src/core/engine/sources/graph';
import { parseStatusDocumentBody } from '../../../src/core/engine/sources/status-document';
import { createGraphClient } from '../../../aggregator/graph-client';
import { FetchFailure } from '../../../src/core/engine/fetch-body';
import { SourceFormatError, type ParsedSource } from '../../../src/core/engine/sources/types';
import { fixture } from '../../../harness/fixtures';
import { deepJson, FUZZ, hostileGraphIssue, hostileRow, hostileRss, hostileText, hostileTokenResponse, mangled } from './arbitraries';

const AT = '2023-01-25T08:15:00.000Z';
const TRUSTED_LINK = /^https:\/\/(([a-z0-9-]+\.)*(microsoft\.com|status\.microsoft|cloud\.microsoft)|portal\.azure\.com)\//;

type Adapter = (body: string) => ParsedSource;
const ADAPTERS: [string, Adapter, string][] = [
  ['Azure RSS', (b) => parseAzureRss(b), 'azure-rss-incident.xml'],
  ['m365Consumer', (b) => parseM365Consumer(b, AT), 'm365-consumer-incident.json'],
  ['Azure summary', (b) => parseAzureSummary(b, AT), 'azure-summary-incident.json'],
  ['admin center', (b) => parseAdminCenter(b, AT), 'mac-degraded.json'],
  ['aggregator document', parseStatusDocumentBody, 'm365-consumer-ok.json'],
  ['Graph issues', (b) => parseGraphIssuesBody(b, AT), 'graph-issues.json'],
];

/** The adapter boundary: a result whose incidents all validate, or a SourceFormatError — nothing else. */
function checkBoundary(adapter: Adapter, body: string): void {
  let parsed: ParsedSource;
  try {
    parsed = adapter(body);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceFormatError);
    expect((e as Error).message.length).toBeGreaterThan(0);
    return;
  }
  for (const incident of parsed.incidents) checkIncident(incident);
}

function checkIncident(incident: Incident): void {
  const checked = validateIncident(incident);
  expect(checked.ok ? 'valid' : checked.error).toBe('valid');
  for (const text of [incident.title, incident.summary, ...incident.updates.map((u) => u.text)]) {
    expect(text).not.toMatch(/[<>]/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check is that no NUL survives.
    expect(text).not.toMatch(/[\u202a-\u202e\u200b\u0000]/);
  }
  if (incident.url !== undefined) expect(incident.url).toMatch(TRUSTED_LINK);
}

// Thousands of generated cases per property take seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000 });

const config = { seed: FUZZ.seed, numRuns: FUZZ.numRuns };

describe.each(ADAPTERS)('%s adapter under fuzzing', (_name, adapter, fixtureName) => {
  it('arbitrary text never escapes the adapter boundary', () => {
    fc.assert(
      fc.property(hostileText, (body) => checkBoundary(adapter, body)),
      config,
    );
  });

  it('truncated and mangled real fixtures never escape the boundary', () => {
    fc.assert(
      fc.property(mangled(fixture(fixtureName)), (body) => checkBoundary(adapter, body)),
      config,
    );
  });

  it('deep nesting is refused cleanly', () => {
    fc.assert(
      fc.property(deepJson, (body) => checkBoundary(adapter, body)),
      { ...config, numRuns: Math.min(config.numRuns, 200) },
    );
  });
});

describe('hostile but well-formed payloads', () => {
  it('RSS with markup, script links, bidi tricks and absurd dates in every field', () => {
    fc.assert(
      fc.property(hostileRss, (body) => checkBoundary((b) => parseAzureRss(b), body)),
      config,
    );
  });

  it('status.cloud.microsoft rows with wrong types in every field', () => {
    fc.assert(
      fc.property(fc.array(hostileRow, { maxLength: 12 }), (rows) => checkBoundary((b) => parseM365Consumer(b, AT), JSON.stringify(rows))),
      config,
    );
  });

  it('single posts with wrong types in every field', () => {
    fc.assert(
      fc.property(hostileRow, (row) => checkBoundary((b) => parseAdminCenter(b, AT), JSON.stringify(row))),
      config,
    );
  });

  it('Graph issues with wrong types in every field, over several pages', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileGraphIssue, { maxLength: 8 }), { minLength: 1, maxLength: 3 }), (pages) =>
        checkBoundary(
          () =>
            parseGraphIssues(
              pages.map((value) => ({ value })),
              AT,
            ),
          '',
        ),
      ),
      { ...config, numRuns: Math.min(config.numRuns, 300) },
    );
  });

  it('huge Graph pages are refused whole, never half-read', () => {
    const issue = (JSON.parse(fixture('graph-issues.json')) as { value: unknown[] }).value[0];
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (count) =>
        checkBoundary(() => parseGraphIssues([{ value: Array(count).fill(issue) }], AT), ''),
      ),
      { ...config, numRuns: 5 },
    );
  });

  it('schema validation never throws and rejects whatever is not a document', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validateStatusDocument(value).ok).toBe(false);
      }),
      config,
    );
  });

  it('duplicate ids across items collapse to one incident', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), (copies) => {
        const item = fixture('azure-rss-incident.xml').match(/<item>[\s\S]*<\/item>/)![0];
        const body = fixture('azure-rss-empty.xml').replace('</channel>', `${item.repeat(copies)}</channel>`);
        expect(parseAzureRss(body).incidents).toHaveLength(1);
      }),
      { ...config, numRuns: 20 },
    );
  });
});

describe('what could not be understood can never be green', () => {
  const quiet = (): ParsedSource => ({ incidents: [], asOf: AT });
  const REACHABLE = { reachable: true, slow: false, at: AT, consecutiveProblems: 0 };

  it('any source failing to parse keeps the level off "ok", whatever the others say', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ADAPTERS), hostileText, fc.subarray(['a', 'b', 'c']), ([, adapter], body, healthyOthers) => {
        let failed: { error: string } | { result: ParsedSource };
        try {
          failed = { result: adapter(body) };
        } catch (e) {
          failed = { error: (e as Error).message };
        }
        fc.pre('error' in failed);
        const outcomes = [
          { id: 'fuzzed', url: 'https://example.test/', fetchedAt: AT, ...failed },
          ...healthyOthers.map((id) => ({ id, url: 'https://example.test/', fetchedAt: AT, result: quiet() })),
        ];
        const document = aggregate(outcomes, AT);
        const verdict = assess({
          document,
          probe: REACHABLE,
          watch: { services: DEFAULT_WATCHED_SERVICES, regions: [] },
          now: AT,
          online: true,
        });
        expect(verdict.level).not.toBe('ok');
      }),
      config,
    );
  });
});

describe('the token endpoint under fuzzing', () => {
  const SECRET = 'Xq8~s3cr3t.V4lu3_ThatMustNeverLeak~abc';
  const settings = { tenantId: 'contoso.onmicrosoft.com', clientId: '11111111-2222-3333-4444-555555555555', clientSecret: SECRET };

  it('any answer from the token endpoint is a usable token or a clean failure that leaks nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTokenResponse, fc.constantFrom(200, 400, 401, 500), async (body, status) => {
        const fetchFn = (async (input: RequestInfo | URL) => {
          const url = String(input);
          if (url.includes('/oauth2/')) return new Response(body, { status, headers: { 'content-type': 'application/json' } });
          return new Response('{"value":[]}', { headers: { 'content-type': 'application/json' } });
        }) as typeof fetch;
        const client = createGraphClient(settings, { fetch: fetchFn, now: () => Date.parse(AT) });
        try {
          const pages = await client.fetchIssuePages();
          expect(pages).toEqual([{ value: [] }]);
        } catch (e) {
          expect(e).toBeInstanceOf(FetchFailure);
          const message = (e as Error).message;
          expect(message).not.toContain(SECRET);
          expect(message.length).toBeLessThan(300);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: no line break or control character may reach a log line.
          expect(message).not.toMatch(/[\u0000-\u001f]/);
        }
      }),
      { ...config, numRuns: Math.min(config.numRuns, 300) },
    );
  });
});
