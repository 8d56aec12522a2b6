/**
 * What the helpdesk pastes and a worried user reads, in Chromium and Firefox ESR alike (harness/driver.ts):
 * "Copy for IT" read back from the browser's clipboard in English and Korean, the fact box with Microsoft's
 * own status first, the Korean lead sentence and "Microsoft 원문" in Seoul time, the desktop notifications
 * at an incident's start and end (in English, and in Korean in Seoul time), and the welcome page that opens on install with the watch list its
 * work/personal choice sets. Checks only Chromium can make (axe-core, the glance's paint timing, the
 * banner's words through its closed shadow root, a notification clicked) are in ux.e2e.test.ts and
 * settings.e2e.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/extension/snapshot';
import { launchBrowser } from '../../harness/browsers';
import {
  browserUnderTest,
  checkedAfter,
  type ExtensionDriver,
  readSnapshot,
  refresh,
  type TestPage,
  testId,
  until,
} from '../../harness/driver';
import { SCENARIOS } from '../../harness/fixture-server';
import { extensionSuite } from '../../harness/suite';

const BROWSER = browserUnderTest();
/**
 * A pattern for `iso` as a Korean notification in Seoul writes it: "오후 4:05", after a date when not today.
 * (Node's own ICU here has no Korean day periods, so the hour and minute are Seoul's and the words are spelled.)
 */
function seoulTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Seoul',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(Date.parse(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `(.+ )?${part('dayPeriod') === 'AM' ? '오전' : '오후'} ${part('hour')}:${part('minute')}`;
}
const INCIDENT = 'azure-rss:vsg1-b90';
const NOTIFICATION_ID = `incident:${INCIDENT}`;
/** The first card, and something in it (`query` is document order, so the first match is in the first card). */
const CARD = testId('incident');
const inCard = (id: string) => `${CARD} ${testId(id)}`;

async function openPopup(ext: ExtensionDriver): Promise<TestPage> {
  const page = await ext.open(ext.popupUrl, { width: 380, height: 600 });
  await page.waitFor(CARD);
  return page;
}

/** The bottom edge of the first match, in CSS pixels from the top of the viewport. */
const bottomOf = (page: TestPage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().bottom, selector);

/** Clicks the first card's "Copy for IT", waits for `done` beside it, and reads the clipboard back. */
async function copyNotice(page: TestPage, done: string): Promise<string> {
  await page.click(inCard('copy'));
  expect(
    await until(
      () => page.text(`${CARD} .done`),
      (t) => t === done,
    ),
  ).toBe(done);
  return page.readClipboard();
}

/** One check, as the popup's refresh button asks for it, finished and stored. */
async function poll(ext: ExtensionDriver): Promise<Snapshot | undefined> {
  const before = (await readSnapshot(ext))?.checkedAt;
  await refresh(ext);
  return checkedAfter(ext, before);
}

