/**
 * The organisation's reports (background/reports.ts, core/extension/report.ts) through the real check cycle:
 * nothing without the policy; with it, one small report after the snapshot is written, on change of outcome
 * plus at most one per interval, never retried; "Outlook isn't working for me" once per window; and the
 * aggregator's crowd part carried into the stored document and its verdict into the assessment.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { crowdPart } from '../../../harness/crowd-office';
import { fixture } from '../../../harness/fixtures';
import { MAX_REPORT_BYTES, ProbeReportSchema } from '../../../src/core/engine/crowd';
import { translator } from '../../../src/core/engine/i18n';
import type { StatusDocument } from '../../../src/core/engine/model';
import { applyPolicy, DEFAULT_SETTINGS, repairSettings, type Settings } from '../../../src/core/extension/settings';
import { runCheck } from '../../../src/background/check';
import { answerOutcome, probeOutlook } from '../../../src/background/probe';
import { reportManual } from '../../../src/background/reports';
import { KEYS } from '../../../src/platform/storage-keys';

const STATUS = 'https://status.corp.example.test/v1/status';
const PROBES = 'https://status.corp.example.test/v1/probes';
const OUTLOOK = 'https://outlook.office.com/';
const TOKEN = 'corp-token-0123456789';
const T0 = Date.parse('2026-03-10T03:00:00.000Z');
const MIN = 60_000;

const policy = { aggregatorUrl: STATUS, aggregatorToken: TOKEN, crowdReports: true, crowdSite: 'Seoul HQ' };
const reporting: Settings = applyPolicy(DEFAULT_SETTINGS, policy).settings;

function document(at: number, seoulFailing = 0, remoteFailing?: number): StatusDocument {
  const iso = new Date(at).toISOString();
  return {
    schema: 1,
    generatedAt: iso,
    sources: [{ id: 'graph', url: 'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues', fetchedAt: iso, ok: true }],
    incidents: [],
    crowd: crowdPart({
      at: iso,
      sites: [
        { site: 'Seoul HQ', browsers: 24, failing: seoulFailing },
        { site: 'Busan', browsers: 16, failing: 0 },
        ...(remoteFailing === undefined ? [] : [{ site: 'Remote', browsers: 12, failing: remoteFailing }]),
      ],
    }),
  };
}

function world() {
  let now = T0;
  let outlook = 302;
  let probesFail = false;
  let remoteFailing: number | undefined;
  /** What the aggregator answers a counted report: its body (200), or null for an older one's 204. */
  let answer: string | null = null;
  const posts: { body: string; headers: Record<string, string>; at: number }[] = [];
  const order: string[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (url === STATUS)
      return new Response(JSON.stringify(document(now, 0, remoteFailing)), { headers: { 'content-type': 'application/json' } });
    if (url === OUTLOOK) return new Response(null, { status: outlook });
    if (url === PROBES) {
      order.push('report');
      posts.push({ body: String(init.body), headers: { ...(init.headers as Record<string, string>) }, at: now });
      if (probesFail) throw new TypeError('Failed to fetch');
      return answer === null
        ? new Response(null, { status: 204 })
        : new Response(answer, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    }
    throw new TypeError(`unexpected ${url}`);
  }) as unknown as typeof fetch;
  const check = (settings: Settings) =>
    runCheck({
      fetch: fetchFn,
      now: () => now,
      online: () => true,
      settings: async () => settings,
      translate: async () => ({ locale: 'en', t: translator(JSON.parse(fixture('../../_locales/en/messages.json'))) }),
      paint: async () => void order.push('paint'),
      notify: async () => {},
      reschedule: async () => {},
    });
  return {
    check,
    posts,
    order,
    fetch: fetchFn,
    advance: (ms: number) => (now += ms),
    now: () => now,
    setOutlook: (status: number) => (outlook = status),
    failProbes: () => (probesFail = true),
    failRemote: (failing: number) => (remoteFailing = failing),
    answer: (body: string | null) => (answer = body),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('reports to the organisation', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest of its own.
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.3.0' }) });
  });

  it("only an organisation turns them on: never from the user's own settings, never without its aggregator and token", () => {
    expect(DEFAULT_SETTINGS.crowdReports).toBe(false);
    expect(repairSettings({ ...DEFAULT_SETTINGS, crowdReports: true, crowdSite: 'Seoul HQ' })).toMatchObject({
      crowdReports: false,
      crowdSite: null,
    });
    expect(applyPolicy(DEFAULT_SETTINGS, { crowdReports: true }).settings.crowdReports).toBe(false);
    expect(
      applyPolicy({ ...DEFAULT_SETTINGS, aggregatorUrl: STATUS, aggregatorToken: TOKEN }, { crowdReports: true }).settings.crowdReports,
    ).toBe(false);
    expect(applyPolicy(DEFAULT_SETTINGS, { aggregatorUrl: STATUS, crowdReports: true }).settings.crowdReports).toBe(false);
    expect(reporting).toMatchObject({ crowdReports: true, crowdSite: 'Seoul HQ' });
    expect(applyPolicy(DEFAULT_SETTINGS, { ...policy, crowdSite: '<b>HQ</b>' }).settings.crowdSite).toBe(null);
  });

  it('without the policy a check sends nothing new', async () => {
    const w = world();
    await w.check(applyPolicy(DEFAULT_SETTINGS, { aggregatorUrl: STATUS, aggregatorToken: TOKEN }).settings);
    await settle();
    expect(w.posts).toEqual([]);
  });

  it('with it: one report after the snapshot and the icon, exactly the contract, under 300 bytes, with the token', async () => {
    const w = world();
    const snapshot = await w.check(reporting);
    await settle();
    expect(w.order).toEqual(['paint', 'report']);
    expect(w.posts).toHaveLength(1);
    const body = JSON.parse(w.posts[0]!.body);
    expect(v.parse(ProbeReportSchema, body)).toEqual({
      v: 1,
      reporter: body.reporter,
      host: 'outlook.office.com',
      outcome: 'ok',
      latency: '<0.5s',
      site: 'Seoul HQ',
      version: '0.3.0',
    });
    expect(new TextEncoder().encode(w.posts[0]!.body).length).toBeLessThanOrEqual(MAX_REPORT_BYTES);
    expect(w.posts[0]!.headers).toEqual({ 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    // The aggregator's crowd part is in the stored document, and the popup is told to offer the button.
    expect(snapshot.document.crowd?.sites.map((s) => s.site)).toEqual(['Seoul HQ', 'Busan']);
    expect(snapshot.crowdReports).toBe(true);
  });

  it('on change of outcome, plus at most one per interval; a failed report is never retried', async () => {
    const w = world();
    await w.check(reporting);
    w.advance(MIN);
    await w.check(reporting); // same outcome, within the interval: nothing
    await settle();
    expect(w.posts).toHaveLength(1);
    w.setOutlook(503);
    w.advance(20_000);
    w.failProbes();
    await w.check(reporting); // changed: sent (and it fails)
    await settle();
    expect(w.posts).toHaveLength(2);
    expect(JSON.parse(w.posts[1]!.body).outcome).toBe('server-error');
    w.advance(20_000);
    await w.check(reporting); // same outcome again, soon after: not retried
    await settle();
    expect(w.posts).toHaveLength(2);
    w.advance(5 * MIN);
    await w.check(reporting); // one interval later: the next one
    await settle();
    expect(w.posts).toHaveLength(3);
  });

  it('the reporter id is random, kept for the day, and a new one the next day', async () => {
    const w = world();
    await w.check(reporting);
    w.advance(6 * MIN);
    await w.check(reporting);
    await settle();
    const [a, b] = w.posts.map((p) => JSON.parse(p.body).reporter);
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    w.advance(24 * 60 * MIN);
    await w.check(reporting);
    await settle();
    expect(JSON.parse(w.posts[2]!.body).reporter).not.toBe(a);
    expect(Object.keys((await fakeBrowser.storage.local.get(KEYS.crowdReport))[KEYS.crowdReport] as object)).toEqual(
      expect.arrayContaining(['reporter', 'last']),
    );
  });

  it("judges the verdict at the site the aggregator counted the report at, not the policy's", async () => {
    // A Seoul laptop on a broken VPN: the VPN range is mapped to Remote, which is failing; Seoul HQ is fine.
    const w = world();
    w.failRemote(10);
    w.answer('{"site":"Remote"}');
    w.setOutlook(503);
    await w.check(reporting);
    w.advance(MIN);
    // No answer yet at the first check's verdict: the policy's site.
    expect((await w.check(reporting)).assessment.crowd).toMatchObject({ kind: 'just-you', site: 'Seoul HQ' });
    await settle();
    w.advance(MIN);
    expect((await w.check(reporting)).assessment.crowd).toMatchObject({ kind: 'your-office', site: 'Remote' });
    expect((await fakeBrowser.storage.local.get(KEYS.crowdReport))[KEYS.crowdReport]).toMatchObject({ site: 'Remote' });
  });

  it('falls back to the policy site for an answer without one (204), a damaged one, or a new day', async () => {
    const w = world();
    w.failRemote(10);
    w.setOutlook(503);
    const verdictAfter = async (answer: string | null) => {
      w.answer(answer);
      w.advance(6 * MIN);
      await w.check(reporting); // sends a report (one interval on), the answer is kept
      await settle();
      w.advance(MIN);
      return (await w.check(reporting)).assessment.crowd;
    };
    expect(await verdictAfter('{"site":"Remote"}')).toMatchObject({ kind: 'your-office', site: 'Remote' });
    expect(await verdictAfter(null)).toMatchObject({ kind: 'just-you', site: 'Seoul HQ' });
    expect(await verdictAfter('{"site":"Remote"}')).toMatchObject({ site: 'Remote' });
    expect(await verdictAfter(`{"site":"${'x'.repeat(40)}"}`)).toMatchObject({ kind: 'just-you', site: 'Seoul HQ' });
    // Counted at "Unassigned" (no office): judged as the policy says, never as an office called Unassigned.
    expect(await verdictAfter('{"site":"Unassigned"}')).toMatchObject({ kind: 'just-you', site: 'Seoul HQ' });
    expect(await verdictAfter('{"site":"Remote"}')).toMatchObject({ site: 'Remote' });
    // The next day: a new reporter id, counted nowhere yet, so the policy's site until the next answer.
    w.answer('{"site":"Remote"}');
    w.advance(24 * 60 * MIN);
    expect((await w.check(reporting)).assessment.crowd).toMatchObject({ kind: 'just-you', site: 'Seoul HQ' });
  });

  it('"Outlook isn\'t working for me": once per window, with manual: true; never without the policy', async () => {
    const w = world();
    const snapshot = await w.check(reporting);
    await settle();
    const deps = { fetch: w.fetch, now: w.now };
    expect(await reportManual(deps, DEFAULT_SETTINGS, snapshot.probe)).toBe(false);
    expect(await reportManual(deps, reporting, snapshot.probe, 5)).toBe(true);
    expect(JSON.parse(w.posts.at(-1)!.body)).toMatchObject({ manual: true, site: 'Seoul HQ' });
    expect(await reportManual(deps, reporting, snapshot.probe, 5)).toBe(false);
    w.advance(5 * MIN);
    expect(await reportManual(deps, reporting, snapshot.probe, 5)).toBe(true);
    expect(w.posts.filter((p) => JSON.parse(p.body).manual)).toHaveLength(2);
  });
});

describe("the probe's outcome class", () => {
  it.each([
    [503, false, 'server-error'],
    [500, false, 'server-error'],
    [404, false, 'client-error'],
    [429, false, 'client-error'],
    [401, false, 'ok'],
    [403, false, 'ok'],
    [200, false, 'ok'],
    [0, true, 'ok'],
  ] as const)('HTTP %s (opaque redirect: %s) is %s', (status, redirect, outcome) => {
    expect(answerOutcome(status, redirect, false)).toBe(outcome);
  });

  it('a refused connection is a network error; no answer in time is a timeout', async () => {
    const refused = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect((await probeOutlook(refused, Date.now)).outcome).toBe('network-error');
    vi.useFakeTimers();
    try {
      const hanging = ((_url: string, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        )) as unknown as typeof fetch;
      const reading = probeOutlook(hanging, Date.now);
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await reading).outcome).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });
});
