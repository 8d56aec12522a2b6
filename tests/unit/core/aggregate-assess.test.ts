import { describe, expect, it } from 'vitest';
import { aggregate, LAST_GOOD_GRACE_MS, type SourceReading } from '../../../src/core/engine/aggregate';
import { APP_IDS } from '../../../src/core/engine/apps';
import { assess, bannerFor, bannersFor, confirmationPending, effectiveLevel } from '../../../src/core/extension/assess';
import type { Watch } from '../../../src/core/engine/catalog';
import { DEFAULT_WATCHED_SERVICES } from '../../../src/core/engine/catalog';
import { validateStatusDocument, type Incident, type StatusDocument } from '../../../src/core/engine/model';
import type { ProbeResult } from '../../../src/core/extension/snapshot';
import { parseAzureRss } from '../../../src/core/engine/sources/azure-rss';
import { parseStatusDocumentBody } from '../../../src/core/engine/sources/status-document';
import { parseAdminCenter, parseAzureSummary, parseM365Consumer } from '../../../src/core/engine/sources/cloud-status';
import { fixture } from '../../../harness/fixtures';

const NOW = '2023-01-25T08:15:00.000Z';
const ALL_REGIONS: Watch = { services: DEFAULT_WATCHED_SERVICES, regions: [] };
const REACHABLE: ProbeResult = { reachable: true, slow: false, httpStatus: 302, latencyMs: 180, at: NOW, consecutiveProblems: 0 };

function outcome(id: string, parse: () => ReturnType<typeof parseAzureRss>, maxAgeMinutes?: number): SourceReading {
  return { id, url: `https://example.test/${id}`, fetchedAt: NOW, result: parse(), ...(maxAgeMinutes ? { maxAgeMinutes } : {}) };
}

/** The real empty feed was captured at 13:05; the quiet cases need one built just before NOW. */
function feedAtNow(name: string): string {
  const body = fixture(name);
  return name === 'azure-rss-empty.xml' ? body.replace('Wed, 25 Jan 2023 13:05:00 Z', 'Wed, 25 Jan 2023 08:12:00 Z') : body;
}

/** The four public sources as the worker would see them, with the Azure feed chosen per test. */
function publicOutcomes(azureFeed: string, consumer = 'm365-consumer-ok.json'): SourceReading[] {
  return [
    outcome('azure-rss', () => parseAzureRss(feedAtNow(azureFeed)), 30),
    outcome('m365-consumer', () => parseM365Consumer(fixture(consumer), NOW)),
    outcome('azure-summary', () => parseAzureSummary(fixture('azure-summary-ok.json'), NOW)),
    outcome('m365-admin', () => parseAdminCenter(fixture('mac-ok.json'), NOW)),
  ];
}

function quietFeed(): string {
  return 'azure-rss-empty.xml';
}

function level(doc: StatusDocument, watch = ALL_REGIONS, probe: ProbeResult | null = REACHABLE, online = true) {
  return assess({ document: doc, ...(probe ? { probe } : {}), watch, now: NOW, online });
}

