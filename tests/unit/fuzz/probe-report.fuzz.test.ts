// @vitest-environment node
/**
 * The aggregator's report parser and POST /v1/probes under hostile input: every body is either counted as
 * exactly what the schema allows, or refused with a 4xx that changes no counter. Never a 5xx, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../aggregator/config';
import { countedReport, parseReport } from '../../../aggregator/crowd';
import { createAggregator } from '../../../aggregator/handler';
import { LATENCY_BUCKETS, MAX_REPORT_BYTES, PROBE_OUTCOMES } from '../../../src/core/engine/crowd';
import { FUZZ, HOSTILE_SNIPPETS, hostileText, mangled } from './arbitraries';

const TOKEN = 'fuzz-bearer-token-0123456789abcdef';
const VALID = JSON.stringify({
  v: 1,
  reporter: 'AbCdEfGhIjKlMnOpQr',
  host: 'outlook.office.com',
  outcome: 'timeout',
  latency: '>10s',
  site: 'Seoul HQ',
  version: '0.2.0',
});

const hostileValue = fc.oneof(
  hostileText,
  fc.constantFrom(...HOSTILE_SNIPPETS),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constantFrom(...PROBE_OUTCOMES, ...LATENCY_BUCKETS, 'outlook.live.com', 'outlook.office365.com', 'Busan', '__proto__'),
);

/** A report with each field either valid or hostile, sometimes an extra field, sometimes one missing. */
const hostileReport = fc
  .record({
    v: fc.oneof(fc.constant(1), hostileValue),
    reporter: fc.oneof(fc.constant('AbCdEfGhIjKlMnOpQr'), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/), hostileValue),
    host: fc.oneof(fc.constant('outlook.office.com'), hostileValue),
    outcome: fc.oneof(fc.constantFrom(...PROBE_OUTCOMES), hostileValue),
    latency: fc.oneof(fc.constantFrom(...LATENCY_BUCKETS), hostileValue),
    site: fc.option(fc.oneof(fc.constant('Seoul HQ'), hostileValue), { nil: undefined }),
    version: fc.oneof(fc.constant('0.2.0'), hostileValue),
    manual: fc.option(fc.oneof(fc.constant(true), hostileValue), { nil: undefined }),
    extra: fc.option(fc.tuple(fc.constantFrom('user', 'mailbox', 'ip', 'constructor', '__proto__'), hostileValue), { nil: undefined }),
  })
  .map(({ extra, ...fields }) => {
    const out: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (extra) out[extra[0]] = extra[1];
    return JSON.stringify(out);
  });

const anyBody = fc.oneof(hostileReport, mangled(VALID), fc.string({ maxLength: 400 }), fc.constantFrom(...HOSTILE_SNIPPETS));

describe('fuzz: the probe report parser', () => {
  it('returns a report within the schema, or a short error; never throws', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const parsed = parseReport(body);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          expect(parsed.error.length).toBeLessThan(120);
          return;
        }
        const r = parsed.report;
        expect(Object.keys(r).every((k) => ['v', 'reporter', 'host', 'outcome', 'latency', 'site', 'version', 'manual'].includes(k))).toBe(
          true,
        );
        expect(PROBE_OUTCOMES).toContain(r.outcome);
        const counted = countedReport(r, { k: 5, networks: [], limits: {} as never, persistSeconds: 60 }, undefined);
        expect(['business', 'consumer']).toContain(counted.kind);
        expect(counted.site).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,31}$/u);
      }),
      FUZZ,
    );
  });
});

describe('fuzz: POST /v1/probes', () => {
  it('answers 200 or a 4xx, and counts a reporter only for a 200', async () => {
    const { config } = configFromEnv({ AGGREGATOR_TOKEN: TOKEN, AGGREGATOR_DISABLED_SOURCES: 'azure-rss,m365-consumer,azure-summary' });
    const handler = createAggregator(config, { fetch: async () => new Response('{}', { status: 503 }) });
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(anyBody, fc.integer({ min: 0, max: 2 }), async (body, extraBytes) => {
        const before = handler.crowd!.counters.size().reporters;
        const res = await handler(
          new Request('http://localhost/v1/probes', {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: body + ' '.repeat(extraBytes * MAX_REPORT_BYTES),
          }),
          { address: `10.0.${counted % 250}.1` },
        );
        expect(res.status === 200 || (res.status >= 400 && res.status < 500)).toBe(true);
        const after = handler.crowd!.counters.size().reporters;
        if (res.status === 200) counted++;
        else expect(after).toBe(before);
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 300) },
    );
  }, 60_000);
});
