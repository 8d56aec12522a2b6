import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CrowdPartSchema, type ProbeOutcome } from '../../../src/core/engine/crowd';
import { type CrowdLimits, CrowdCounters, DEFAULT_CROWD_LIMITS } from '../../../src/core/engine/crowd-counters';

const T0 = Date.parse('2025-10-29T15:00:00.000Z');
const MIN = 60_000;

function counters(limits: Partial<CrowdLimits> = {}, k = 5, now = T0): CrowdCounters {
  return new CrowdCounters({ k, limits: { ...DEFAULT_CROWD_LIMITS, ...limits } }, now, 'salt-for-tests');
}

function reporter(i: number): string {
  return `reporter-${String(i).padStart(8, '0')}`;
}

/** n browsers at a site, `failing` of them failing, each from its own address. */
function round(c: CrowdCounters, at: number, site: string, n: number, failing: number, outcome: ProbeOutcome = 'server-error'): void {
  for (let i = 0; i < n; i++) {
    const result = c.ingest(
      { site, kind: 'business', outcome: i < failing ? outcome : 'ok', reporter: `${site}-${reporter(i)}` },
      `10.0.0.${i}`,
      at,
    );
    expect(result).toBe('counted');
  }
}

function siteOf(c: CrowdCounters, at: number, site: string) {
  const part = c.part(at);
  expect(v.safeParse(CrowdPartSchema, part).success).toBe(true);
  return part.sites.find((s) => s.site === site && s.outlook === 'business');
}

describe('crowd counters: k', () => {
  it('publishes nothing but "not enough" below k distinct reporters', () => {
    const c = counters();
    round(c, T0, 'Seoul HQ', 4, 4);
    expect(siteOf(c, T0, 'Seoul HQ')).toEqual({ site: 'Seoul HQ', outlook: 'business', enough: false });
    expect(c.part(T0).organisation[0]).toMatchObject({ enough: false, sitesReporting: 0, sitesFailing: 0 });
    expect(c.part(T0).organisation[0]?.reporters).toBeUndefined();
  });

  it('counts a reporter once, however often it reports in the window', () => {
    const c = counters();
    for (let m = 0; m < 10; m++)
      c.ingest({ site: 'Busan', kind: 'business', outcome: 'timeout', reporter: reporter(1) }, '10.0.0.1', T0 + m * MIN);
    expect(siteOf(c, T0 + 9 * MIN, 'Busan')).toEqual({ site: 'Busan', outlook: 'business', enough: false });
  });

  it('publishes reporters, failing share and the Wilson interval from k on', () => {
    const c = counters({}, 5);
    round(c, T0, 'Seoul HQ', 10, 8);
    const site = siteOf(c, T0, 'Seoul HQ')!;
    expect(site).toMatchObject({ enough: true, reporters: 10, failing: 8, failingShare: 0.8 });
    expect(site.lower).toBeCloseTo(0.49, 2);
    expect(site.upper).toBeCloseTo(0.943, 2);
  });

  it('honours a configured k', () => {
    const c = counters({}, 20);
    round(c, T0, 'Seoul HQ', 19, 0);
    expect(siteOf(c, T0, 'Seoul HQ')!.enough).toBe(false);
  });
});

describe('crowd counters: sliding windows across time', () => {
  it('keeps a reporter for 15 minutes after its last report, then forgets it', () => {
    const c = counters();
    round(c, T0, 'Seoul HQ', 6, 6);
    expect(siteOf(c, T0 + 14 * MIN, 'Seoul HQ')!.reporters).toBe(6);
    expect(siteOf(c, T0 + 15 * MIN, 'Seoul HQ')).toBeUndefined();
    expect(c.size().reporters).toBe(0);
  });

  it('counts each reporter by its latest outcome', () => {
    const c = counters();
    round(c, T0, 'Seoul HQ', 10, 10);
    round(c, T0 + 2 * MIN, 'Seoul HQ', 10, 0);
    expect(siteOf(c, T0 + 2 * MIN, 'Seoul HQ')).toMatchObject({ reporters: 10, failing: 0 });
  });

  it('slides: an early group falls out while a later one stays', () => {
    const c = counters();
    round(c, T0, 'A', 5, 5);
    round(c, T0 + 10 * MIN, 'B', 5, 0);
    const at = T0 + 16 * MIN;
    expect(siteOf(c, at, 'A')).toBeUndefined();
    expect(siteOf(c, at, 'B')).toMatchObject({ reporters: 5 });
  });

  it('the short window counts only the last 5 minutes', () => {
    const c = counters();
    round(c, T0, 'A', 6, 0);
    expect(c.current(T0 + 4 * MIN)[0]).toMatchObject({ enough: true, reporters: 6 });
    expect(c.current(T0 + 5 * MIN)[0]).toMatchObject({ enough: false });
  });
});

