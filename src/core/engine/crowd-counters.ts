/**
 * The aggregator's crowd counters (issue 17): what is kept of the probe reports, and the `crowd` part built
 * from it. Pure and clock-driven (the host passes `now`), so Node keeps it in memory and the Durable Object
 * persists its `snapshot()`; both run the same rules.
 *
 * What is kept, and for how long:
 * - per site × Outlook kind, each reporter's latest outcome and the minute it came, under a salted hash of
 *   its (already random, daily rotating) id, only while it is inside the longest window (15 minutes); a
 *   reporter is held at one site only (its latest report's), so it counts once in the organisation;
 * - per site × kind, the window's reporter and failing counts summed per hour (7 days, the baseline) and per
 *   10 minutes (24 hours, the dashboard's chart), and when each failing run began and ended (7 days);
 * - per source address, in memory only and never persisted, a salted hash with this minute's and this
 *   window's counts, for rate limiting, until its 15-minute window has passed. No address, host, version or
 *   latency survives the report.
 * Every collection has a cap, so a flood cannot grow memory or storage without bound.
 */
import {
  CROWD_SCHEMA_VERSION,
  type CrowdOrganisation,
  type CrowdPart,
  type CrowdSite,
  crowdFailing,
  FAILING_OUTCOMES,
  type GroupCounts,
  organisationCounts,
  PROBE_OUTCOMES,
  type ProbeOutcome,
  wilsonInterval,
} from './crowd';
import { SERVICES_FOR_APP } from './catalog';
import type { Incident } from './model';
import type { OutlookKind } from './apps';

export const OUTLOOK_KINDS = ['business', 'consumer'] as const satisfies readonly OutlookKind[];

const MINUTE_MS = 60_000;
/** The sliding windows counted: the short one for the dashboard's "now", the long one is what is published. */
export const SHORT_WINDOW_MINUTES = 5;
export const LONG_WINDOW_MINUTES = 15;
const SLOT_MINUTES = 10;
const HISTORY_SLOTS = (24 * 60) / SLOT_MINUTES;
const BASELINE_HOURS = 7 * 24;
const EPISODE_DAYS = 7;

export interface CrowdLimits {
  /**
   * Sites with reporters in the window; a report for another site beyond this is refused, unless that site's
   * history reached k (an existing office). Sites whose reporters have all left the window are kept for their
   * history up to as many again, the oldest dropped.
   */
  maxSites: number;
  /** Reporters per site and kind inside the window; beyond this a new reporter is refused. */
  maxReportersPerSite: number;
  /** New reporters one source address may add per window (an office NAT puts many browsers behind one). */
  maxReportersPerAddress: number;
  /** Reports one source address may send per minute. */
  maxReportsPerAddressPerMinute: number;
  /** Source addresses tracked for rate limiting at once. */
  maxAddresses: number;
  /** Failing runs remembered for the lead-time table. */
  maxEpisodes: number;
}

export const DEFAULT_CROWD_LIMITS: CrowdLimits = {
  maxSites: 200,
  maxReportersPerSite: 10_000,
  maxReportersPerAddress: 2_000,
  maxReportsPerAddressPerMinute: 4_000,
  maxAddresses: 20_000,
  maxEpisodes: 200,
};

export const DEFAULT_K = 5;

export interface CrowdSettings {
  k: number;
  limits: CrowdLimits;
}

/** One report as counted: everything else in it has been dropped by the caller. */
export interface CountedReport {
  site: string;
  kind: OutlookKind;
  outcome: ProbeOutcome;
  reporter: string;
}

export type IngestResult = 'counted' | 'too-soon' | 'address-limit' | 'full';

/** Reporter and failing counts of a window, summed over the minutes of a period. */
type Sums = [reporters: number, failing: number, samples: number];

interface Series {
  /** reporter hash → minute × 8 + outcome index. */
  latest: Map<string, number>;
  /** hour (since the epoch) → sums of the long window, sampled each minute. */
  hours: Map<number, Sums>;
  /** 10-minute slot → sums, for the chart. */
  slots: Map<number, Sums>;
  /** Minute the current failing run began. */
  since?: number;
}

