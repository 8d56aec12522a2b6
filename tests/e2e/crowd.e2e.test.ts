/**
 * Just you, your office, or everyone, end to end: one real Chromium with the extension under the
 * organisation's policy (a real machine-policy file: reports on, site "Seoul HQ"), reading the aggregator
 * fixture, whose document carries a simulated office of 40 browsers at two sites. In English and Korean:
 * the three verdicts with their colours (docs/reading-microsoft.md), "not enough browsers to tell" below k,
 * and the reports the aggregator received: exactly the contract, nothing else.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORP_PROBES_PATH, CORP_STATUS_PATH } from '../../harness/aggregator-fixture';
import { type CrowdWorld, crowdWorld, office, PROBE_FAILS, PROBE_WORKS, SITE } from '../../harness/crowd-world';
import { badge, type Extension } from '../../harness/extension';
import { canWritePolicy, POLICY_DIR } from '../../harness/policy';
import type { Incident } from '../../src/core/engine/model';

const RED = [197, 15, 31, 255];

/** Composed from Microsoft's public record of 29 Oct 2025 (Azure Front Door), its times moved to today. */
function frontDoor(failingFrom: Date, firstPost: string): Incident {
  return {
    id: 'graph:composed-afd-2025-10-29',
    source: 'graph',
    title: 'Azure Front Door - Connectivity issues across multiple regions',
    severity: 'outage',
    phase: 'investigating',
    services: ['azure-front-door', 'exchange'],
    regions: ['global'],
    startedAt: new Date(failingFrom.getTime() - 5 * 60_000).toISOString(),
    updatedAt: firstPost,
    summary:
      'Starting at approximately 16:00 UTC, customers and Microsoft services leveraging Azure Front Door may experience latencies, timeouts and errors.',
    updates: [{ at: firstPost, text: 'We are investigating an issue impacting Azure Front Door services.' }],
  };
}
const AMBER = [247, 185, 0, 255];

async function popup(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.popupUrl);
  await page.getByTestId('verdict').waitFor();
  return page;
}

const WORDS = {
  en: {
    justYou: `Outlook works for 23 other browsers at ${SITE} — restart the browser, check VPN.`,
    justYouTitle: 'Just you',
    office: `Outlook fails for 63% of 24 browsers at ${SITE}; the other offices are fine — your company network. IT's network team is the one to call.`,
    officeTitle: 'Your office',
    everyone: /^Possible Microsoft outage, not yet confirmed: Outlook fails at 2 of 2 offices \(40 browsers\) since .+\.$/,
    everyoneWord: 'Possible outage',
    networkWord: 'Your network',
    notEnough: `Not enough browsers to tell: fewer than 5 at ${SITE} checked Outlook in this window.`,
    sent: 'Thanks — counted for your organization.',
    possibleOutage: 'Possible Outlook outage — not yet confirmed by Microsoft',
    confirmed: 'Confirmed by Microsoft — your organization saw it 52 minutes before Microsoft posted.',
  },
  ko: {
    justYou: `${SITE}의 다른 브라우저 23개에서는 Outlook이 정상입니다. 브라우저를 다시 시작하고 VPN을 확인하세요.`,
    justYouTitle: '나만 문제',
    office: `${SITE}의 브라우저 24개 중 63%에서 Outlook에 연결되지 않습니다. 다른 사무실은 정상이므로 회사 네트워크 문제입니다. IT 부서의 네트워크 담당자에게 문의하세요.`,
    officeTitle: '우리 사무실 문제',
    everyone: /^Microsoft 장애 가능성\(아직 확인되지 않음\): .+부터 사무실 2곳 중 2곳\(브라우저 40개\)에서 Outlook에 연결되지 않습니다\.$/,
    everyoneWord: '장애 가능성',
    networkWord: '내 네트워크',
    notEnough: `판단할 브라우저 수가 부족합니다: 이번 집계 기간에 ${SITE}에서 Outlook을 확인한 브라우저가 5개 미만입니다.`,
    sent: '감사합니다. 조직 집계에 반영되었습니다.',
    possibleOutage: 'Outlook 장애 가능성 — Microsoft가 아직 확인하지 않음',
    confirmed: 'Microsoft가 확인했습니다 — 조직에서 Microsoft 발표보다 52분 먼저 감지했습니다.',
  },
} as const;

