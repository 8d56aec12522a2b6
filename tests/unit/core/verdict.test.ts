/** Just you, your office, or everyone (core/extension/verdict.ts), its colour (assess.ts) and its words, in both languages. */
import { describe, expect, it } from 'vitest';
import { crowdPart, FRONT_DOOR_29_OCT, type SimulatedOffice } from '../../../harness/crowd-office';
import { fixture } from '../../../harness/fixtures';
import { translator } from '../../../src/core/engine/i18n';
import type { Incident, StatusDocument } from '../../../src/core/engine/model';
import { assess, bannerFor } from '../../../src/core/extension/assess';
import { crowdSentence, crowdTitleKey, levelWord, verdictKind } from '../../../src/core/extension/describe';
import { tooltipText } from '../../../src/core/extension/tooltip';
import { lookOf } from '../../../src/core/extension/level';
import type { ProbeResult } from '../../../src/core/extension/snapshot';
import type { CrowdVerdict } from '../../../src/core/extension/crowd-verdict';
import { crowdVerdict, everyoneFailing, firstPostedAt } from '../../../src/core/extension/verdict';

const AT = '2025-10-29T16:20:00.000Z';
const en = translator(JSON.parse(fixture('../../_locales/en/messages.json')));
const ko = translator(JSON.parse(fixture('../../_locales/ko/messages.json')));
const words = (t = en, locale = 'en') => ({ t, locale, clock: { locale, timeZone: 'Asia/Seoul' }, now: Date.parse(AT) });

/** 40 browsers at two sites, as the end-to-end office. */
const office = (seoul: number, busan: number, extra: Partial<SimulatedOffice> = {}) =>
  crowdPart({
    at: AT,
    sites: [
      { site: 'Seoul HQ', browsers: 24, failing: seoul },
      { site: 'Busan', browsers: 16, failing: busan },
    ],
    ...extra,
  });

const verdict = (crowd: ReturnType<typeof crowdPart> | undefined, over: Partial<Parameters<typeof crowdVerdict>[0]> = {}) =>
  crowdVerdict({ crowd, site: 'Seoul HQ', kind: 'business', probeFailing: true, confirmed: undefined, previous: undefined, ...over });

const OK = { id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: AT, ok: true };
const doc = (incidents: Incident[] = []): StatusDocument => ({ schema: 1, generatedAt: AT, sources: [OK], incidents });
const failingProbe: ProbeResult = {
  reachable: false,
  slow: false,
  outcome: 'network-error',
  error: 'could not connect',
  at: AT,
  consecutiveProblems: 2,
  problemSince: '2025-10-29T16:10:00.000Z',
};
const watch = { services: ['exchange', 'outlook', 'm365', 'azure-front-door', 'entra', 'azure-networking'] as never[], regions: [] };

const afd: Incident = FRONT_DOOR_29_OCT;