export interface Episode {
  site: string | null;
  kind: OutlookKind;
  /** ms since the epoch */
  from: number;
  to?: number;
}

/** The persisted form (JSON-safe). */
export interface CrowdSnapshot {
  v: 1;
  salt: string;
  minute: number;
  series: {
    site: string;
    kind: OutlookKind;
    latest: [string, number][];
    hours: [number, Sums][];
    slots: [number, Sums][];
    since?: number;
  }[];
  organisation: { kind: OutlookKind; since?: number }[];
  episodes: Episode[];
}

/** A chart row for the dashboard: one 10-minute slot of one site and kind. */
export interface HistoryPoint {
  at: number;
  reporters: number;
  failingShare: number;
}

export interface SiteHistory {
  site: string;
  kind: OutlookKind;
  points: HistoryPoint[];
}

/** cyrb53: a fast 53-bit string hash. Keys only need to be distinct, not secret (the ids are random already). */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const FAILING = new Set<number>(FAILING_OUTCOMES.map((o) => PROBE_OUTCOMES.indexOf(o)));
const SLOW = PROBE_OUTCOMES.indexOf('slow');

type Counts = GroupCounts;

function add(map: Map<number, Sums>, key: number, reporters: number, failing: number): void {
  const sums = map.get(key);
  if (sums) {
    sums[0] += reporters;
    sums[1] += failing;
    sums[2] += 1;
  } else map.set(key, [reporters, failing, 1]);
}

function dropBefore<T>(map: Map<number, T>, first: number): void {
  for (const key of map.keys()) if (key < first) map.delete(key);
}

/** The mean of the hourly failing shares before the current hour (undefined without any). */
function baselineOf(hours: Map<number, Sums>, currentHour: number): number | undefined {
  let total = 0;
  let n = 0;
  for (const [hour, [reporters, failing]] of hours) {
    if (hour >= currentHour || reporters <= 0) continue;
    total += failing / reporters;
    n++;
  }
  return n > 0 ? total / n : undefined;
}

/** A series' key: its Outlook kind and site, one per line (neither holds a newline). */
const seriesKey = (site: string, kind: OutlookKind): string => `${kind}\n${site}`;
const siteOfKey = (key: string): string => key.slice(key.indexOf('\n') + 1);
const kindOfKey = (key: string): OutlookKind => key.slice(0, key.indexOf('\n')) as OutlookKind;
/** Which site a reporter counts at is kept per Outlook kind: the same reporter hash may report both. */
const ownerKey = (kind: string, reporter: string): string => `${kind}\n${reporter}`;

export class CrowdCounters {
  private readonly series = new Map<string, Series>();
  private readonly siteNames = new Set<string>();
  /**
   * kind + reporter hash → the one site its latest report counts at. A reporter id counts once in the
   * organisation, whatever `site` it sends: a report for another site moves it there (a change, so at most
   * once a minute), it never adds a second reporter.
   */
  private readonly reporterSites = new Map<string, string>();
  private readonly organisationSince = new Map<OutlookKind, number>();
  private episodes: Episode[] = [];
  /** address hash → [minute, reports this minute, window start, new reporters this window]; memory only. */
  private readonly addresses = new Map<string, [number, number, number, number]>();
  private minute: number;
  private readonly salt: string;
  /** Bumped by every change to what part() would say; the part is rebuilt only after one. */
  private version = 0;
  private cached: { version: number; part: CrowdPart } | undefined;

  constructor(
    private readonly settings: CrowdSettings,
    now: number,
    salt: string,
    snapshot?: CrowdSnapshot,
  ) {
    this.minute = Math.floor(now / MINUTE_MS);
    // A restored state keeps its salt, so reporters already counted are still recognised.
    this.salt = snapshot?.v === 1 && typeof snapshot.salt === 'string' ? snapshot.salt : salt;
    if (snapshot) this.restore(snapshot);
    this.roll(now);
  }

  private key(site: string, kind: OutlookKind): string {
    return seriesKey(site, kind);
  }

