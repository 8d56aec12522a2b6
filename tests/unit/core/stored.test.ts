/** The one stored-data schema: a snapshot kept in parts, read back checked, with links and times re-checked. */
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/core/engine/model';
import type { BannerAlert, Snapshot } from '../../../src/core/extension/snapshot';
import {
  readBannerView,
  readDismissals,
  readNotified,
  readSnapshot,
  sameStored,
  splitSnapshot,
  MAX_DISMISSALS,
} from '../../../src/core/extension/stored';

const NOW = Date.parse('2026-03-10T03:00:00.000Z');
const iso = (msBeforeNow: number) => new Date(NOW - msBeforeNow).toISOString();
const MIN = 60_000;

const incident: Incident = {
  id: 'azure-rss:apac',
  source: 'azure-rss',
  title: 'Azure networking outage in Asia Pacific',
  severity: 'outage',
  phase: 'investigating',
  services: ['azure-networking'],
  regions: ['asia-pacific'],
  startedAt: iso(60 * MIN),
  updatedAt: iso(10 * MIN),
  url: 'https://azure.status.microsoft/en-us/status/',
  summary: 'Summary',
  updates: [{ at: iso(10 * MIN), text: 'Newest update' }],
};

const alert: BannerAlert = {
  kind: 'incident',
  incidentId: incident.id,
  severity: 'outage',
  title: incident.title,
  since: incident.startedAt,
  dismissKey: `${incident.id}@${incident.updatedAt}`,
};

function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  const checkedAt = iso(MIN);
  return {
    document: {
      schema: 1,
      generatedAt: checkedAt,
      sources: [{ id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: checkedAt, ok: true }],
      incidents: [incident],
    },
    probe: { reachable: true, slow: false, httpStatus: 200, latencyMs: 120, at: checkedAt, consecutiveProblems: 0 },
    level: 'outage',
    assessment: {
      level: 'outage',
      reason: 'incident',
      relevant: [incident.id],
      other: [],
      recentlyResolved: [],
      lastKnown: [],
      headline: incident.id,
    },
    banners: { 'outlook-business': alert, 'outlook-consumer': alert, teams: alert, m365: null },
    checkedAt,
    lastSuccessAt: checkedAt,
    online: true,
    pollMinutes: 5,
    language: 'auto',
    ...over,
  };
}

/** JSON round trip, as storage keeps it. */
const stored = (s: Snapshot) => JSON.parse(JSON.stringify(splitSnapshot(s))) as Record<string, unknown>;