describe('the crowd verdict', () => {
  it('without a crowd part there is none: the extension says what it said before', () => {
    expect(verdict(undefined)).toBeUndefined();
  });

  it('just you: this browser fails, its site works', () => {
    const v = verdict(office(1, 0));
    expect(v).toEqual({ kind: 'just-you', site: 'Seoul HQ', working: 23 });
    expect(crowdSentence(v!, words())).toBe('Outlook works for 23 other browsers at Seoul HQ — restart the browser, check VPN.');
    expect(crowdSentence(v!, words(ko, 'ko'))).toBe(
      'Seoul HQ의 다른 브라우저 23개에서는 Outlook이 정상입니다. 브라우저를 다시 시작하고 VPN을 확인하세요.',
    );
    // Its colour is the probe's own: yellow, "your network".
    const a = assess({ document: doc(), probe: failingProbe, watch, now: AT, online: true, crowd: v });
    expect([a.level, a.reason, lookOf(a.level, a.reason)]).toEqual(['degraded', 'probe-unreachable', 'network']);
  });

  it('your office: this site fails, the other is fine → yellow, your network', () => {
    const v = verdict(office(15, 0, { since: '2025-10-29T16:05:00.000Z' }));
    expect(v).toMatchObject({ kind: 'your-office', site: 'Seoul HQ', reporters: 24, otherSitesFine: 1 });
    expect(crowdSentence(v!, words())).toBe(
      "Outlook fails for 63% of 24 browsers at Seoul HQ; the other offices are fine — your company network. IT's network team is the one to call.",
    );
    expect(ko(crowdTitleKey(v!.kind))).toBe('우리 사무실 문제');
    const a = assess({ document: doc(), probe: failingProbe, watch, now: AT, online: true, crowd: v });
    expect([a.level, a.reason, lookOf(a.level, a.reason), levelWord(a.level, en, a.reason)]).toEqual([
      'degraded',
      'crowd-office',
      'network',
      'Your network',
    ]);
    expect(bannerFor('outlook-business', doc(), watch, failingProbe, a.crowd)).toMatchObject({
      kind: 'crowd-office',
      severity: 'degraded',
    });
    // The crowd counts Outlook checks: Teams and the Microsoft 365 app hear nothing of it.
    expect(bannerFor('teams', doc(), watch, failingProbe, a.crowd)).toBeNull();
  });

  it('everyone, not confirmed: most sites fail → red, labelled unconfirmed, even where this browser works', () => {
    const crowd = crowdPart({
      at: AT,
      since: '2025-10-29T16:05:00.000Z',
      sites: [
        { site: 'Seoul HQ', browsers: 400, failing: 300 },
        { site: 'Busan', browsers: 300, failing: 250 },
        { site: 'Tokyo', browsers: 200, failing: 150 },
        { site: 'Singapore', browsers: 204, failing: 120 },
        { site: 'Sydney', browsers: 100, failing: 1 },
      ],
    });
    const v = verdict(crowd, { probeFailing: false });
    expect(v).toEqual({ kind: 'everyone', sitesFailing: 4, sitesReporting: 5, reporters: 1204, since: '2025-10-29T16:05:00.000Z' });
    expect(crowdSentence(v!, words())).toBe(
      'Possible Microsoft outage, not yet confirmed: Outlook fails at 4 of 5 offices (1,204 browsers) since 1:05 AM (Korean Standard Time).',
    );
    // The day period's word depends on the runtime's ICU data; the rest is ours.
    expect(crowdSentence(v!, words(ko, 'ko'))).toMatch(
      /^Microsoft 장애 가능성\(아직 확인되지 않음\): \S+ 1:05 \(한국 표준시\)부터 사무실 5곳 중 4곳\(브라우저 1,204개\)에서 Outlook에 연결되지 않습니다\.$/,
    );
    const a = assess({
      document: doc(),
      probe: { ...failingProbe, reachable: true, outcome: 'ok', consecutiveProblems: 0 },
      watch,
      now: AT,
      online: true,
      crowd: v,
    });
    expect([a.level, a.reason, levelWord(a.level, en, a.reason), levelWord(a.level, ko, a.reason)]).toEqual([
      'outage',
      'crowd-everyone',
      'Possible outage',
      '장애 가능성',
    ]);
    expect(bannerFor('outlook-business', doc(), watch, undefined, a.crowd)).toMatchObject({
      kind: 'crowd-everyone',
      severity: 'outage',
      since: '2025-10-29T16:05:00.000Z',
    });
    expect(tooltipText('Possible Outlook outage — not yet confirmed by Microsoft', undefined, a.level, v, words())).toContain(
      '4 of 5 offices',
    );
    // A yellow post that is not Microsoft's word on Outlook (an advisory, a Teams degradation) does not turn it yellow.
    for (const yellow of [
      { ...afd, id: 'graph:ex1', severity: 'advisory', services: ['exchange'] },
      { ...afd, id: 'graph:tm1', severity: 'degraded', services: ['teams'] },
    ] as Incident[]) {
      const withPost = assess({
        document: doc([yellow]),
        watch: { ...watch, services: [...watch.services, 'teams'] as never[] },
        now: AT,
        online: true,
        crowd: v,
      });
      expect([withPost.level, withPost.reason], yellow.id).toEqual(['outage', 'crowd-everyone']);
    }
  });

  it('one failing site of two is that office, not everyone; two of two is everyone', () => {
    expect(verdict(office(20, 0), { site: 'Busan', probeFailing: false })).toBeUndefined();
    expect(verdict(office(20, 14))?.kind).toBe('everyone');
  });

  it('ten small branches all failing, none at k, is everyone: the organisation as a whole decides', () => {
    // 30 browsers over ten small offices, all failing: the total reaches k, no site does.
    const thin = crowdPart({
      at: AT,
      sites: Array.from({ length: 10 }, (_, i) => ({ site: `Branch ${i}`, browsers: 3, failing: 3 })),
      k: 5,
    });
    expect(thin.organisation[0]).toMatchObject({ enough: true, sitesReporting: 0 });
    expect(everyoneFailing(thin.organisation[0])).toBe(true);
    expect(verdict(thin, { site: null })?.kind).toBe('everyone');
    const one = crowdPart({ at: AT, sites: [{ site: 'Unassigned', browsers: 20, failing: 15 }], k: 5 });
    expect(verdict(one, { site: null })?.kind).toBe('everyone');
  });

  it('not enough browsers to tell: below k no number is used, whatever this browser sees', () => {
    const small = crowdPart({ at: AT, sites: [{ site: 'Seoul HQ', browsers: 4, failing: 4 }], k: 5 });
    const v = verdict(small);
    expect(v).toEqual({ kind: 'not-enough', site: 'Seoul HQ', k: 5 });
    expect(crowdSentence(v!, words())).toBe('Not enough browsers to tell: fewer than 5 at Seoul HQ checked Outlook in this window.');
    // The colour is the probe's alone.
    expect(assess({ document: doc(), probe: failingProbe, watch, now: AT, online: true, crowd: v }).reason).toBe('probe-unreachable');
    // A site the aggregator has no group for is below k too.
    expect(verdict(office(0, 0), { site: 'Daegu' })).toEqual({ kind: 'not-enough', site: 'Daegu', k: 5 });
  });

  it('without a site set by policy, the organisation is the group', () => {
    expect(verdict(office(1, 0), { site: null })).toEqual({ kind: 'just-you', working: 39 });
    expect(crowdSentence({ kind: 'just-you', working: 39 }, words())).toBe(
      'Outlook works for 39 other browsers in your organization — restart the browser, check VPN.',
    );
  });

  it("Microsoft confirmed: the event keeps the crowd's start and shows the lead time, even once the crowd recovers", () => {
    const before: CrowdVerdict = { kind: 'everyone', sitesFailing: 2, sitesReporting: 2, reporters: 40, since: '2025-10-29T16:05:00.000Z' };
    const v = verdict(office(0, 0), { confirmed: afd, previous: before });
    expect(v).toEqual({
      kind: 'confirmed',
      incidentId: 'azure-rss:azure-front-door-connectivity-issues',
      postedAt: '2025-10-29T16:57:00.000Z',
      crowdSince: '2025-10-29T16:05:00.000Z',
    });
    expect(crowdSentence(v!, words())).toBe('Confirmed by Microsoft — your organization saw it 52 minutes before Microsoft posted.');
    expect(crowdSentence(v!, words(ko, 'ko'))).toBe('Microsoft가 확인했습니다 — 조직에서 Microsoft 발표보다 52분 먼저 감지했습니다.');
    // One minute is "1 minute", as every counted message has its own "one" wording (options_testOkOne).
    const oneMinute = { ...(v as Extract<CrowdVerdict, { kind: 'confirmed' }>), crowdSince: '2025-10-29T16:56:00.000Z' };
    expect(crowdSentence(oneMinute, words())).toBe('Confirmed by Microsoft — your organization saw it 1 minute before Microsoft posted.');
    expect(crowdSentence(oneMinute, words(ko, 'ko'))).toBe('Microsoft가 확인했습니다 — 조직에서 Microsoft 발표보다 1분 먼저 감지했습니다.');
    // The next check keeps it from its own verdict.
    expect(verdict(office(0, 0), { confirmed: afd, previous: v })).toEqual(v);
    // Microsoft's colour decides.
    expect(assess({ document: doc([afd]), probe: failingProbe, watch, now: AT, online: true, crowd: v }).reason).toBe('incident');
  });

  it("Microsoft's first post is its oldest update", () => {
    expect(
      firstPostedAt({
        ...afd,
        updatedAt: '2025-10-29T18:00:00.000Z',
        updates: [{ at: '2025-10-29T18:00:00.000Z', text: 'b' }, ...afd.updates],
      }),
    ).toBe('2025-10-29T16:57:00.000Z');
  });
});

