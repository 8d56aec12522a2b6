/** One event, one card, with the facts a helpdesk quotes, in both languages and two time zones. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/core/engine/model';
import {
  allByTestId,
  byTestId,
  flush,
  freshPopupEachTest,
  incident,
  iso,
  makeSnapshot,
  MIN,
  mount,
  setUiLanguage,
  storeSnapshot,
  text,
} from './helpers';

freshPopupEachTest();

/** The APAC event as three sources post it: the Azure feed item, the Azure summary post, the Outlook.com row. */
function threePosts(over: Partial<Incident> = {}): Incident[] {
  return [
    incident('vsg1-b90', {
      title: 'Azure Networking - Asia Pacific - Connectivity issues',
      services: ['exchange', 'm365', 'azure-networking'],
      regions: ['asia-pacific', 'korea'],
      phase: 'mitigating',
      trackingId: 'VSG1-B90',
      status: 'extendedRecovery',
      impact: 'Users in Asia Pacific may be unable to open mailboxes in Outlook on the web.',
      nextUpdateBy: iso(-30 * MIN),
      startedAt: iso(125 * MIN),
      updatedAt: iso(20 * MIN),
      updates: [
        { at: iso(20 * MIN), text: 'We rolled back the WAN change; traffic is recovering.' },
        { at: iso(90 * MIN), text: 'We are investigating connectivity issues.' },
      ],
      ...over,
    }),
    {
      ...incident('summary', {
        source: 'azure-summary',
        severity: 'degraded',
        services: ['m365', 'azure-networking'],
        regions: ['asia-pacific'],
      }),
      id: 'azure-summary:wan',
      // status.cloud.microsoft states no time on its posts.
      updatedAtSeen: true,
      title: 'Azure networking issue affecting multiple services in Asia Pacific',
      startedAt: iso(120 * MIN),
      updatedAt: iso(5 * MIN),
      updates: [{ at: iso(5 * MIN), text: 'We have rolled back a recent WAN change and are monitoring recovery.' }],
    },
    {
      ...incident('row', { source: 'm365-consumer', severity: 'degraded', services: ['outlook'], regions: ['asia-pacific'] }),
      id: 'm365-consumer:outlook-com',
      status: 'serviceDegradation',
      title: 'Some users in Asia Pacific may be unable to access Outlook.com',
      startedAt: iso(125 * MIN),
      updatedAt: iso(40 * MIN),
      updates: [{ at: iso(40 * MIN), text: 'We are monitoring for recovery.' }],
    },
  ];
}

describe('one event, one card', () => {
  it('shows the Azure feed item, the Azure summary and the Outlook.com row as one card with three posts, newest first, each with its source', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const root = await mount();
    const cards = allByTestId(root, 'incident');
    expect(cards).toHaveLength(1);
    expect(allByTestId(root, 'incident-other')).toHaveLength(0);
    const card = cards[0]!;
    expect(card.dataset.incidentId).toBe('azure-rss:vsg1-b90');
    expect(card.dataset.posts).toBe('3');
    const posts = allByTestId(card, 'post');
    expect(posts.map((p) => p.dataset.source)).toEqual(['azure-summary', 'azure-rss', 'm365-consumer']);
    expect(text(posts[0]!)).toMatch(/^Azure status summary · /);
    expect(text(posts[2]!)).toContain('Some users in Asia Pacific may be unable to access Outlook.com');
    // Each post carries Microsoft's own status word for it, where the source gives one.
    expect(text(posts[2]!)).toMatch(/^Microsoft 365 status \(personal accounts\) · .+ · Microsoft: Service degradation/);
    // The newest update of the whole event is the one shown.
    expect(text(byTestId(card, 'update-text'))).toBe('We have rolled back a recent WAN change and are monitoring recovery.');
    expect(allByTestId(card, 'history-item')).toHaveLength(4);
  });
});

describe('opened for one post of an event (?incident=<id>)', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it("brings the event's card into view for a post the card does not lead with (the banner names its app's worst post)", async () => {
    history.replaceState(null, '', '/src/popup/index.html?incident=m365-consumer%3Aoutlook-com');
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const root = await mount();
    const card = allByTestId(root, 'incident')[0]!;
    expect(card.dataset.incidentId).toBe('azure-rss:vsg1-b90');
    expect(card.classList.contains('requested')).toBe(true);
    expect(document.activeElement).toBe(card);
  });
});

describe('one resolved event, one entry', () => {
  it('lists the three posts of a resolved event under one entry, naming the other sources', async () => {
    const resolved = threePosts().map((p) => ({ ...p, phase: 'resolved' as const, resolvedAt: iso(3 * MIN) }));
    await storeSnapshot(makeSnapshot({ incidents: resolved }));
    const root = await mount();
    const items = allByTestId(root, 'incident-resolved');
    expect(items).toHaveLength(1);
    expect(items[0]!.dataset.posts).toBe('3');
    expect(allByTestId(items[0]!, 'post').map((p) => p.dataset.source)).toEqual(['azure-summary', 'm365-consumer']);
    expect(text(items[0]!)).toContain('Some users in Asia Pacific may be unable to access Outlook.com');
  });
});