describe(`an APAC incident, as the helpdesk copies it (English, ${BROWSER})`, () => {
  const suite = extensionSuite(SCENARIOS.apacOutage, (port) => launchBrowser(BROWSER, port), 'outage');

  it('"Copy for IT" puts a notice on the clipboard to paste as it is; the fact box is on screen in a 600 px popup', async () => {
    const page = await openPopup(suite.ext);
    expect(await bottomOf(page, inCard('facts'))).toBeLessThan(600);
    expect(await page.evaluate((s) => document.querySelector(s)!.querySelectorAll('.ms-status').length, CARD)).toBeLessThanOrEqual(1);
    const copied = await copyNotice(page, 'Copied');
    const lines = copied.split('\n');
    expect(lines[0]).toBe('[Microsoft 365 service notice] Outlook (work or school) outage in Asia Pacific');
    expect(lines).toContain("This is a problem on Microsoft's side, not your PC: there is no need to restart or reinstall anything.");
    expect(copied).toMatch(/^Affected services: .*Outlook \(work or school\)/m);
    // A date comes first when the start is not today where the browser is.
    expect(copied).toMatch(/^Start time: (.+ )?\d{1,2}:\d{2}\s[AP]M \(.+\), .+so far$/m);
    expect(copied).toMatch(/^(Microsoft's status: |Status \(Microsoft gave no status word; Status Lens reads it as\): ).+$/m);
    expect(copied).toMatch(
      /^Microsoft's ID: (VSG1-B90|in the Microsoft 365 admin center, Service health \(https:\/\/admin\.microsoft\.com\/Adminportal\/Home#\/servicehealth\))$/m,
    );
    expect(copied).not.toMatch(/none published/i);
    expect(copied).toContain('Details: https://');
    expect(lines.slice(lines.indexOf("Microsoft's original (English):") + 1)[0]).toBe(
      'Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services',
    );
    await page.close();
  });
});

describe(`Korean browser in Seoul (${BROWSER})`, () => {
  const suite = extensionSuite(
    SCENARIOS.apacOutage,
    (port) => launchBrowser(BROWSER, port, { locale: 'ko', timezoneId: 'Asia/Seoul' }),
    'outage',
  );

  it("the popup speaks Korean: the fact box with Microsoft's own status first, Seoul time, the Korean lead sentence, Microsoft's original marked", async () => {
    const popup = await openPopup(suite.ext);
    expect(await popup.text(testId('headline'))).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
    expect(await popup.text(testId('refresh'))).toMatch(/새로 고침/);
    expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'ko',
      'Status Lens: Microsoft 365 상태 확인',
    ]);
    expect(await bottomOf(popup, inCard('facts'))).toBeLessThan(600);
    const { rows, quoted } = await popup.evaluate((s) => {
      const facts = document.querySelector(s)!;
      return { rows: [...facts.querySelectorAll('dt')].map((dt) => dt.textContent), quoted: facts.querySelectorAll('.ms-status').length };
    }, inCard('facts'));
    // Microsoft's own status word is quoted first, where a post gives one.
    expect(rows[0]).toBe(quoted ? 'Microsoft 상태' : '시작');
    if (quoted) expect(await popup.text(inCard('ms-status'))).toBe('서비스 중단');
    // The zone's name is the browser's own: "한국 표준시" in Chromium, "대한민국 표준시" in Firefox ESR 140.12.
    expect(await popup.text(inCard('facts'))).toMatch(/(오전|오후) \d{1,2}:\d{2} \((대한민국|한국) 표준시\)/);
    expect(await popup.text(inCard('duration'))).toMatch(/^(\d+시간 )?\d+분째$/);
    expect(await popup.text(inCard('lead'))).toMatch(/^아시아 태평양 지역 .+에서 서비스 중단 문제가 발생해 Microsoft가 .+\.$/);
    expect(await popup.text(inCard('reading'))).toMatch(/^Status Lens 판단: 서비스 중단 · /);
    expect(await popup.text(`${inCard('original')} h4`)).toMatch(/^Microsoft 원문 · /);
    expect(await popup.attribute(inCard('original-title'), 'lang')).toBe('en');
    const lead = await popup.evaluate((s) => {
      const style = getComputedStyle(document.querySelector(s)!);
      return [style.wordBreak, Number.parseFloat(style.fontSize)];
    }, `${CARD} .lead`);
    expect(lead).toEqual(['keep-all', 13]);
    await popup.close();
  });

  it('"Copy for IT" puts the notice in Korean on the clipboard, with Microsoft\'s English under "Microsoft 원문"', async () => {
    const page = await openPopup(suite.ext);
    const copied = await copyNotice(page, '복사됨');
    const lines = copied.split('\n');
    expect(lines[0]).toBe('[Microsoft 365 서비스 공지] 아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
    expect(lines).toContain('내 PC 문제가 아니라 Microsoft 측 문제입니다. PC를 다시 시작하거나 프로그램을 다시 설치할 필요가 없습니다.');
    // The fixture's start is 07:05 UTC today: from 15:00 UTC on, that is yesterday in Seoul, and the notice names
    // the date before the time ("12월 2일 오후 4:05").
    expect(copied).toMatch(/^시작 시간: (\d{1,2}월 \d{1,2}일 )?(오전|오후) \d{1,2}:\d{2} \((대한민국|한국) 표준시\), .+째$/m);
    expect(copied).toMatch(/^Microsoft ID: /m);
    expect(lines.slice(lines.indexOf('Microsoft 원문(영어):') + 1)[0]).toBe(
      'Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services',
    );
    await page.close();
  });

  it('the notifications speak Korean in Seoul time: "… 만에 해결되었습니다" at the end, "내 PC 문제 아님 · …부터" at the next start', async () => {
    await suite.ext.recordNotifications();
    /** The incident's start as the notification gives it, in Seoul time; read from the snapshot each time. */
    const since = async () => {
      const incident = (await readSnapshot(suite.ext))?.document.incidents.find((i) => i.id === INCIDENT);
      return seoulTime(incident!.startedAt);
    };
    const ended = await since();
    suite.server.use(SCENARIOS.apacResolved);
    const levels = [(await poll(suite.ext))?.level, (await poll(suite.ext))?.level];
    suite.server.use(SCENARIOS.apacOutage);
    levels.push((await poll(suite.ext))?.level);
    expect(levels).toEqual(['outage', 'ok', 'outage']);
    const started = await since();
    const seen = await suite.ext.notifications();
    expect(seen).not.toBeNull(); // null: the worker was restarted and lost the record
    expect(seen!.map((n) => [n.id, n.title, n.icon])).toEqual([
      [NOTIFICATION_ID, '아시아 태평양 지역 Outlook(회사·학교) 문제 해결됨', 'ok-128.png'],
      [NOTIFICATION_ID, '아시아 태평양 지역 Outlook(회사·학교) 장애 발생', 'outage-128.png'],
    ]);
    expect(seen![0]!.message.split('\n')[0]).toMatch(
      new RegExp(`^${ended}에 시작되어 ((\\d+일 )?\\d+시간 )?\\d+분 만에 해결되었습니다\\.$`),
    );
    const [short, lead, original] = seen![1]!.message.split('\n');
    expect(short).toMatch(new RegExp(`^내 PC 문제 아님 · ${started}부터( · 다음 업데이트 .+)?$`));
    expect(lead).toMatch(/^아시아 태평양 지역 .+에서 서비스 중단 문제가 발생해 Microsoft가 .+\.$/);
    expect(original).toBe(
      'Microsoft 원문: Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services',
    );
  });

  // Last: the answer changes the watch list.
  it('the welcome page opened on install; "회사 또는 학교 계정" sets the watch list to Outlook for business, not Outlook.com', async () => {
    const welcome = await suite.ext.openedPage('/src/welcome/index.html');
    await welcome.waitFor(testId('account-work'));
    expect(await welcome.text('h1')).toBe('Status Lens를 설치해 주셔서 감사합니다');
    // Each browser's own words for its extensions menu.
    expect(await welcome.text(testId('welcome-pin'))).toContain(
      BROWSER === 'firefox' ? '확장 기능(퍼즐 조각 아이콘)' : '확장 프로그램(퍼즐 조각 아이콘)',
    );
    const checked = () =>
      welcome.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="account"]:checked')].map((i) => i.value));
    // The defaults before an answer: both Outlooks.
    expect(await checked()).toEqual(['both']);
    await welcome.click(testId('account-work'));
    const stored = await until(
      async () =>
        ((await suite.ext.inExtension(() => chrome.storage.sync.get('settings'))).settings ?? {}) as { watchedServices?: string[] },
      (s) => !!s.watchedServices && !s.watchedServices.includes('outlook'),
      10_000,
    );
    expect(stored.watchedServices).toEqual(['exchange', 'm365', 'azure-networking', 'azure-front-door', 'entra']);
    expect(await checked()).toEqual(['work']);
    await welcome.close();
  });
});

