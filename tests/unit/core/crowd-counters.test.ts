import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CrowdPartSchema, type ProbeOutcome } from '../../../src/core/engine/crowd';
import {
  type CrowdLimits,
  CrowdCounters,
  DEFAULT_CROWD_LIMITS,
  type Episode,
  firstPostedAt,
  leadTimes,
} from '../../../src/core/engine/crowd-counters';
import type { Incident } from '../../../src/core/engine/model';

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

  it('counts a reporter once in the organisation, whatever site it sends: the latest site wins', () => {
    const c = counters();
    for (const [m, site] of ['A', 'B', 'C', 'D', 'E'].entries())
      expect(c.ingest({ site, kind: 'business', outcome: 'timeout', reporter: reporter(1) }, '198.51.100.7', T0 + m * MIN)).toBe('counted');
    expect(c.size().reporters).toBe(1);
    const part = c.part(T0 + 4 * MIN);
    expect(part.sites.map((s) => s.site)).toEqual(['E']);
    expect(part.organisation[0]).toMatchObject({ enough: false, sitesReporting: 0 });
    // A move is a change: at most once a minute, and it is no new reporter for the address's budget.
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '198.51.100.7', T0 + 4 * MIN)).toBe('too-soon');
    expect(c.part(T0 + 4 * MIN).sites.map((s) => s.site)).toEqual(['E']);
  });

  it('a move to another site spends no new-reporter slot of the address', () => {
    const c = counters({ maxReportersPerAddress: 1 });
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '10.0.0.1', T0)).toBe('counted');
    expect(c.ingest({ site: 'B', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '10.0.0.1', T0 + MIN)).toBe('counted');
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(2) }, '10.0.0.1', T0 + MIN)).toBe('address-limit');
    expect(c.size().reporters).toBe(1);
  });

  it('keeps one site per reporter when restoring a state saved with the same reporter at two sites', () => {
    const c = counters();
    round(c, T0, 'A', 5, 0);
    const snapshot = c.snapshot();
    const [first] = snapshot.series;
    // As a state written before the rule could hold it: reporter 0 also at B, a minute later.
    const [hash, packed] = first!.latest[0]!;
    snapshot.series.push({ site: 'B', kind: 'business', latest: [[hash, packed + 8]], hours: [], slots: [] });
    const restored = new CrowdCounters({ k: 5, limits: DEFAULT_CROWD_LIMITS }, T0 + MIN, 'another-salt', snapshot);
    expect(restored.size().reporters).toBe(5);
    expect(restored.part(T0 + MIN).sites.map((s) => [s.site, s.enough])).toEqual([
      ['A', false],
      ['B', false],
    ]);
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

  it('publishes the short window only when the reporters outside it are none or at least k', () => {
    const c = counters();
    round(c, T0, 'A', 1, 1); // one browser, failing, that reports once
    for (let i = 0; i < 5; i++)
      c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: `A-later-${reporter(i)}` }, `10.0.1.${i}`, T0 + 6 * MIN);
    // Long window 6 (published), short window 5: 6 - 5 would be that one browser's outcome.
    expect(siteOf(c, T0 + 6 * MIN, 'A')).toMatchObject({ reporters: 6, failing: 1 });
    expect(c.current(T0 + 6 * MIN)[0]).toEqual({ site: 'A', kind: 'business', enough: false });
  });
});

describe('crowd counters: k-anonymity of the organisation', () => {
  it('leaves a site below k out of the totals, so subtracting the published sites from them gives nothing', () => {
    const c = counters();
    round(c, T0, 'Seoul', 5, 0);
    round(c, T0, 'Busan', 1, 1); // one browser, failing
    const part = c.part(T0);
    expect(part.organisation[0]).toMatchObject({ enough: true, reporters: 5, failing: 0, sitesReporting: 1 });
    expect(part.sites.find((s) => s.site === 'Busan')).toEqual({ site: 'Busan', outlook: 'business', enough: false });
  });

  it('counts the sites below k in the totals when together they reach k, and only then', () => {
    const c = counters();
    round(c, T0, 'Seoul', 5, 0);
    round(c, T0, 'Busan', 3, 3);
    round(c, T0, 'Daegu', 1, 0);
    expect(c.part(T0).organisation[0]).toMatchObject({ reporters: 5, failing: 0 });
    round(c, T0, 'Ulsan', 1, 1);
    // Busan, Daegu and Ulsan: 5 browsers together, their sum is as anonymous as a site at k.
    expect(c.part(T0).organisation[0]).toMatchObject({ reporters: 10, failing: 4 });
  });
});