describe('the facts a helpdesk quotes', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (s: string) => {
      written.push(s);
    });
  });

  it('a fact box first: Microsoft’s own status, since, next update and ID; our reading labelled as ours', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    const facts = byTestId(card, 'facts')!;
    expect(card.firstElementChild!.nextElementSibling).toBe(facts);
    expect(text(byTestId(facts, 'ms-status'))).toBe('Extended recovery');
    expect(text(byTestId(facts, 'tracking-id'))).toBe('VSG1-B90');
    expect(text(byTestId(facts, 'next-update'))).toMatch(/^\d{1,2}:\d{2}\s(AM|PM)$/);
    expect(byTestId(facts, 'copy')).not.toBeNull();
    expect(text(byTestId(card, 'reading'))).toBe('Status Lens reads this as: Outage · Restoring service');
    expect(text(byTestId(card, 'lead'))).toBe(
      'Microsoft is restoring service after a service interruption affecting Outlook (work or school), Outlook.com, Microsoft 365 and 1 more in Asia Pacific.',
    );
    const impact = byTestId(card, 'impact')!;
    expect(text(impact)).toBe('Users in Asia Pacific may be unable to open mailboxes in Outlook on the web.');
    expect(impact.lang).toBe('en');
    // The newest post (status.cloud.microsoft) states no time: the time is when Status Lens saw its text.
    expect(text(byTestId(card, 'original')!.querySelector('h4'))).toMatch(/^Microsoft's original · As seen \d{1,2}:\d{2}\s(AM|PM)$/);
    // The per-source posts are folded.
    expect(card.querySelector<HTMLDetailsElement>('details.posts')!.open).toBe(false);
  });

  it('a next update Microsoft has missed says it was due, on the card and in Copy for IT; never as if still ahead', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts({ nextUpdateBy: iso(90 * MIN) }) }));
    const card = byTestId(await mount(), 'incident')!;
    const next = byTestId(card, 'next-update')!;
    expect(text(next.previousElementSibling)).toBe('Next update was due');
    expect(text(next)).toMatch(/^\d{1,2}:\d{2}\s(AM|PM)$/);
    byTestId(card, 'copy')!.click();
    await flush();
    expect(written[0]).toMatch(/\. Next update was due \d{1,2}:\d{2}\s(AM|PM) \(.+\); none yet\.\n/);
    expect(written[0]).toMatch(/\nNext update from Microsoft was due: \d{1,2}:\d{2}\s(AM|PM) \(.+\) \(none yet\)\n/);
    expect(written[0]).not.toMatch(/Next update by|Next update from Microsoft: /);
  });

  it('a next update still ahead is said as ahead', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const next = byTestId(byTestId(await mount(), 'incident')!, 'next-update')!;
    expect(text(next.previousElementSibling)).toBe('Next update');
  });

  it('Microsoft’s own time, where the post states one, is "last updated"', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [threePosts()[0]!] }));
    const card = byTestId(await mount(), 'incident')!;
    expect(text(byTestId(card, 'original')!.querySelector('h4'))).toMatch(/^Microsoft's original · Last updated /);
  });

  it('without Microsoft’s ID, the card says where to find it: Service health in the admin center', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [incident('plain')] }));
    const card = byTestId(await mount(), 'incident')!;
    expect(byTestId(card, 'tracking-id')).toBeNull();
    expect(byTestId(card, 'ms-status')).toBeNull();
    const where = byTestId(card, 'id-where')!.querySelector('a')!;
    expect(where.getAttribute('href')).toBe('https://admin.microsoft.com/Adminportal/Home#/servicehealth');
    expect(text(where)).toContain('In Service health (admin center)');
  });

  it('"Copy for IT" writes a notice to paste as it is: what, not your PC, since, Microsoft’s status, next update, ID, link, original', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    byTestId(card, 'copy')!.click();
    await flush();
    expect(written).toHaveLength(1);
    const lines = written[0]!.split('\n');
    expect(lines[0]).toBe('[Microsoft 365 service notice] Outlook (work or school) outage in Asia Pacific');
    expect(lines[2]).toMatch(
      /^Microsoft is restoring service after a service interruption affecting .+ in Asia Pacific\. It started at \d{1,2}:\d{2}\s(AM|PM) \(.+\), 2 h 5 min so far\. Next update by /,
    );
    expect(lines[3]).toBe("This is a problem on Microsoft's side, not your PC: there is no need to restart or reinstall anything.");
    expect(lines).toContain('Affected services: Outlook (work or school), Outlook.com, Microsoft 365 and 1 more');
    expect(lines).toContain('Regions: Asia Pacific');
    expect(lines).toContain("Microsoft's status: Extended recovery");
    expect(lines.some((l) => /^Next update from Microsoft: \d{1,2}:\d{2}\s(AM|PM) \(.+\)$/.test(l))).toBe(true);
    expect(lines).toContain("Microsoft's ID: VSG1-B90");
    expect(lines).toContain('Details: https://azure.status.microsoft/en-us/status/');
    const original = lines.indexOf("Microsoft's original (English):");
    expect(lines.slice(original + 1)).toEqual([
      'Azure Networking - Asia Pacific - Connectivity issues',
      'Users in Asia Pacific may be unable to open mailboxes in Outlook on the web.',
      'We have rolled back a recent WAN change and are monitoring recovery.',
    ]);
    expect(text(card.querySelector('[role="status"]'))).toBe('Copied');
  });

  it('without a Microsoft status or ID, the notice says where the ID is, never "not published" as if it were one', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [incident('plain')] }));
    const card = byTestId(await mount(), 'incident')!;
    byTestId(card, 'copy')!.click();
    await flush();
    expect(written[0]).toContain(
      "Microsoft's ID: in the Microsoft 365 admin center, Service health (https://admin.microsoft.com/Adminportal/Home#/servicehealth)",
    );
    expect(written[0]).not.toMatch(/none published/i);
    expect(written[0]).toContain('Status (Microsoft gave no status word; Status Lens reads it as): Outage · Investigating');
  });

  it('says so when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await storeSnapshot(makeSnapshot({ incidents: [incident('plain')] }));
    const card = byTestId(await mount(), 'incident')!;
    byTestId(card, 'copy')!.click();
    await flush();
    expect(text(card.querySelector('[role="status"]'))).toBe("Couldn't copy");
  });
});