describe('aggregate()', () => {
  it('builds a valid schema-1 document with one entry per source', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml', 'm365-consumer-incident.json'), NOW);
    expect(validateStatusDocument(doc).ok).toBe(true);
    expect(doc.sources.map((s) => [s.id, s.ok])).toEqual([
      ['azure-rss', true],
      ['m365-consumer', true],
      ['azure-summary', true],
      ['m365-admin', true],
    ]);
    expect(doc.incidents.map((i) => i.severity)).toEqual(['outage', 'degraded', 'degraded']);
  });

  it('marks a feed whose lastBuildDate is older than 30 minutes as failed (stale), not quiet', () => {
    const doc = aggregate(publicOutcomes('azure-rss-stale.xml'), NOW);
    expect(doc.sources[0]).toMatchObject({ id: 'azure-rss', ok: false, error: expect.stringMatching(/stale/) });
  });

  it.each([
    ['unreadable', 'garbage'],
    ['in the future', '2023-01-25T09:15:00.000Z'],
    ['missing', undefined],
  ])('fails closed on a build time that is %s', (_name, asOf) => {
    const outcomes = publicOutcomes(quietFeed()).map((o) =>
      o.id === 'azure-rss' ? { ...o, result: { incidents: [], ...(asOf ? { asOf } : {}) } } : o,
    );
    const doc = aggregate(outcomes, NOW);
    expect(doc.sources[0]!.ok).toBe(false);
    expect(level(doc).level).toBe('unknown');
  });

  it('remembers an incident that drops out of a healthy feed as resolved, for a day', () => {
    const during = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const later = '2023-01-25T08:20:00.000Z';
    const quiet = publicOutcomes('azure-rss-incident.xml').map((o) =>
      o.id === 'azure-rss' ? { ...o, fetchedAt: later, result: { incidents: [], asOf: later } } : o,
    );
    // Absent once: still active, marked missing (feeds flap); absent again a minute later: resolved as of
    // when it first went missing.
    const missing = aggregate(quiet, later, during);
    expect(missing.incidents[0]).toMatchObject({ id: 'azure-rss:vsg1-b90', phase: 'mitigating', missingSince: later });
    const confirmed = '2023-01-25T08:21:00.000Z';
    const quietAgain = quiet.map((o) =>
      o.id === 'azure-rss' ? { ...o, fetchedAt: confirmed, result: { incidents: [], asOf: confirmed } } : o,
    );
    const after = aggregate(quietAgain, confirmed, missing);
    expect(after.incidents[0]).toMatchObject({ id: 'azure-rss:vsg1-b90', phase: 'resolved', resolvedAt: later });
    expect(after.incidents[0]!.missingSince).toBeUndefined();
    const nextDay = '2023-01-26T08:21:00.000Z';
    const dayLater = quiet.map((o) => ({ ...o, fetchedAt: nextDay, result: { incidents: [], asOf: nextDay } }));
    expect(aggregate(dayLater, nextDay, after).incidents).toEqual([]);
  });

  it('an outage on what Microsoft 365 stands on counts for someone who watches only Exchange (old settings, policies)', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const frontDoor = { ...doc, incidents: doc.incidents.map((i) => ({ ...i, services: ['azure-front-door' as const] })) };
    expect(level(frontDoor, { services: ['exchange'], regions: [] }).level).toBe('outage');
    expect(level(frontDoor, { services: ['azure'], regions: [] }).level).toBe('ok');
  });

  it("aggregator mode: an incident that leaves the organisation's document is resolved like any other", () => {
    const incident = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW).incidents[0]!;
    const inner = (at: string) => [{ id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: at, ok: true }];
    const body = (at: string, incidents: unknown[]) => JSON.stringify({ schema: 1, generatedAt: at, sources: inner(at), incidents });
    const reading = (at: string, incidents: unknown[]) => ({
      id: 'aggregator',
      url: 'https://status.corp.example/v1/status',
      fetchedAt: at,
      result: parseStatusDocumentBody(body(at, incidents)),
      maxAgeMinutes: 30,
    });
    const t1 = '2023-01-25T08:20:00.000Z';
    const t2 = '2023-01-25T08:22:00.000Z';
    const during = aggregate([reading(NOW, [incident])], NOW);
    const missing = aggregate([reading(t1, [])], t1, during);
    const after = aggregate([reading(t2, [])], t2, missing);
    expect(missing.incidents[0]).toMatchObject({ id: incident.id, missingSince: t1 });
    expect(after.incidents[0]).toMatchObject({ id: incident.id, phase: 'resolved', resolvedAt: t1 });
  });

  it('a missing incident whose source then fails stays as it was (not dropped, not resolved), and returns as the same incident', () => {
    const during = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const at = (m: number) => new Date(Date.parse(NOW) + m * 60_000).toISOString();
    const withFeed = (when: string, incidents: boolean | 'failed') =>
      publicOutcomes('azure-rss-incident.xml').map((o) =>
        o.id !== 'azure-rss'
          ? { ...o, fetchedAt: when }
          : incidents === 'failed'
            ? { ...o, fetchedAt: at(1), result: { incidents: [], asOf: at(1) }, error: 'answered HTTP 503' }
            : incidents
              ? { ...o, fetchedAt: when, result: { ...o.result!, asOf: when } }
              : { ...o, fetchedAt: when, result: { incidents: [], asOf: when } },
      );
    const missing = aggregate(withFeed(at(1), false), at(1), during);
    expect(confirmationPending(missing, REACHABLE)).toBe(true);
    const failing = aggregate(withFeed(at(2), 'failed'), at(2), missing);
    expect(failing.incidents[0]).toMatchObject({ id: 'azure-rss:vsg1-b90', phase: 'mitigating', missingSince: at(1) });
    // Nothing to confirm until the feed answers again: no 20-second re-checks of every other source meanwhile.
    expect(confirmationPending(failing, REACHABLE)).toBe(false);
    const back = aggregate(withFeed(at(3), true), at(3), failing);
    expect(back.incidents[0]).toMatchObject({ id: 'azure-rss:vsg1-b90', phase: 'mitigating', startedAt: during.incidents[0]!.startedAt });
    expect(back.incidents[0]!.missingSince).toBeUndefined();
  });

  it('an older text served again by a lagging origin is not news: the newer text, time and phase stay', () => {
    const first = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const rss = (o: SourceReading, text: string, when: string) => ({
      ...o,
      fetchedAt: when,
      result: {
        asOf: when,
        incidents: o.result!.incidents.map((i) => ({
          ...i,
          phase: text === 'v2' ? ('monitoring' as const) : i.phase,
          updates: [{ at: i.updatedAt, text }],
        })),
      },
    });
    const step = (doc: StatusDocument, text: string, when: string) =>
      aggregate(
        publicOutcomes('azure-rss-incident.xml').map((o) => (o.id === 'azure-rss' ? rss(o, text, when) : o)),
        when,
        doc,
      );
    const v1 = step(first, 'v1', '2023-01-25T08:20:00.000Z');
    const v2 = step(v1, 'v2', '2023-01-25T08:25:00.000Z');
    const v1Again = step(v2, 'v1', '2023-01-25T08:30:00.000Z');
    expect(v1Again.incidents[0]).toMatchObject({ phase: 'monitoring', updatedAt: v2.incidents[0]!.updatedAt });
    expect(v1Again.incidents[0]!.updates[0]!.text).toBe('v2');
  });

  it('does not call an incident resolved just because its source failed', () => {
    const during = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const failing = publicOutcomes('azure-rss-incident.xml').map((o) =>
      o.id === 'azure-rss' ? { ...o, error: 'timed out after 10 s' } : o,
    );
    const doc = aggregate(failing, '2023-01-25T08:20:00.000Z', during);
    expect(doc.incidents[0]).toMatchObject({ id: 'azure-rss:vsg1-b90', phase: 'mitigating' });
    expect(doc.sources[0]).toMatchObject({ ok: false, error: 'timed out after 10 s' });
  });

  it('every source failing: the last known outage still decides the level, labelled, and the banner agrees', () => {
    const during = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const later = '2023-01-25T08:25:00.000Z';
    const down = publicOutcomes('azure-rss-incident.xml').map((o) => ({ ...o, error: 'could not connect' }));
    const doc = aggregate(down, later, during);
    const verdict = assess({ document: doc, watch: ALL_REGIONS, now: later, online: true });
    expect(verdict).toMatchObject({ level: 'outage', reason: 'incident', lastKnown: ['azure-rss:vsg1-b90'] });
    expect(bannerFor('outlook-business', doc, ALL_REGIONS)).toMatchObject({ incidentId: 'azure-rss:vsg1-b90' });
  });

  it("drops a failing source's last good incidents after the grace period", () => {
    const failing = publicOutcomes('azure-rss-incident.xml').map((o) => (o.id === 'azure-rss' ? { ...o, error: 'answered HTTP 503' } : o));
    const late = new Date(Date.parse(NOW) + LAST_GOOD_GRACE_MS + 60_000).toISOString();
    expect(aggregate(failing, late).incidents.filter((i) => i.source === 'azure-rss')).toEqual([]);
  });

  it('keeps first-seen update times while a source without change stamps repeats itself', () => {
    const first = aggregate(publicOutcomes(quietFeed(), 'm365-consumer-incident.json'), NOW);
    const later = '2023-01-25T08:20:00.000Z';
    const again = publicOutcomes(quietFeed(), 'm365-consumer-incident.json').map((o) =>
      o.id === 'm365-consumer' ? { ...o, fetchedAt: later, result: parseM365Consumer(fixture('m365-consumer-incident.json'), later) } : o,
    );
    const second = aggregate(again, later, first);
    expect(second.incidents[0]!.updatedAt).toBe(NOW);
  });

  it('marks a source failed when one of its incidents does not validate', () => {
    const bad = outcome('azure-rss', () => ({ incidents: [{ id: 'no-prefix' } as never], asOf: NOW }), 30);
    const doc = aggregate([bad], NOW);
    expect(doc.sources[0]).toMatchObject({ ok: false, error: '1 incident(s) could not be understood' });
    expect(doc.incidents).toEqual([]);
  });
});