  /** Sites with at least one reporter in the window (after roll(), `latest` holds only those). */
  private liveSites(): Set<string> {
    const live = new Set<string>();
    for (const [key, series] of this.series) if (series.latest.size > 0) live.add(siteOfKey(key));
    return live;
  }

  /**
   * The series a report for `site` counts in, created if need be. Only sites with reporters in the window
   * count against maxSites, so names posted once and gone do not lock a real new site out; sites kept only
   * for their history are at most maxSites more, and the one heard from longest ago makes room. A site whose
   * history reached k (what roll() keeps it for) is never refused by the cap: names kept live by a trickle of
   * reports can hold off new sites, not an office whose browsers were closed overnight.
   */
  private seriesOf(site: string, kind: OutlookKind): Series | undefined {
    const key = this.key(site, kind);
    const existing = this.series.get(key);
    if (existing && existing.latest.size > 0) return existing;
    const { maxSites } = this.settings.limits;
    const live = this.liveSites();
    if (!live.has(site) && live.size >= maxSites && !this.establishedSite(site)) return undefined;
    if (existing) return existing;
    if (!this.siteNames.has(site) && this.siteNames.size >= 2 * maxSites) this.dropOldestDormantSite(live);
    this.siteNames.add(site);
    const created: Series = { latest: new Map(), hours: new Map(), slots: new Map() };
    this.series.set(key, created);
    return created;
  }

  /** Some series of the site (either Outlook kind) has history that reached k. */
  private establishedSite(site: string): boolean {
    return OUTLOOK_KINDS.some((kind) => {
      const series = this.series.get(this.key(site, kind));
      return series !== undefined && this.reachedK(series);
    });
  }

  /** Drops every series of the site without reporters whose latest history is oldest. */
  private dropOldestDormantSite(live: Set<string>): void {
    let oldest: { site: string; last: number } | undefined;
    for (const [key, series] of this.series) {
      const site = siteOfKey(key);
      if (live.has(site)) continue;
      const last = Math.max(-1, ...series.hours.keys());
      if (!oldest || last < oldest.last) oldest = { site, last };
    }
    if (!oldest) return;
    for (const kind of OUTLOOK_KINDS) this.series.delete(this.key(oldest.site, kind));
    this.siteNames.delete(oldest.site);
  }

  /**
   * Counts one validated report from one (hashed, never kept) source address. Refused reports change no
   * counter: a reporter is counted once, with its latest outcome, and may change it at most once a minute.
   */
  ingest(report: CountedReport, address: string, now: number): IngestResult {
    this.roll(now);
    const minute = this.minute;
    const limits = this.settings.limits;
    // Only under the salt (two seeds, for 106 bits against collisions): an unsalted hash of an IPv4 address
    // is reversed by trying all 2^32 of them.
    const addressKey = hash53(this.salt + address, 7) + hash53(this.salt + address);
    let rate = this.addresses.get(addressKey);
    if (!rate) {
      if (this.addresses.size >= limits.maxAddresses) {
        for (const [k, r] of this.addresses) if (r[2] <= minute - LONG_WINDOW_MINUTES) this.addresses.delete(k);
        if (this.addresses.size >= limits.maxAddresses) return 'address-limit';
      }
      rate = [minute, 0, minute, 0];
      this.addresses.set(addressKey, rate);
    }
    if (rate[0] !== minute) {
      rate[0] = minute;
      rate[1] = 0;
    }
    if (rate[2] <= minute - LONG_WINDOW_MINUTES) {
      rate[2] = minute;
      rate[3] = 0;
    }
    if (rate[1] >= limits.maxReportsPerAddressPerMinute) return 'address-limit';

    const series = this.seriesOf(report.site, report.kind);
    if (!series) return 'full';
    const reporterKey = hash53(this.salt + report.reporter);
    const owner = ownerKey(report.kind, reporterKey);
    const ownerSite = this.reporterSites.get(owner);
    // The series this reporter is counted in now, when it is another site's: the report moves it.
    const from = ownerSite !== undefined && ownerSite !== report.site ? this.series.get(this.key(ownerSite, report.kind)) : undefined;
    const previous = (from ?? series).latest.get(reporterKey);
    if (previous !== undefined && Math.floor(previous / 8) === minute) return 'too-soon';
    if (previous === undefined) {
      if (series.latest.size >= limits.maxReportersPerSite) return 'full';
      if (rate[3] >= limits.maxReportersPerAddress) return 'address-limit';
      rate[3]++;
    } else if (from && series.latest.size >= limits.maxReportersPerSite) return 'full';
    rate[1]++;
    from?.latest.delete(reporterKey);
    series.latest.set(reporterKey, minute * 8 + PROBE_OUTCOMES.indexOf(report.outcome));
    this.reporterSites.set(owner, report.site);
    this.version++;
    return 'counted';
  }