describe('crowd counters: the chart history', () => {
  it("gives 10-minute points per site in the part's order, whatever order the sites first reported in", () => {
    const c = counters();
    round(c, T0, 'Seoul HQ', 10, 5);
    round(c, T0, 'Busan', 6, 0);
    round(c, T0, 'Jeju', 2, 2);
    const history = c.history(T0 + 12 * MIN);
    expect(history.map((h) => h.site)).toEqual(['Busan', 'Jeju', 'Seoul HQ']);
    expect(c.part(T0 + 12 * MIN).sites.map((s) => s.site)).toEqual(['Busan', 'Jeju', 'Seoul HQ']);
    // Minutes 1–9 in the first slot, 10–12 in the next; below k (Jeju) no point at all.
    expect(history.map((h) => h.points)).toEqual([
      [
        { at: T0, reporters: 6, failingShare: 0 },
        { at: T0 + 10 * MIN, reporters: 6, failingShare: 0 },
      ],
      [],
      [
        { at: T0, reporters: 10, failingShare: 0.5 },
        { at: T0 + 10 * MIN, reporters: 10, failingShare: 0.5 },
      ],
    ]);
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

  it('counts only sites with reporters in the window against the cap: 200 names posted once do not lock out a new site', () => {
    const c = counters({ maxSites: 200 });
    for (let i = 0; i < 200; i++)
      expect(c.ingest({ site: `junk${i}`, kind: 'business', outcome: 'ok', reporter: reporter(i) }, '203.0.113.5', T0)).toBe('counted');
    expect(c.ingest({ site: 'Daegu', kind: 'business', outcome: 'ok', reporter: reporter(900) }, '10.3.0.1', T0)).toBe('full');
    // Fifteen minutes on, every junk reporter has left the window: a real new site is counted.
    expect(c.ingest({ site: 'Daegu', kind: 'business', outcome: 'ok', reporter: reporter(900) }, '10.3.0.1', T0 + 15 * MIN)).toBe(
      'counted',
    );
    // And the junk series, with no reporters and no history that ever reached k, are gone.
    expect(c.size().sites).toBe(1);
    expect(c.part(T0 + 15 * MIN).sites.map((s) => s.site)).toEqual(['Daegu']);
  });

  it('a trickle of made-up names kept live holds off new sites, never an office whose history reached k', () => {
    const c = counters({ maxSites: 3 });
    // Seoul HQ: ten browsers in the afternoon, then they go home.
    round(c, T0, 'Seoul HQ', 10, 0);
    // junk0..junk2: one report each every 10 minutes for 14 hours, from one address.
    let t = T0 + 15 * MIN;
    for (; t < T0 + 14 * 60 * MIN; t += 10 * MIN)
      for (let i = 0; i < 3; i++)
        expect(c.ingest({ site: `junk${i}`, kind: 'business', outcome: 'ok', reporter: reporter(i) }, '203.0.113.5', t)).toBe('counted');
    // The next morning Seoul HQ is counted; a name never heard before is still refused while the trickle lasts.
    expect(c.ingest({ site: 'Seoul HQ', kind: 'business', outcome: 'ok', reporter: 'seoul-morning' }, '10.1.0.99', t)).toBe('counted');
    expect(c.ingest({ site: 'Seoul HQ', kind: 'consumer', outcome: 'ok', reporter: 'seoul-morning' }, '10.1.0.99', t)).toBe('counted');
    expect(c.ingest({ site: 'Daegu', kind: 'business', outcome: 'ok', reporter: reporter(900) }, '10.3.0.1', t)).toBe('full');
    // The junk names never reached k, so they earn no exemption: once the trickle stops, a new site counts.
    expect(c.ingest({ site: 'Daegu', kind: 'business', outcome: 'ok', reporter: reporter(900) }, '10.3.0.1', t + 15 * MIN)).toBe('counted');
  });

  it('keeps a site without reporters for its history when it reached k, up to maxSites more, the oldest dropped first', () => {
    const c = counters({ maxSites: 2 });
    round(c, T0, 'Seoul', 5, 0);
    round(c, T0 + 60 * MIN, 'Busan', 5, 0);
    // Both have left the window; their baselines stay.
    const later = T0 + 2 * 60 * MIN;
    round(c, later, 'Daegu', 5, 0);
    round(c, later, 'Ulsan', 5, 0);
    expect(c.size().sites).toBe(4);
    expect(c.ingest({ site: 'Jeju', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '10.9.0.1', later)).toBe('full');
    // Once Daegu and Ulsan have left too, a fifth site makes room by dropping the oldest history: Seoul's.
    round(c, later + 15 * MIN, 'Jeju', 5, 0);
    expect(c.history(later + 15 * MIN).map((h) => h.site)).toEqual(['Busan', 'Daegu', 'Jeju', 'Ulsan']);
  });

  it('forgets an address once its 15-minute window has passed', () => {
    const c = counters({ maxReportersPerAddress: 1 });
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '10.20.30.40', T0)).toBe('counted');
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(2) }, '10.20.30.40', T0 + 14 * MIN)).toBe(
      'address-limit',
    );
    c.part(T0 + 14 * MIN);
    expect(c.size().addresses).toBe(1);
    c.part(T0 + 15 * MIN);
    expect(c.size().addresses).toBe(0);
    expect(c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(2) }, '10.20.30.40', T0 + 15 * MIN)).toBe('counted');
  });

  it('keys an address only under the salt: the same address under another salt has another key', () => {
    const keys = (salt: string) => {
      const c = new CrowdCounters({ k: 5, limits: DEFAULT_CROWD_LIMITS }, T0, salt);
      c.ingest({ site: 'A', kind: 'business', outcome: 'ok', reporter: reporter(1) }, '10.20.30.40', T0);
      return [...(c as unknown as { addresses: Map<string, unknown> }).addresses.keys()];
    };
    const [a] = keys('salt-one');
    const [b] = keys('salt-two');
    expect(a).toBeDefined();
    // No part of the key is the same without the salt (the unsalted half was the IP's 53-bit hash).
    expect(a!.slice(0, 6)).not.toBe(b!.slice(0, 6));
    expect(a!.slice(-6)).not.toBe(b!.slice(-6));
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

/**
 * Microsoft's incidents for the lead-time rule. COMPOSED, not captured: shaped like the 29 Oct 2025 Azure
 * Front Door post ("Starting at approximately 16:00 UTC"; first post held 16:57), wording our own.
 */
function posted(id: string, services: Incident['services'], updates: string[], extra: Partial<Incident> = {}): Incident {
  return {
    id: `azure-rss:${id}`,
    source: 'azure-rss',
    title: `Composed incident ${id}`,
    severity: 'outage',
    phase: 'investigating',
    services,
    regions: ['global'],
    startedAt: '2025-10-29T16:00:00.000Z',
    updatedAt: updates.at(-1) ?? '2025-10-29T18:00:00.000Z',
    summary: 'Composed for a test.',
    updates: updates.map((at) => ({ at, text: 'Composed update.' })),
    ...extra,
  };
}

const RUN_FROM = Date.parse('2025-10-29T16:05:00.000Z');
const orgRun = (from = RUN_FROM, kind: Episode['kind'] = 'business'): Episode => ({ site: null, kind, from, to: from + 90 * MIN });

describe('lead time over Microsoft', () => {
  it("is Microsoft's first post minus the start of the organisation's failing run", () => {
    // Updates out of order on purpose: the earliest is the first post, not the first listed nor startedAt.
    const frontDoor = posted('afd', ['exchange'], ['2025-10-29T17:40:00.000Z', '2025-10-29T16:57:00.000Z']);
    const [lead, ...rest] = leadTimes([orgRun()], [frontDoor]);
    expect(rest).toEqual([]);
    expect(lead).toEqual({
      run: orgRun(),
      incidentId: 'azure-rss:afd',
      title: 'Composed incident afd',
      postedAt: Date.parse('2025-10-29T16:57:00.000Z'),
      leadMs: 52 * MIN,
    });
  });

  it('falls back to the last update time for an incident without updates', () => {
    const bare = posted('bare', ['exchange'], [], { updatedAt: '2025-10-29T16:20:00.000Z' });
    expect(firstPostedAt(bare)).toBe(Date.parse('2025-10-29T16:20:00.000Z'));
    expect(leadTimes([orgRun()], [bare])[0]?.leadMs).toBe(15 * MIN);
  });

  it('counts a post up to 15 minutes before the run as the same event, with a negative lead; earlier or 6 h later, none', () => {
    const before = posted('before', ['exchange'], ['2025-10-29T15:55:00.000Z']);
    expect(leadTimes([orgRun()], [before])[0]?.leadMs).toBe(-10 * MIN);
    expect(leadTimes([orgRun()], [posted('edge', ['exchange'], ['2025-10-29T15:50:00.000Z'])])[0]?.leadMs).toBe(-15 * MIN);
    expect(leadTimes([orgRun()], [posted('older', ['exchange'], ['2025-10-29T15:49:00.000Z'])])).toEqual([]);
    expect(leadTimes([orgRun()], [posted('late', ['exchange'], ['2025-10-29T22:05:00.000Z'])])[0]?.leadMs).toBe(360 * MIN);
    expect(leadTimes([orgRun()], [posted('later', ['exchange'], ['2025-10-29T22:06:00.000Z'])])).toEqual([]);
  });

  it("matches only incidents on the run's Outlook, and the earliest post among them", () => {
    const teams = posted('teams', ['teams'], ['2025-10-29T16:10:00.000Z']);
    const consumer = posted('consumer', ['outlook'], ['2025-10-29T16:20:00.000Z']);
    const exchangeLate = posted('exchange-late', ['exchange'], ['2025-10-29T17:30:00.000Z']);
    const m365 = posted('m365', ['m365'], ['2025-10-29T16:45:00.000Z']);
    const incidents = [teams, consumer, exchangeLate, m365];
    expect(leadTimes([orgRun()], incidents).map((l) => [l.incidentId, l.leadMs / MIN])).toEqual([['azure-rss:m365', 40]]);
    expect(leadTimes([orgRun(RUN_FROM, 'consumer')], incidents).map((l) => [l.incidentId, l.leadMs / MIN])).toEqual([
      ['azure-rss:consumer', 15],
    ]);
  });

  it('has nothing without an organisation-wide run, or without a matching incident', () => {
    const frontDoor = posted('afd', ['exchange'], ['2025-10-29T16:57:00.000Z']);
    expect(leadTimes([], [frontDoor])).toEqual([]);
    expect(leadTimes([{ site: 'Seoul HQ', kind: 'business', from: RUN_FROM }], [frontDoor])).toEqual([]);
    expect(leadTimes([orgRun()], [])).toEqual([]);
  });

  it('takes the runs the counters record across several sites: one lead for the organisation, none per site', () => {
    const c = counters();
    for (const site of ['Seoul HQ', 'Busan', 'Daejeon']) round(c, RUN_FROM - 6 * MIN, site, 10, 0);
    for (const site of ['Seoul HQ', 'Busan', 'Daejeon']) round(c, RUN_FROM - MIN, site, 10, 9);
    c.part(RUN_FROM);
    expect(c.failingRuns().map((r) => r.site)).toEqual(['Seoul HQ', 'Busan', 'Daejeon', null]);
    const leads = leadTimes(c.failingRuns(), [posted('afd', ['exchange'], ['2025-10-29T16:57:00.000Z'])]);
    expect(leads.map((l) => [l.run.site, l.run.from, l.leadMs / MIN])).toEqual([[null, RUN_FROM, 52]]);
  });

  it('credits an incident to the first run only when the crowd flaps, and a second incident to the next run', () => {
    const flap = orgRun(RUN_FROM + 30 * MIN);
    const frontDoor = posted('afd', ['exchange'], ['2025-10-29T16:57:00.000Z']);
    const next = posted('next', ['exchange'], ['2025-10-29T16:58:00.000Z']);
    expect(leadTimes([orgRun(), flap], [frontDoor]).map((l) => l.run.from)).toEqual([RUN_FROM]);
    expect(leadTimes([orgRun(), flap], [frontDoor, next]).map((l) => [l.run.from, l.incidentId])).toEqual([
      [RUN_FROM, 'azure-rss:afd'],
      [flap.from, 'azure-rss:next'],
    ]);
    // Each Outlook kind's run is credited on its own: an incident on both counts for both.
    const both = posted('m365', ['m365'], ['2025-10-29T16:57:00.000Z']);
    expect(leadTimes([orgRun(), orgRun(RUN_FROM, 'consumer')], [both]).map((l) => l.run.kind)).toEqual(['business', 'consumer']);
  });
});