describe('the answer to "is it me or is it Microsoft?" (describe.ts verdictKind)', () => {
  const justYou: CrowdVerdict = { kind: 'just-you', site: 'Seoul HQ', working: 41 };
  const office: CrowdVerdict = { kind: 'your-office', site: 'Seoul HQ', failingShare: 0.6, reporters: 20, otherSitesFine: 2 };
  const everyone: CrowdVerdict = { kind: 'everyone', sitesFailing: 2, sitesReporting: 2, reporters: 40 };
  const confirmed: CrowdVerdict = { kind: 'confirmed', incidentId: 'azure-rss:x', postedAt: AT };

  it("Microsoft's post is the answer, unless the organisation's browsers say this network (no confirmed Outlook incident then)", () => {
    expect(verdictKind('incident')).toBe('microsoft');
    expect(verdictKind('incident', confirmed)).toBe('microsoft');
    expect(verdictKind('incident', everyone)).toBe('microsoft');
    expect(verdictKind('incident', justYou)).toBe('local');
    expect(verdictKind('incident', office)).toBe('local');
  });

  it('the other reasons keep their own answer, whatever the crowd', () => {
    expect(verdictKind('probe-unreachable', justYou)).toBe('local');
    expect(verdictKind('crowd-office', office)).toBe('local');
    expect(verdictKind('probe-server-error')).toBe('server');
    expect(verdictKind('crowd-everyone', everyone)).toBe('everyone');
    expect(verdictKind('all-clear')).toBe('fine');
    expect(verdictKind('stale', justYou)).toBe('unknown');
    expect(verdictKind('no-data')).toBe('unknown');
  });
});