  /** Every series by Outlook kind, then site name: one order for the part and the chart. */
  private sortedSeries(): [string, Series][] {
    return [...this.series].sort(([a], [b]) => (a < b ? -1 : 1));
  }

  private countsOf(series: Series, windowMinutes: number): Counts {
    const first = this.minute - windowMinutes + 1;
    const counts: Counts = { reporters: 0, failing: 0, slow: 0 };
    for (const packed of series.latest.values()) {
      if (Math.floor(packed / 8) < first) continue;
      const outcome = packed % 8;
      counts.reporters++;
      if (FAILING.has(outcome)) counts.failing++;
      else if (outcome === SLOW) counts.slow++;
    }
    return counts;
  }

  /** Advances to `now`: expires reporters past the long window, samples each minute passed into the history. */
  roll(now: number): void {
    const target = Math.floor(now / MINUTE_MS);
    if (target <= this.minute) return;
    // Past one window after the last minute sampled every reporter has expired: one more (empty) sample
    // closes any failing run, and a long pause (a restart, an evicted object) costs no more than that.
    const last = Math.min(target, this.minute + LONG_WINDOW_MINUTES);
    while (this.minute < last) {
      this.minute++;
      this.sample();
    }
    if (this.minute < target) {
      this.minute = target;
      this.sample();
    }
    const oldest = (this.minute - LONG_WINDOW_MINUTES + 1) * 8;
    const firstHour = Math.floor(this.minute / 60) - BASELINE_HOURS;
    const firstSlot = Math.floor(this.minute / SLOT_MINUTES) - HISTORY_SLOTS + 1;
    for (const [key, series] of this.series) {
      const kind = kindOfKey(key);
      for (const [reporter, packed] of series.latest) {
        if (packed >= oldest) continue;
        series.latest.delete(reporter);
        this.reporterSites.delete(ownerKey(kind, reporter));
      }
      dropBefore(series.hours, firstHour);
      dropBefore(series.slots, firstSlot);
      // Without reporters, a series is kept only for history worth keeping: an open run, or an hour or a
      // 10-minute slot that reached k. One that never did (a name posted once, a site of a browser or two) goes.
      if (series.latest.size === 0 && series.since === undefined && !this.reachedK(series)) this.series.delete(key);
    }
    this.siteNames.clear();
    for (const key of this.series.keys()) this.siteNames.add(siteOfKey(key));
    // An address whose window has passed is forgotten: its counts would start afresh at its next report anyway.
    for (const [key, rate] of this.addresses) if (rate[2] <= this.minute - LONG_WINDOW_MINUTES) this.addresses.delete(key);
    const episodesFrom = now - EPISODE_DAYS * 24 * 60 * MINUTE_MS;
    this.episodes = this.episodes.filter((e) => (e.to ?? now) >= episodesFrom);
    if (this.series.size > 0) this.version++;
  }

  /** Some hour of its baseline or 10-minute slot of its chart averaged at least k reporters. */
  private reachedK(series: Series): boolean {
    for (const sums of [...series.hours.values(), ...series.slots.values()]) if (sums[0] / sums[2] >= this.settings.k) return true;
    return false;
  }

