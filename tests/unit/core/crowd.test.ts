import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  crowdFailing,
  latencyBucket,
  MAX_REPORT_BYTES,
  ProbeReportSchema,
  type ProbeReport,
  wilsonInterval,
} from '../../../src/core/engine/crowd';
import { validateStatusDocument } from '../../../src/core/engine/model';

const report: ProbeReport = {
  v: 1,
  reporter: 'q3X-9aZk_2mPq7Lr',
  host: 'outlook.office.com',
  outcome: 'server-error',
  latency: '<0.5s',
  site: 'Seoul HQ',
  version: '0.2.0',
};

describe('a probe report', () => {
  it('accepts what the worker sends', () => {
    expect(v.safeParse(ProbeReportSchema, report).success).toBe(true);
    expect(v.safeParse(ProbeReportSchema, { ...report, site: '서울 본사', manual: true }).success).toBe(true);
  });

  it.each([
    ['a URL path', { host: 'outlook.office.com/mail/inbox' }],
    ['a host that is not Outlook', { host: 'example.com' }],
    ['a user name', { user: 'kim@contoso.com' }],
    ['an address', { ip: '10.1.2.3' }],
    ['an unknown outcome', { outcome: 'fine' }],
    ['a short reporter id', { reporter: 'abc' }],
    ['markup in the site', { site: '<b>HQ</b>' }],
    ['a manual flag that is not true', { manual: false }],
    ['another schema version', { v: 2 }],
  ])('refuses %s', (_what, change) => {
    expect(v.safeParse(ProbeReportSchema, { ...report, ...change }).success).toBe(false);
  });

  it('fits in the size limit at its largest', () => {
    const largest = { ...report, reporter: 'x'.repeat(32), site: '가'.repeat(32), version: '9999.99999.99999.99999', manual: true };
    expect(v.safeParse(ProbeReportSchema, largest).success).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(largest)).length).toBeLessThanOrEqual(MAX_REPORT_BYTES);
  });
});

describe('latency buckets', () => {
  it.each([
    [undefined, 'none'],
    [-1, 'none'],
    [120, '<0.5s'],
    [500, '0.5-1s'],
    [2_999, '1-3s'],
    [3_000, '3-10s'],
    [10_000, '>10s'],
  ] as const)('%s ms is %s', (ms, bucket) => expect(latencyBucket(ms)).toBe(bucket));
});

describe('the Wilson interval and the failing rule', () => {
  it('is wide for few reporters and narrow for many', () => {
    const few = wilsonInterval(3, 5);
    const many = wilsonInterval(600, 1000);
    expect(few.lower).toBeLessThan(0.25);
    expect(few.upper).toBeGreaterThan(0.85);
    expect(many.lower).toBeGreaterThan(0.56);
    expect(many.upper).toBeLessThan(0.64);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });

  it('calls a group failing only with enough reporters, clearly above its usual share', () => {
    const at = (failing: number, reporters: number, baselineShare = 0) => ({
      enough: reporters >= 5,
      baselineShare,
      ...wilsonInterval(failing, reporters),
    });
    expect(crowdFailing(at(24, 38))).toBe(true);
    expect(crowdFailing(at(3, 4))).toBe(false);
    expect(crowdFailing(at(2, 40))).toBe(false);
    expect(crowdFailing(at(24, 38, 0.4))).toBe(false);
  });
});

describe('the crowd part of a status document', () => {
  const document = { schema: 1, generatedAt: '2025-10-29T16:10:00Z', sources: [], incidents: [] };

  it('is optional, and validated when present', () => {
    expect(validateStatusDocument(document).ok).toBe(true);
    const crowd = {
      schema: 1,
      generatedAt: '2025-10-29T16:10:00Z',
      windowMinutes: 5,
      k: 5,
      sites: [{ site: 'Seoul HQ', outlook: 'business', enough: false }],
      organisation: [{ outlook: 'business', enough: true, reporters: 41, failing: 30, sitesReporting: 4, sitesFailing: 3 }],
    };
    expect(validateStatusDocument({ ...document, crowd }).ok).toBe(true);
    expect(validateStatusDocument({ ...document, crowd: { ...crowd, k: 1 } }).ok).toBe(false);
    expect(
      validateStatusDocument({ ...document, crowd: { ...crowd, sites: [{ site: '<x>', outlook: 'business', enough: false }] } }).ok,
    ).toBe(false);
  });
});