describe('time as people read it', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('in Seoul, in Korean: the zone named (한국 표준시), no date for today, the duration so far, Microsoft’s status and the lead sentence', async () => {
    process.env.TZ = 'Asia/Seoul';
    setUiLanguage('ko-KR');
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    const since = text(byTestId(card, 'facts')!.querySelector('dl > div:nth-child(2) dd'));
    // 00:55 UTC is 9:55 in the morning in Seoul.
    expect(since).toMatch(/^(오전|AM) 9:55 \(한국 표준시\) 2시간 5분째$/);
    expect(text(byTestId(card, 'duration'))).toBe('2시간 5분째');
    expect(text(byTestId(card, 'ms-status'))).toBe('확장된 복구');
    expect(text(byTestId(card, 'lead'))).toBe(
      '아시아 태평양 지역 Outlook(회사·학교), Outlook.com, Microsoft 365 외 1개에서 서비스 중단 문제가 발생해 Microsoft가 서비스를 복원하는 중입니다.',
    );
    expect(text(byTestId(card, 'reading'))).toBe('Status Lens 판단: 서비스 중단 · 서비스 복원 중');
    expect(text(byTestId(card, 'original')!.querySelector('h4'))).toMatch(/^Microsoft 원문 · /);
    expect(byTestId(card, 'original-title')!.lang).toBe('en');
    expect(document.documentElement.lang).toBe('ko');
  });

  it('in New York, in English: the same start at its local time and zone, and "so far"', async () => {
    process.env.TZ = 'America/New_York';
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    // 00:55 UTC on 10 March 2026 is 8:55 PM on 9 March in New York (daylight time began on the 8th), where
    // "now" is 11 PM the same evening: today, so no date.
    expect(text(byTestId(card, 'facts')!.querySelector('dl > div:nth-child(2) dd'))).toMatch(
      /^8:55\sPM \(Eastern Daylight Time\) 2 h 5 min so far$/,
    );
    expect(text(byTestId(card, 'duration'))).toBe('2 h 5 min so far');
  });
});

describe('scope inside a service, in words', () => {
  const imapOnly = incident('ex900001', {
    source: 'graph',
    severity: 'degraded',
    services: ['exchange'],
    surfaces: ['imap', 'pop'],
    title: 'Users may be unable to receive email through IMAP or POP',
  });

  it('an issue confined to IMAP and POP says so, in English and in Korean', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [imapOnly] }));
    let card = byTestId(await mount(), 'incident')!;
    expect([...card.querySelectorAll('.chips li')].map(text)).toContain('Only IMAP, POP');
    setUiLanguage('ko-KR');
    card = byTestId(await mount(), 'incident')!;
    expect([...card.querySelectorAll('.chips li')].map(text)).toContain('IMAP, POP에만 해당');
  });

  it('an issue with no stated surface (the whole service) has no scope line', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [{ ...imapOnly, surfaces: undefined }] }));
    const card = byTestId(await mount(), 'incident')!;
    expect([...card.querySelectorAll('.chips li')].map(text).some((s) => /^Only /.test(s))).toBe(false);
  });
});