  /** One minute's sample: history sums, and the start or end of each group's failing run. */
  private sample(): void {
    const hour = Math.floor(this.minute / 60);
    const slot = Math.floor(this.minute / SLOT_MINUTES);
    const at = this.minute * MINUTE_MS;
    const organisation = new Map<OutlookKind, Counts[]>();
    for (const [key, series] of this.series) {
      const kind = kindOfKey(key);
      const site = siteOfKey(key);
      const counts = this.countsOf(series, LONG_WINDOW_MINUTES);
      organisation.set(kind, [...(organisation.get(kind) ?? []), counts]);
      if (counts.reporters > 0) {
        add(series.hours, hour, counts.reporters, counts.failing);
        add(series.slots, slot, counts.reporters, counts.failing);
      }
      const failing = crowdFailing(this.numbers(counts, baselineOf(series.hours, hour)));
      series.since = this.track(site, kind, failing, series.since, at);
    }
    for (const kind of OUTLOOK_KINDS) {
      const counts = organisationCounts(organisation.get(kind) ?? [], this.settings.k);
      const failing = crowdFailing(this.numbers(counts, this.organisationBaseline(kind, hour)));
      const since = this.track(null, kind, failing, this.organisationSince.get(kind), at);
      if (since === undefined) this.organisationSince.delete(kind);
      else this.organisationSince.set(kind, since);
    }
  }

  /** Opens or closes a failing run; returns its start minute while it lasts. */
  private track(site: string | null, kind: OutlookKind, failing: boolean, since: number | undefined, at: number): number | undefined {
    if (failing && since === undefined) {
      this.episodes.push({ site, kind, from: at });
      if (this.episodes.length > this.settings.limits.maxEpisodes) this.episodes.shift();
      return this.minute;
    }
    if (!failing && since !== undefined) {
      for (let i = this.episodes.length - 1; i >= 0; i--) {
        const open = this.episodes[i]!;
        if (open.site !== site || open.kind !== kind || open.to !== undefined) continue;
        open.to = at;
        break;
      }
      return undefined;
    }
    return since;
  }

  private organisationBaseline(kind: OutlookKind, currentHour: number): number | undefined {
    const hours = new Map<number, Sums>();
    for (const [key, series] of this.series) {
      if (!key.startsWith(`${kind}\n`)) continue;
      for (const [hour, [r, f]] of series.hours) add(hours, hour, r, f);
    }
    return baselineOf(hours, currentHour);
  }

  /** The published numbers of one group: nothing but `enough: false` below k. */
  private numbers(counts: Counts, baselineShare: number | undefined): Omit<CrowdSite, 'site' | 'outlook' | 'since'> & { enough: boolean } {
    if (counts.reporters < this.settings.k) return { enough: false };
    const { lower, upper } = wilsonInterval(counts.failing, counts.reporters);
    return {
      enough: true,
      reporters: counts.reporters,
      failing: counts.failing,
      slow: counts.slow,
      failingShare: counts.failing / counts.reporters,
      lower,
      upper,
      ...(baselineShare !== undefined ? { baselineShare } : {}),
    };
  }

  private sinceOf(minute: number | undefined): { since?: string } {
    return minute === undefined ? {} : { since: new Date(minute * MINUTE_MS).toISOString() };
  }