describe('crowd counters: since and baseline', () => {
  it('marks when a failing run began, per site and for the organisation, and closes it', () => {
    const c = counters();
    round(c, T0, 'Seoul HQ', 10, 0);
    round(c, T0 + 5 * MIN, 'Seoul HQ', 10, 9);
    expect(siteOf(c, T0 + 5 * MIN, 'Seoul HQ')!.since).toBeUndefined();
    const at = T0 + 6 * MIN;
    expect(siteOf(c, at, 'Seoul HQ')!.since).toBe(new Date(at).toISOString());
    expect(c.part(at).organisation[0]).toMatchObject({ since: new Date(at).toISOString(), sitesReporting: 1, sitesFailing: 1 });
    round(c, T0 + 8 * MIN, 'Seoul HQ', 10, 0);
    expect(siteOf(c, T0 + 9 * MIN, 'Seoul HQ')!.since).toBeUndefined();
    expect(c.failingRuns()).toEqual([
      { site: 'Seoul HQ', kind: 'business', from: at, to: T0 + 9 * MIN },
      { site: null, kind: 'business', from: at, to: T0 + 9 * MIN },
    ]);
  });

  it('learns the usual failing share hour by hour, and a site failing at its usual rate is not failing', () => {
    const c = counters();
    // Three hours in which 3 of 10 browsers always fail (a flaky office).
    for (let m = 0; m < 180; m += 5) round(c, T0 + m * MIN, 'Flaky', 10, 3);
    const at = T0 + 180 * MIN;
    round(c, at, 'Flaky', 10, 3);
    const site = siteOf(c, at, 'Flaky')!;
    expect(site.baselineShare).toBeCloseTo(0.3, 5);
    expect(site.since).toBeUndefined();
  });

  it('keeps the baseline for 7 days only', () => {
    const c = counters();
    round(c, T0, 'A', 5, 1);
    expect(siteOf(c, T0 + 61 * MIN, 'A')).toBeUndefined();
    const snapshot = c.snapshot();
    expect(snapshot.series[0]!.hours.length).toBe(1);
    c.part(T0 + 8 * 24 * 60 * MIN);
    expect(c.snapshot().series).toEqual([]);
  });
});

describe('crowd counters: bounds and rate limits', () => {
  it('lets a reporter change its outcome at most once a minute', () => {
    const c = counters();
    const report = { site: 'A', kind: 'business' as const, outcome: 'ok' as const, reporter: reporter(1) };
    expect(c.ingest(report, '10.0.0.1', T0)).toBe('counted');
    expect(c.ingest({ ...report, outcome: 'timeout' }, '10.0.0.1', T0 + 30_000)).toBe('too-soon');
    expect(c.ingest({ ...report, outcome: 'timeout' }, '10.0.0.1', T0 + MIN)).toBe('counted');
  });

  it('caps new reporters per address per window, and reports per address per minute', () => {
    const c = counters({ maxReportersPerAddress: 3, maxReportsPerAddressPerMinute: 4 });
    const results = Array.from({ length: 5 }, (_, i) =>
      c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(i) }, '192.0.2.7', T0),
    );
    expect(results).toEqual(['counted', 'counted', 'counted', 'address-limit', 'address-limit']);
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(9) }, '192.0.2.8', T0)).toBe('counted');
  });

  it('caps sites, reporters per site and tracked addresses: a flood does not grow memory', () => {
    const c = counters({ maxSites: 3, maxReportersPerSite: 50, maxAddresses: 100, maxReportersPerAddress: 1_000_000 });
    let refused = 0;
    for (let i = 0; i < 2_000; i++) {
      const r = c.ingest({ site: `site ${i % 7}`, kind: 'business', outcome: 'ok', reporter: reporter(i) }, `10.1.${i % 250}.1`, T0);
      if (r !== 'counted') refused++;
    }
    const size = c.size();
    expect(size.sites).toBe(3);
    expect(size.reporters).toBeLessThanOrEqual(150);
    expect(size.addresses).toBeLessThanOrEqual(100);
    expect(refused).toBeGreaterThan(1_800);
  });

  it('keeps no address and no reporter id in what it persists', () => {
    const c = counters();
    c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: 'AbCdEfGhIjKlMnOpQrSt' }, '203.0.113.9', T0);
    const text = JSON.stringify(c.snapshot());
    expect(text).not.toContain('203.0.113.9');
    expect(text).not.toContain('AbCdEfGhIjKlMnOpQrSt');
  });
});

describe('crowd counters: restart', () => {
  it('restores the windows, the baseline and the run from a snapshot, and still knows its reporters', () => {
    const c = counters();
    round(c, T0, 'A', 10, 0);
    round(c, T0 + 5 * MIN, 'A', 10, 10);
    c.part(T0 + 6 * MIN);
    const restored = new CrowdCounters(
      { k: 5, limits: DEFAULT_CROWD_LIMITS },
      T0 + 6 * MIN,
      'another-salt',
      JSON.parse(JSON.stringify(c.snapshot())),
    );
    expect(restored.part(T0 + 6 * MIN)).toEqual(c.part(T0 + 6 * MIN));
    expect(restored.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: `A-${reporter(0)}` }, '10.0.0.0', T0 + 6 * MIN)).toBe(
      'counted',
    );
    expect(siteOf(restored, T0 + 6 * MIN + 1_000, 'A')).toMatchObject({ reporters: 10, failing: 9 });
  });

  it('starts empty from a corrupted snapshot', () => {
    const bad = { v: 1, salt: 'x', minute: 'soon', series: 'many' } as unknown as ConstructorParameters<typeof CrowdCounters>[3];
    const c = new CrowdCounters({ k: 5, limits: DEFAULT_CROWD_LIMITS }, T0, 'x', bad);
    expect(c.part(T0).sites).toEqual([]);
  });
});