describe.skipIf(!canWritePolicy())(`the organisation's own early warning (policy in ${POLICY_DIR})`, () => {
  for (const lang of ['en', 'ko'] as const) {
    describe(lang, () => {
      const words = WORDS[lang];
      let world: CrowdWorld;

      beforeAll(async () => {
        world = await crowdWorld(lang === 'ko' ? { locale: 'ko', timezoneId: 'Asia/Seoul' } : { timezoneId: 'Asia/Seoul' });
      });
      afterAll(async () => {
        await world?.close();
      });

      it('just you: this browser fails, 23 others at its site work → yellow, your network, its own badge', async () => {
        const s = await world.show(office(1, 0), PROBE_FAILS, 'probe-unreachable');
        expect(s?.assessment.crowd).toEqual({ kind: 'just-you', site: SITE, working: 23 });
        expect(await badge(world.ext)).toEqual({ text: 'NET', color: AMBER });
        const page = await popup(world.ext);
        expect(await page.locator('#verdict-h').textContent()).toBe(words.justYouTitle);
        expect(await page.getByTestId('crowd-line').textContent()).toBe(words.justYou);
        expect(await page.getByTestId('level').textContent()).toBe(words.networkWord);
        // "Outlook isn't working for me": one click, counted once per window.
        const before = world.corp.reports().length;
        await page.getByTestId('report-manual').click();
        await expect.poll(() => page.getByTestId('report-reply').textContent()).toBe(words.sent);
        expect(world.corp.reports().slice(before)).toEqual([expect.objectContaining({ manual: true, site: SITE })]);
        await page.close();
      });

      it('your office: 63 % of Seoul HQ fails, Busan is fine → yellow, your (company) network', async () => {
        const s = await world.show(office(15, 0), PROBE_FAILS, 'crowd-office');
        expect(s?.level).toBe('degraded');
        expect(await badge(world.ext)).toEqual({ text: 'NET', color: AMBER });
        const page = await popup(world.ext);
        expect(await page.locator('#verdict-h').textContent()).toBe(words.officeTitle);
        expect(await page.getByTestId('crowd-line').textContent()).toBe(words.office);
        await page.close();
      });

      it('everyone: both offices fail and Microsoft is silent → red, labelled "possible outage", not confirmed', async () => {
        const s = await world.show(office(20, 14), PROBE_FAILS, 'crowd-everyone');
        expect(s?.level).toBe('outage');
        expect(await badge(world.ext)).toEqual({ text: '!', color: RED });
        const page = await popup(world.ext);
        expect(await page.getByTestId('level').textContent()).toBe(words.everyoneWord);
        expect(await page.getByTestId('crowd-line').textContent()).toMatch(words.everyone);
        await page.close();
      });

      it("not enough browsers to tell below k: the colour is this browser's own check alone", async () => {
        const s = await world.show(office(3, 0, 4), PROBE_FAILS, 'probe-unreachable');
        expect(s?.assessment.crowd).toEqual({ kind: 'not-enough', site: SITE, k: 5 });
        const page = await popup(world.ext);
        expect(await page.getByTestId('crowd-line').textContent()).toBe(words.notEnough);
        await page.close();
        await world.show(office(0, 0), PROBE_WORKS, 'all-clear');
      });

      it('29 Oct 2025 in words (composed): possible outage, then confirmed by Microsoft — 52 minutes earlier', async () => {
        // Times as on the day, relative to now: the organisation's browsers failing from "16:05", Microsoft's first post "16:57".
        const failingFrom = new Date(Date.now() - 60 * 60_000);
        const firstPost = new Date(failingFrom.getTime() + 52 * 60_000).toISOString();
        await world.show(office(20, 14, 24, failingFrom.toISOString()), PROBE_FAILS, 'crowd-everyone');
        const warned = await popup(world.ext);
        expect(await warned.getByTestId('headline').textContent()).toBe(words.possibleOutage);
        await warned.close();
        world.corp.incidents = [frontDoor(failingFrom, firstPost)];
        const s = await world.show(office(20, 14, 24, failingFrom.toISOString()), PROBE_FAILS, 'incident');
        expect(s?.assessment.crowd).toMatchObject({ kind: 'confirmed', postedAt: firstPost, crowdSince: failingFrom.toISOString() });
        const page = await popup(world.ext);
        expect(await page.getByTestId('crowd-line').textContent()).toBe(words.confirmed);
        await page.close();
        world.corp.incidents = [];
      });

      it('the options page says what is sent, to whom and when', async () => {
        const page = await world.ext.context.newPage();
        await page.goto(`chrome-extension://${world.ext.id}/src/options/index.html`);
        const note = page.getByTestId('reports-note');
        await note.waitFor();
        expect(await note.getAttribute('data-reports')).toBe('on');
        expect(await note.textContent()).toContain('https://status.corp.example.test/v1/probes');
        expect(await note.textContent()).toContain(SITE);
        await page.close();
      });

      it('the aggregator received exactly the reports: the contract, nothing about the person, and only to /v1/probes', () => {
        const reports = world.corp.reports();
        expect(reports.length).toBeGreaterThan(0);
        for (const r of reports) {
          expect(Object.keys(r).sort()).toEqual(expect.arrayContaining(['host', 'latency', 'outcome', 'reporter', 'site', 'v', 'version']));
          expect(
            Object.keys(r).every((k) => ['host', 'latency', 'outcome', 'reporter', 'site', 'v', 'version', 'manual'].includes(k)),
          ).toBe(true);
          expect(r).toMatchObject({ v: 1, host: 'outlook.office.com', site: SITE });
        }
        // One reporter id for this browser today.
        expect(new Set(reports.map((r) => r.reporter)).size).toBe(1);
        // What the extension asked of the aggregator: its status and its reports, nothing else.
        expect([...new Set(world.corp.log.map((l) => `${l.method} ${l.path}`))].sort()).toEqual(
          [`GET ${CORP_STATUS_PATH}`, `OPTIONS ${CORP_PROBES_PATH}`, `OPTIONS ${CORP_STATUS_PATH}`, `POST ${CORP_PROBES_PATH}`].sort(),
        );
        // Never more reports than checks: on change, at most one per interval, never retried.
        expect(reports.filter((r) => !r.manual).length).toBeLessThanOrEqual(world.corp.statusReads().length);
      });
    });
  }
});