  /**
   * The `crowd` part of the status document: the same object (and `generatedAt`) until something changed.
   * Rebuilt only when read after a change (one pass over the reporters held).
   */
  part(now: number): CrowdPart {
    this.roll(now);
    if (this.cached?.version === this.version) return this.cached.part;
    const hour = Math.floor(this.minute / 60);
    const sites: CrowdSite[] = [];
    const organisation: CrowdOrganisation[] = [];
    const totals = new Map<OutlookKind, { groups: Counts[]; reporting: number; failingSites: number }>();
    for (const [key, series] of this.sortedSeries()) {
      const kind = kindOfKey(key);
      const site = siteOfKey(key);
      const counts = this.countsOf(series, LONG_WINDOW_MINUTES);
      const total = totals.get(kind) ?? { groups: [], reporting: 0, failingSites: 0 };
      total.groups.push(counts);
      totals.set(kind, total);
      if (counts.reporters === 0 && series.since === undefined) continue;
      const numbers = this.numbers(counts, baselineOf(series.hours, hour));
      if (numbers.enough) {
        total.reporting++;
        if (crowdFailing(numbers)) total.failingSites++;
      }
      sites.push({ site, outlook: kind, ...numbers, ...(numbers.enough ? this.sinceOf(series.since) : {}) });
    }
    for (const [kind, total] of totals) {
      const numbers = this.numbers(organisationCounts(total.groups, this.settings.k), this.organisationBaseline(kind, hour));
      organisation.push({
        outlook: kind,
        ...numbers,
        ...(numbers.enough ? this.sinceOf(this.organisationSince.get(kind)) : {}),
        sitesReporting: total.reporting,
        sitesFailing: total.failingSites,
      });
    }
    const part: CrowdPart = {
      schema: CROWD_SCHEMA_VERSION,
      generatedAt: new Date(now).toISOString(),
      windowMinutes: LONG_WINDOW_MINUTES,
      k: this.settings.k,
      sites,
      organisation: organisation.sort((a, b) => (a.outlook < b.outlook ? -1 : 1)),
    };
    this.cached = { version: this.version, part };
    return part;
  }

  /** Reporters and failing share in the short window, per site and kind (the dashboard's "now"; k applies). */
  current(now: number): { site: string; kind: OutlookKind; enough: boolean; reporters?: number; failingShare?: number }[] {
    this.roll(now);
    const k = this.settings.k;
    return [...this.series].map(([key, series]) => {
      const counts = this.countsOf(series, SHORT_WINDOW_MINUTES);
      // The long window's numbers are published too: the reporters only in it (long minus short) must be
      // none or at least k, or subtracting one from the other would give their numbers.
      const rest = this.countsOf(series, LONG_WINDOW_MINUTES).reporters - counts.reporters;
      const enough = counts.reporters >= k && (rest === 0 || rest >= k);
      return {
        site: siteOfKey(key),
        kind: kindOfKey(key),
        enough,
        ...(enough ? { reporters: counts.reporters, failingShare: counts.failing / counts.reporters } : {}),
      };
    });
  }

  /**
   * The last `hours` (≤ 24) of 10-minute points per site and kind, in the order of the part's sites (not the
   * order the sites first reported in); slots below k carry no share.
   */
  history(now: number, hours = 24): SiteHistory[] {
    this.roll(now);
    const first = Math.floor(this.minute / SLOT_MINUTES) - (Math.min(24, hours) * 60) / SLOT_MINUTES + 1;
    return this.sortedSeries().map(([key, series]) => ({
      site: siteOfKey(key),
      kind: kindOfKey(key),
      points: [...series.slots]
        .filter(([slot, [reporters, , samples]]) => slot >= first && reporters / samples >= this.settings.k)
        .sort(([a], [b]) => a - b)
        .map(([slot, [reporters, failing, samples]]) => ({
          at: slot * SLOT_MINUTES * MINUTE_MS,
          reporters: Math.round(reporters / samples),
          failingShare: failing / reporters,
        })),
    }));
  }

  /** Failing runs of the last 7 days (site null: the whole organisation), for lead times. */
  failingRuns(): readonly Episode[] {
    return this.episodes;
  }

  /** Reporters held now, over every site and kind (for bounds checks and the bench). */
  size(): { sites: number; reporters: number; addresses: number } {
    let reporters = 0;
    for (const s of this.series.values()) reporters += s.latest.size;
    return { sites: this.siteNames.size, reporters, addresses: this.addresses.size };
  }

  snapshot(): CrowdSnapshot {
    return {
      v: 1,
      salt: this.salt,
      minute: this.minute,
      series: [...this.series].map(([key, s]) => ({
        site: siteOfKey(key),
        kind: kindOfKey(key),
        latest: [...s.latest],
        hours: [...s.hours],
        slots: [...s.slots],
        ...(s.since !== undefined ? { since: s.since } : {}),
      })),
      organisation: [...this.organisationSince].map(([kind, since]) => ({ kind, since })),
      episodes: this.episodes,
    };
  }