describe(`desktop notifications at an incident's start and end, one each (${BROWSER})`, () => {
  const suite = extensionSuite(SCENARIOS.quiet, (port) => launchBrowser(BROWSER, port), 'ok');

  beforeAll(async () => {
    await suite.ext.recordNotifications();
  });

  it('an outage seen by four polls raises exactly one "started" notification: not your PC, since, next update', async () => {
    suite.server.use(SCENARIOS.apacOutage);
    const levels: string[] = [];
    for (let i = 0; i < 4; i++) levels.push((await poll(suite.ext))?.level ?? 'none');
    expect(levels).toEqual(['outage', 'outage', 'outage', 'outage']);
    const seen = (await suite.ext.notifications())!;
    expect(seen.map(({ message: _m, ...n }) => n)).toEqual([
      { id: NOTIFICATION_ID, title: 'Outlook (work or school) outage in Asia Pacific', priority: 2, icon: 'outage-128.png' },
    ]);
    const [short, lead, original] = seen[0]!.message.split('\n');
    expect(short).toMatch(/^Not your PC · since \d{1,2}:\d{2}\s[AP]M( · next update \d{1,2}:\d{2}\s[AP]M)?$/);
    expect(lead).toMatch(/^Microsoft is .+ affecting .+ in Asia Pacific\.$/);
    expect(original).toBe(
      "Microsoft's original: Azure Networking - Asia Pacific - Connectivity issues affecting Azure and Microsoft 365 services",
    );
    // Every post of the event is remembered as told (the Azure summary's too), so none of them notifies again.
    const { notified } = (await suite.ext.inExtension(() => chrome.storage.local.get('notified'))) as { notified: Record<string, string> };
    expect(notified[INCIDENT]).toBe('outage');
  });

  it('when it resolves, exactly one "resolved" notification, and none on the polls after', async () => {
    suite.server.use(SCENARIOS.apacResolved);
    const levels: string[] = [];
    for (let i = 0; i < 3; i++) levels.push((await poll(suite.ext))?.level ?? 'none');
    // The poll that first misses the item keeps it (feeds flap); the next confirms it resolved.
    expect(levels).toEqual(['outage', 'ok', 'ok']);
    const seen = await suite.ext.notifications();
    expect(seen).not.toBeNull(); // null: the worker was restarted and lost the record
    expect(seen!.map((n) => [n.id, n.priority, n.icon])).toEqual([
      [NOTIFICATION_ID, 2, 'outage-128.png'],
      [NOTIFICATION_ID, 0, 'ok-128.png'],
    ]);
    expect(seen![1]!.title).toBe('Outlook (work or school) issue in Asia Pacific resolved');
    expect(seen![1]!.message.split('\n')[0]).toMatch(/^Resolved after (\d+ d )?(\d+ h )?\d+ min \(since .+\)\.$/);
    expect(await suite.ext.inExtension(() => chrome.storage.local.get('notified'))).toEqual({ notified: {} });
  });
});