describe('a snapshot kept in parts', () => {
  it('reads back as it was written, less the per-source fetch times', () => {
    const s = snapshot();
    const back = readSnapshot(stored(s), NOW);
    const { fetchedAt: _perCycle, ...source } = s.document.sources[0]!;
    expect(back).toEqual({ ...s, document: { ...s.document, sources: [source] } });
  });

  it('a later check that changed nothing has the same status and banner, and only a new heartbeat', () => {
    const first = splitSnapshot(snapshot());
    const laterAt = iso(0);
    const later = snapshot({
      checkedAt: laterAt,
      lastSuccessAt: laterAt,
      probe: { ...snapshot().probe!, at: laterAt, latencyMs: 95 },
      document: {
        ...snapshot().document,
        generatedAt: laterAt,
        sources: snapshot().document.sources.map((x) => ({ ...x, fetchedAt: laterAt })),
      },
    });
    const next = splitSnapshot(later);
    expect(sameStored(first.status, next.status)).toBe(true);
    expect(sameStored(first.banner, next.banner)).toBe(true);
    expect(sameStored(first.heartbeat, next.heartbeat)).toBe(false);
    expect(JSON.stringify({ heartbeat: next.heartbeat }).length).toBeLessThanOrEqual(300);
    expect(readSnapshot(JSON.parse(JSON.stringify({ ...first, heartbeat: next.heartbeat })), NOW)).toMatchObject({
      checkedAt: laterAt,
      probe: { at: laterAt, latencyMs: 95 },
    });
  });

  it('a changed assessment or banner is a changed status or banner', () => {
    const first = splitSnapshot(snapshot());
    expect(sameStored(first.status, splitSnapshot(snapshot({ assessment: { ...snapshot().assessment, other: ['x:y'] } })).status)).toBe(
      false,
    );
    expect(sameStored(first.banner, splitSnapshot(snapshot({ language: 'ko' })).banner)).toBe(false);
  });

  it('nothing stored yet is null; a part missing or damaged makes the whole unreadable', () => {
    expect(readSnapshot({}, NOW)).toBeNull();
    const parts = stored(snapshot());
    for (const key of ['heartbeat', 'status', 'banner']) {
      expect(readSnapshot({ ...parts, [key]: undefined }, NOW), `${key} missing`).toBe('invalid');
      expect(readSnapshot({ ...parts, [key]: 'nonsense' }, NOW), `${key} damaged`).toBe('invalid');
    }
    const status = parts.status as { assessment: object; probe: object };
    expect(readSnapshot({ ...parts, status: { ...status, assessment: { ...status.assessment, reason: 'bored' } } }, NOW)).toBe('invalid');
    expect(readSnapshot({ ...parts, heartbeat: { ...(parts.heartbeat as object), probeAt: undefined } }, NOW)).toBe('invalid');
  });

  it("drops a stored incident link outside Microsoft's hosts when read, and keeps the rest", () => {
    const foreign = 'https://status.cloud.microsoft.evil.example/x';
    const s = snapshot({
      document: { ...snapshot().document, incidents: [{ ...incident, url: foreign }] },
    });
    const back = readSnapshot(stored(s), NOW);
    expect(back).not.toBe('invalid');
    const read = back as Snapshot;
    expect(read.document.incidents[0]!.title).toBe(incident.title);
    expect(read.document.incidents[0]!.url).toBeUndefined();
    const view = readBannerView(stored(s).heartbeat, stored(s).banner, NOW);
    expect(view?.banners['outlook-business']).toMatchObject({ title: alert.title });
  });

  it('a check stamped in the future is unreadable (it would never go stale); a few minutes of clock skew is not', () => {
    const ahead = (ms: number) =>
      stored(snapshot({ checkedAt: new Date(NOW + ms).toISOString(), lastSuccessAt: new Date(NOW + ms).toISOString() }));
    expect(readSnapshot(ahead(365 * 86_400_000), NOW)).toBe('invalid');
    expect(readBannerView(ahead(365 * 86_400_000).heartbeat, ahead(365 * 86_400_000).banner, NOW)).toBeNull();
    expect(readSnapshot(ahead(2 * MIN), NOW)).not.toBe('invalid');
  });

  it('pulls times later than the check back to the check', () => {
    const later = new Date(NOW + 30 * 86_400_000).toISOString();
    const s = snapshot({
      document: {
        ...snapshot().document,
        incidents: [{ ...incident, updatedAt: later, resolvedAt: later, phase: 'resolved', updates: [{ at: later, text: 'x' }] }],
      },
      banners: { 'outlook-business': { ...alert, since: later }, 'outlook-consumer': null, teams: null, m365: null },
      lastSuccessAt: later,
    });
    const read = readSnapshot(stored(s), NOW) as Snapshot;
    const checkedAt = read.checkedAt;
    expect(read.document.incidents[0]).toMatchObject({ updatedAt: checkedAt, resolvedAt: checkedAt, startedAt: incident.startedAt });
    expect(read.document.incidents[0]!.updates[0]!.at).toBe(checkedAt);
    expect(read.banners['outlook-business']!.since).toBe(checkedAt);
    expect(read.lastSuccessAt).toBe(checkedAt);
    expect(readBannerView(stored(s).heartbeat, stored(s).banner, NOW)!.banners['outlook-business']!.since).toBe(checkedAt);
  });
});

describe('the banner view', () => {
  it('needs only the heartbeat and the banner key', () => {
    const { heartbeat, banner } = stored(snapshot());
    expect(readBannerView(heartbeat, banner, NOW)).toEqual({
      banners: { 'outlook-business': alert, 'outlook-consumer': alert, teams: alert, m365: null },
      language: 'auto',
      checkedAt: iso(MIN),
      pollMinutes: 5,
    });
  });

  it('is null for garbage, never a throw', () => {
    const { heartbeat, banner } = stored(snapshot());
    const bad: [unknown, unknown][] = [
      [undefined, banner],
      [heartbeat, undefined],
      ['x', banner],
      [{ ...(heartbeat as object), checkedAt: 'yesterday' }, banner],
      [{ ...(heartbeat as object), pollMinutes: 'five' }, banner],
      [heartbeat, { ...(banner as object), language: 'fr' }],
      [heartbeat, { banners: { 'outlook-business': { ...alert, dismissKey: 1 }, 'outlook-consumer': null }, language: 'auto' }],
      [heartbeat, { banners: { 'outlook-business': { ...alert, kind: 'other' }, 'outlook-consumer': null }, language: 'auto' }],
      [heartbeat, { banners: { 'outlook-business': { ...alert, since: 'not a date' }, 'outlook-consumer': null }, language: 'auto' }],
      [heartbeat, { banners: { 'outlook-business': 'alert', 'outlook-consumer': null }, language: 'auto' }],
    ];
    for (const [h, b] of bad) expect(readBannerView(h, b, NOW)).toBeNull();
  });
});

describe('dismissals and the notified set', () => {
  it('dismissals: a list of keys, or nothing when damaged', () => {
    expect(readDismissals(['a@1', 'b@2'])).toEqual(['a@1', 'b@2']);
    for (const bad of [undefined, null, 42, 'a@1', [1], { length: 1 }, ['x'.repeat(401)], Array(MAX_DISMISSALS + 1).fill('k')]) {
      expect(readDismissals(bad)).toEqual([]);
    }
  });

  it('notified: entries that are not a severity are forgotten, the rest kept', () => {
    expect(readNotified({ 'a:1': 'outage', 'b:2': 'bored', 'c:3': 'degraded' })).toEqual({ 'a:1': 'outage', 'c:3': 'degraded' });
    for (const bad of [undefined, null, 'x', ['outage']]) expect(readNotified(bad)).toEqual({});
  });
});