  private restore(snapshot: CrowdSnapshot): void {
    if (snapshot.v !== 1 || snapshot.salt !== this.salt || !Array.isArray(snapshot.series)) return;
    this.minute = Math.min(this.minute, snapshot.minute);
    for (const s of snapshot.series.slice(0, 2 * this.settings.limits.maxSites * OUTLOOK_KINDS.length)) {
      if (!OUTLOOK_KINDS.includes(s.kind)) continue;
      this.siteNames.add(s.site);
      this.series.set(this.key(s.site, s.kind), {
        latest: new Map(s.latest.slice(0, this.settings.limits.maxReportersPerSite)),
        hours: new Map(s.hours.slice(-BASELINE_HOURS)),
        slots: new Map(s.slots.slice(-HISTORY_SLOTS)),
        ...(s.since !== undefined ? { since: s.since } : {}),
      });
    }
    // One site per reporter: a state saved before that rule keeps each reporter at its latest report only.
    for (const [key, series] of this.series) {
      const kind = kindOfKey(key);
      const site = siteOfKey(key);
      for (const [reporter, packed] of series.latest) {
        const held = ownerKey(kind, reporter);
        const owner = this.reporterSites.get(held);
        const other = owner === undefined ? undefined : this.series.get(seriesKey(owner, kind));
        const kept = other?.latest.get(reporter);
        if (other && kept !== undefined && kept >= packed) {
          series.latest.delete(reporter);
          continue;
        }
        other?.latest.delete(reporter);
        this.reporterSites.set(held, site);
      }
    }
    for (const o of snapshot.organisation) if (o.since !== undefined) this.organisationSince.set(o.kind, o.since);
    this.episodes = snapshot.episodes.slice(-this.settings.limits.maxEpisodes);
  }
}

/**
 * When Microsoft first posted about an incident: its earliest update, else its last update time. Not
 * `startedAt`, which is when Microsoft says the impact began ("Starting at approximately 16:00 UTC").
 */
export function firstPostedAt(incident: Pick<Incident, 'updates' | 'updatedAt'>): number {
  const times = incident.updates.map((u) => Date.parse(u.at)).filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : Date.parse(incident.updatedAt);
}

/** How far before a run's start Microsoft's post may come and still count as "the same event". */
const LEAD_MATCH_BEFORE_MS = 15 * MINUTE_MS;
const LEAD_MATCH_AFTER_MS = 6 * 60 * MINUTE_MS;

export interface LeadTime {
  run: Episode;
  incidentId: string;
  title: string;
  postedAt: number;
  /** Microsoft's first post minus the start of the crowd's run: positive when the organisation saw it first. */
  leadMs: number;
}

/**
 * Each organisation-wide failing run, matched to the first Outlook incident Microsoft posted around it. An
 * incident is credited to the earliest run of each Outlook kind only: a crowd that fails, recovers and fails again during one
 * outage shows one lead, not a second, shorter one.
 */
export function leadTimes(runs: readonly Episode[], incidents: readonly Incident[]): LeadTime[] {
  const out: LeadTime[] = [];
  const credited = new Set<string>();
  for (const run of [...runs].sort((a, b) => a.from - b.from)) {
    if (run.site !== null) continue;
    const services = SERVICES_FOR_APP[`outlook-${run.kind}`];
    const match = incidents
      .filter((i) => !credited.has(`${run.kind}\n${i.id}`) && i.services.some((s) => services.includes(s)))
      .map((i) => ({ incident: i, postedAt: firstPostedAt(i) }))
      .filter(({ postedAt }) => postedAt >= run.from - LEAD_MATCH_BEFORE_MS && postedAt <= run.from + LEAD_MATCH_AFTER_MS)
      .sort((a, b) => a.postedAt - b.postedAt)[0];
    if (!match) continue;
    credited.add(`${run.kind}\n${match.incident.id}`);
    out.push({
      run,
      incidentId: match.incident.id,
      title: match.incident.title,
      postedAt: match.postedAt,
      leadMs: match.postedAt - run.from,
    });
  }
  return out;
}