describe('assess(): design.md Levels', () => {
  it('red: an APAC networking outage that affects Microsoft 365', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    expect(level(doc)).toMatchObject({ level: 'outage', reason: 'incident', headline: 'azure-rss:vsg1-b90' });
  });

  it('red for a Korea watcher, since Korea is in Asia Pacific', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    expect(level(doc, { services: DEFAULT_WATCHED_SERVICES, regions: ['korea'] }).level).toBe('outage');
  });

  it('an outage outside the watched regions is listed lower and cannot turn the icon red', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const europe = level(doc, { services: DEFAULT_WATCHED_SERVICES, regions: ['europe'] });
    expect(europe).toMatchObject({ level: 'ok', relevant: [], other: ['azure-rss:vsg1-b90'] });
  });

  it('a global incident, or one with no region, always counts', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const global = { ...doc, incidents: doc.incidents.map((i) => ({ ...i, regions: ['global' as const] })) };
    const unstated = { ...doc, incidents: doc.incidents.map((i) => ({ ...i, regions: [] })) };
    const europe = { services: DEFAULT_WATCHED_SERVICES, regions: ['europe' as const] };
    expect(level(global, europe).level).toBe('outage');
    expect(level(unstated, europe).level).toBe('outage');
  });

  it('yellow: a confirmed degradation on a watched service', () => {
    const doc = aggregate(publicOutcomes(quietFeed(), 'm365-consumer-incident.json'), NOW);
    expect(level(doc)).toMatchObject({ level: 'degraded', reason: 'incident' });
  });

  it('yellow: an advisory on a watched service', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const advisory = { ...doc, incidents: doc.incidents.map((i) => ({ ...i, severity: 'advisory' as const })) };
    expect(level(advisory).level).toBe('degraded');
  });

  it('unwatched services do not change the level (several unrelated incidents)', () => {
    const doc = aggregate(publicOutcomes('azure-rss-unrelated.xml'), NOW);
    expect(level(doc)).toMatchObject({ level: 'ok', relevant: [], other: ['azure-rss:kt4b-9y8', 'azure-rss:8tnr-1q0'] });
  });

  it('green: sources fresh, nothing active on watched services, Outlook reachable', () => {
    const doc = aggregate(publicOutcomes(quietFeed()), NOW);
    expect(level(doc)).toMatchObject({ level: 'ok', reason: 'all-clear' });
  });

  it('yellow "possible problem" when Outlook fails two probes in a row and Microsoft reports nothing', () => {
    const doc = aggregate(publicOutcomes(quietFeed()), NOW);
    const once = { ...REACHABLE, reachable: false, consecutiveProblems: 1 };
    const twice = { ...once, consecutiveProblems: 2 };
    expect(level(doc, ALL_REGIONS, once)).toMatchObject({ level: 'unknown', reason: 'not-checked' });
    expect(level(doc, ALL_REGIONS, { ...REACHABLE, slow: true, consecutiveProblems: 1 }).level).toBe('ok');
    expect(level(doc, ALL_REGIONS, twice)).toMatchObject({ level: 'degraded', reason: 'probe-unreachable' });
    expect(level(doc, ALL_REGIONS, { ...REACHABLE, slow: true, consecutiveProblems: 2 }).reason).toBe('probe-slow');
  });

  it('a Microsoft incident outranks the probe: the verdict is Microsoft-side', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    expect(level(doc, ALL_REGIONS, { ...REACHABLE, reachable: false, consecutiveProblems: 3 }).reason).toBe('incident');
  });

  it('grey: the browser is offline', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    expect(level(doc, ALL_REGIONS, null, false)).toMatchObject({ level: 'unknown', reason: 'offline' });
  });

  it('grey, never green: every source failed', () => {
    const failed = publicOutcomes(quietFeed()).map(({ id, url }) => ({ id, url, error: 'could not connect' }));
    expect(level(aggregate(failed, NOW))).toMatchObject({ level: 'unknown', reason: 'no-data' });
  });

  it('grey, never green: some sources failed and the rest report nothing', () => {
    const partial = publicOutcomes(quietFeed()).map((o, i) => (i === 1 ? { ...o, error: 'answered HTTP 500' } : o));
    expect(level(aggregate(partial, NOW))).toMatchObject({ level: 'unknown', reason: 'partial-data' });
  });

  it('grey, never green: a stale Azure feed with everything else quiet', () => {
    expect(level(aggregate(publicOutcomes('azure-rss-stale.xml'), NOW)).level).toBe('unknown');
  });

  it('red still shows when another source failed: a positive signal is not lost', () => {
    const partial = publicOutcomes('azure-rss-incident.xml').map((o, i) => (i === 1 ? { ...o, error: 'answered HTTP 500' } : o));
    expect(level(aggregate(partial, NOW)).level).toBe('outage');
  });

  it('grey before the first probe', () => {
    expect(level(aggregate(publicOutcomes(quietFeed()), NOW), ALL_REGIONS, null).reason).toBe('not-checked');
  });

  it('grey once the snapshot is older than three poll intervals', () => {
    const snap = { checkedAt: NOW, pollMinutes: 5, level: 'ok' as const };
    expect(effectiveLevel(snap, Date.parse(NOW) + 14 * 60_000)).toBe('ok');
    expect(effectiveLevel(snap, Date.parse(NOW) + 16 * 60_000)).toBe('unknown');
  });

  it('lists incidents resolved in the last 24 hours', () => {
    const doc = aggregate(publicOutcomes(quietFeed(), 'm365-consumer-restored.json'), NOW);
    expect(level(doc)).toMatchObject({ level: 'ok', recentlyResolved: [doc.incidents[0]!.id] });
  });
});

