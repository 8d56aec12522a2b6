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

  it('ID, Microsoft’s own status beside ours, user impact and the next update', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    expect(text(byTestId(card, 'tracking-id'))).toBe('ID VSG1-B90');
    expect(text(card.querySelector('.meta'))).toBe('Outage · Restoring serviceMicrosoft: Extended recovery');
    const impact = byTestId(card, 'impact')!;
    expect(text(impact.closest('.impact')!.querySelector('h4'))).toBe('User impact');
    expect(text(impact)).toBe('Users in Asia Pacific may be unable to open mailboxes in Outlook on the web.');
    expect(impact.lang).toBe('en');
    expect(text(byTestId(card, 'next-update'))).toMatch(/^Next update by \d{1,2}:\d{2}\s(AM|PM)$/);
  });

  it('"Copy for IT" puts a plain-text summary on the clipboard: title, ID, status, start, last update, link', async () => {
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    byTestId(card, 'copy')!.click();
    await flush();
    expect(written).toHaveLength(1);
    const lines = written[0]!.split('\n');
    expect(lines[0]).toBe('Azure Networking - Asia Pacific - Connectivity issues');
    expect(lines[1]).toBe('ID: VSG1-B90');
    expect(lines[2]).toBe('Status: Extended recovery');
    expect(lines[3]).toMatch(/^Start time: \d{1,2}:\d{2}\s(AM|PM) \(.+\)$/);
    expect(lines[4]).toMatch(/^Last updated: \d{1,2}:\d{2}\s(AM|PM) \(.+\)$/);
    expect(lines[5]).toBe('Link: https://azure.status.microsoft/en-us/status/');
    expect(text(card.querySelector('[role="status"]'))).toBe('Copied');
  });

  it('without a Microsoft status or ID, the copy says so and uses our words', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [incident('plain')] }));
    const card = byTestId(await mount(), 'incident')!;
    expect(byTestId(card, 'tracking-id')).toBeNull();
    expect(byTestId(card, 'ms-status')).toBeNull();
    byTestId(card, 'copy')!.click();
    await flush();
    expect(written[0]).toContain('ID: none published by Microsoft');
    expect(written[0]).toContain('Status: Outage · Investigating');
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

  it('in Seoul, in Korean: the zone named (한국 표준시), no date for today, and the duration so far', async () => {
    process.env.TZ = 'Asia/Seoul';
    setUiLanguage('ko-KR');
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    const started = text(card.querySelector('.times span'));
    // 00:55 UTC is 9:55 in the morning in Seoul.
    expect(started).toMatch(/^시작: (오전|AM) 9:55 \(한국 표준시\)$/);
    expect(text(byTestId(card, 'duration'))).toBe('2시간 5분째');
    expect(text(byTestId(card, 'ms-status'))).toBe('Microsoft 상태: 확장된 복구');
    expect(text(byTestId(card, 'impact')!.closest('.impact')!.querySelector('h4'))).toBe('사용자 영향');
    expect(card.querySelector('h3')!.lang).toBe('en');
    expect(document.documentElement.lang).toBe('ko');
  });

  it('in New York, in English: the same start at its local time and zone, and "so far"', async () => {
    process.env.TZ = 'America/New_York';
    await storeSnapshot(makeSnapshot({ incidents: threePosts() }));
    const card = byTestId(await mount(), 'incident')!;
    // 00:55 UTC on 10 March 2026 is 8:55 PM on 9 March in New York (daylight time began on the 8th), where
    // "now" is 11 PM the same evening: today, so no date.
    expect(text(card.querySelector('.times span'))).toMatch(/^Started 8:55\sPM \(Eastern Daylight Time\)$/);
    expect(text(byTestId(card, 'duration'))).toBe('2 h 5 min so far');
  });
});