describe('bannerFor(): each app hears about its own services and what they stand on', () => {
  it('an Azure networking outage warns every app: Outlook (work and personal), Teams and the Microsoft 365 app', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    expect(bannerFor('outlook-business', doc, ALL_REGIONS, REACHABLE)).toMatchObject({
      kind: 'incident',
      severity: 'outage',
      since: '2023-01-25T07:05:00.000Z',
    });
    for (const app of APP_IDS) expect(bannerFor(app, doc, ALL_REGIONS, REACHABLE)?.incidentId, app).toBe('azure-rss:vsg1-b90');
  });

  it('an Outlook.com incident warns outlook.live.com only', () => {
    const doc = aggregate(publicOutcomes(quietFeed(), 'm365-consumer-incident.json'), NOW);
    expect(bannerFor('outlook-consumer', doc, ALL_REGIONS, REACHABLE)?.title).toMatch(/Outlook.com/);
    for (const app of ['outlook-business', 'm365'] as const) expect(bannerFor(app, doc, ALL_REGIONS, REACHABLE), app).toBeNull();
    // The same capture has a Teams (free) item: Teams shows that one, never the Outlook.com one. The public
    // feed's consumer Teams is the catalog's one "teams" service, so it reaches Teams for work too.
    expect(bannerFor('teams', doc, ALL_REGIONS, REACHABLE)?.title).toMatch(/Microsoft Teams Free$/);
  });

  it('an Exchange-only incident warns Outlook for work and not Teams; a Teams-only one the reverse; both whatever the popup watches', () => {
    const doc = aggregate(publicOutcomes(quietFeed()), NOW);
    const incident = (id: string, services: Incident['services']): Incident => ({
      id,
      source: 'graph',
      title: `${id} users can't connect`,
      severity: 'outage',
      phase: 'investigating',
      services,
      regions: [],
      startedAt: '2023-01-25T08:00:00.000Z',
      updatedAt: '2023-01-25T08:00:00.000Z',
      summary: '',
      updates: [],
    });
    const exchange = { ...doc, incidents: [incident('graph:EX1', ['exchange'])] };
    const teams = { ...doc, incidents: [incident('graph:TM1', ['teams'])] };
    const watchingOutlookOnly: Watch = { services: ['exchange'], regions: [] };
    expect(bannerFor('outlook-business', exchange, watchingOutlookOnly)?.incidentId).toBe('graph:EX1');
    expect(bannerFor('teams', exchange, watchingOutlookOnly)).toBeNull();
    expect(bannerFor('m365', exchange, watchingOutlookOnly)).toBeNull();
    expect(bannerFor('teams', teams, watchingOutlookOnly)?.incidentId).toBe('graph:TM1');
    expect(bannerFor('outlook-business', teams, watchingOutlookOnly)).toBeNull();
    expect(bannerFor('outlook-consumer', teams, watchingOutlookOnly)).toBeNull();
    // What Teams stands on: sign-in (Entra ID) and Front Door.
    for (const foundation of ['entra', 'azure-front-door', 'azure-networking'] as const) {
      expect(
        bannerFor('teams', { ...doc, incidents: [incident('graph:F1', [foundation])] }, watchingOutlookOnly),
        foundation,
      ).not.toBeNull();
    }
    // Regions still rank: a Teams incident in Europe alone is not a banner for someone watching Korea.
    const europe = { ...doc, incidents: [{ ...incident('graph:TM2', ['teams']), regions: ['europe' as const] }] };
    expect(bannerFor('teams', europe, { services: [], regions: ['korea'] })).toBeNull();
  });

  it('a confirmed unreachable probe warns in Outlook only (the probe checks Outlook); all clear shows nothing', () => {
    const doc = aggregate(publicOutcomes(quietFeed()), NOW);
    const down = { ...REACHABLE, reachable: false, consecutiveProblems: 2, problemSince: '2023-01-25T08:14:00.000Z' };
    expect(bannerFor('outlook-business', doc, ALL_REGIONS, down)).toMatchObject({
      kind: 'unreachable',
      since: '2023-01-25T08:14:00.000Z',
    });
    expect(bannerFor('teams', doc, ALL_REGIONS, down)).toBeNull();
    expect(bannerFor('m365', doc, ALL_REGIONS, down)).toBeNull();
    expect(bannerFor('outlook-business', doc, ALL_REGIONS, REACHABLE)).toBeNull();
  });

  it('bannersFor() decides every app, and none outside the apps chosen', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const chosen = bannersFor(['teams'], doc, ALL_REGIONS, REACHABLE);
    expect(Object.keys(chosen).sort()).toEqual([...APP_IDS].sort());
    expect(chosen.teams?.incidentId).toBe('azure-rss:vsg1-b90');
    expect(chosen['outlook-business']).toBeNull();
    expect(Object.values(bannersFor([], doc, ALL_REGIONS, REACHABLE))).toEqual([null, null, null, null]);
  });

  it('the dismiss key holds through a rewording and changes when the severity or phase changes', () => {
    const doc = aggregate(publicOutcomes('azure-rss-incident.xml'), NOW);
    const key = (d: StatusDocument) => bannerFor('outlook-business', d, ALL_REGIONS, REACHABLE)!.dismissKey;
    const change = (over: Partial<StatusDocument['incidents'][number]>) => ({
      ...doc,
      incidents: doc.incidents.map((i) => ({ ...i, ...over })),
    });
    expect(key(change({ updatedAt: '2023-01-25T09:00:00.000Z', summary: 'reworded' }))).toBe(key(doc));
    expect(key(change({ phase: 'monitoring' }))).not.toBe(key(doc));
    expect(key(change({ severity: 'degraded' }))).not.toBe(key(doc));
  });
});
