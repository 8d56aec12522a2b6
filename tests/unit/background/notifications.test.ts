/**
 * Notification texts: the headline's words, by severity, with a worldwide variant (never "in Worldwide"); at
 * the start "not your PC · since · next update", the sentence in the UI language and Microsoft's original;
 * at the end how long it lasted.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { translator, type Clock, type Dictionary } from '../../../src/core/engine/i18n';
import { notificationText, type NotificationEvent } from '../../../src/core/extension/notify';
import type { Incident } from '../../../src/core/engine/model';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const words = (l: string) => translator(JSON.parse(readFileSync(resolve(`_locales/${l}/messages.json`), 'utf8')) as Dictionary);
const en = words('en');
const ko = words('ko');

const incident = (over: Partial<Incident>): Incident => ({
  id: 'azure-rss:x',
  source: 'azure-rss',
  title: 'Azure Networking - Connectivity issues',
  severity: 'outage',
  phase: 'investigating',
  services: ['exchange'],
  regions: ['asia-pacific'],
  startedAt: '2026-03-10T02:28:00.000Z',
  updatedAt: '2026-03-10T02:40:00.000Z',
  summary: '',
  updates: [],
  ...over,
});

const seoul: Clock = { locale: 'ko-KR', timeZone: 'Asia/Seoul' };
const seoulEn: Clock = { locale: 'en-US', timeZone: 'Asia/Seoul' };
const NOW = Date.parse('2026-03-10T03:00:00.000Z');
const title = (e: NotificationEvent, t = en) => notificationText(e, t, seoulEn, NOW).title;

describe('notification titles', () => {
  it('name the service, the severity and the region', () => {
    expect(title({ kind: 'started', incident: incident({}) })).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(title({ kind: 'started', incident: incident({}) }, ko)).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
  });

  it('have a worldwide variant instead of "in Worldwide" / "전 세계 지역"', () => {
    const global = incident({ regions: ['global'] });
    expect(title({ kind: 'started', incident: global })).toBe('Outlook (work or school) outage worldwide');
    expect(title({ kind: 'started', incident: global }, ko)).toBe('전 세계 Outlook(회사·학교) 장애 발생');
    expect(title({ kind: 'started', incident: incident({ regions: [] }) }, ko)).not.toContain('지역');
  });

  it('call a degradation a degradation, say what changed, and an end is "… resolved", not "Resolved: outage occurred"', () => {
    const degraded = incident({ severity: 'degraded', regions: ['global'] });
    expect(title({ kind: 'started', incident: degraded })).toBe('Outlook (work or school) problems worldwide');
    expect(title({ kind: 'started', incident: degraded }, ko)).toBe('전 세계 Outlook(회사·학교) 서비스 저하');
    expect(title({ kind: 'worsened', incident: incident({}) })).toBe('Worse now: Outlook (work or school) outage in Asia Pacific');
    expect(title({ kind: 'resolved', incident: degraded }, ko)).toBe('Outlook(회사·학교) 문제 해결됨');
    expect(title({ kind: 'resolved', incident: incident({}) }, ko)).toBe('아시아 태평양 지역 Outlook(회사·학교) 문제 해결됨');
    expect(title({ kind: 'resolved', incident: incident({}) })).toBe('Outlook (work or school) issue in Asia Pacific resolved');
  });
});

describe('notification bodies', () => {
  const next = incident({ nextUpdateBy: '2026-03-10T04:53:00.000Z', severity: 'degraded' });

  it('at the start: not your PC, since when, the next update; the sentence in the UI language; Microsoft’s original', () => {
    expect(notificationText({ kind: 'started', incident: next }, en, seoulEn, NOW).message.split('\n')).toEqual([
      'Not your PC · since 11:28 AM · next update 1:53 PM',
      'Microsoft is investigating a service degradation affecting Outlook (work or school) in Asia Pacific.',
      "Microsoft's original: Azure Networking - Connectivity issues",
    ]);
    // Node's ICU may say AM/PM for 오전/오후.
    const [short, ...rest] = notificationText({ kind: 'started', incident: next }, ko, seoul, NOW).message.split('\n');
    expect(short).toMatch(/^내 PC 문제 아님 · (오전|AM) 11:28부터 · 다음 업데이트 (오후|PM) 1:53$/);
    expect(rest).toEqual([
      '아시아 태평양 지역 Outlook(회사·학교)에서 서비스 저하 문제가 발생해 Microsoft가 조사하고 있습니다.',
      'Microsoft 원문: Azure Networking - Connectivity issues',
    ]);
    expect(notificationText({ kind: 'started', incident: incident({}) }, en, seoulEn, NOW).message).toMatch(
      /^Not your PC · since 11:28 AM\n/,
    );
  });

  it('at the start, a next update Microsoft has already missed is left out, never said as if still ahead', () => {
    const missed = incident({ nextUpdateBy: '2026-03-10T02:30:00.000Z' });
    expect(notificationText({ kind: 'started', incident: missed }, en, seoulEn, NOW).message).toMatch(/^Not your PC · since 11:28 AM\n/);
  });

  it('at the end: how long it lasted', () => {
    const ended = incident({ phase: 'resolved', resolvedAt: '2026-03-10T04:09:00.000Z' });
    expect(notificationText({ kind: 'resolved', incident: ended }, en, seoulEn, NOW).message.split('\n')[0]).toBe(
      'Resolved after 1 h 41 min (since 11:28 AM).',
    );
    expect(notificationText({ kind: 'resolved', incident: ended }, ko, seoul, NOW).message.split('\n')[0]).toMatch(
      /^(오전|AM) 11:28에 시작되어 1시간 41분 만에 해결되었습니다\.$/,
    );
  });
});

describe('showing notifications', () => {
  it('one that cannot be shown does not hold back the others, and the failure is still reported', async () => {
    const { showNotifications } = await import('../../../src/background/notifications');
    const shown: string[] = [];
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (id?: unknown) => {
      if (id === 'incident:azure-rss:first') throw new Error('notifications are blocked');
      shown.push(String(id));
      return String(id);
    });
    const events: NotificationEvent[] = [
      { kind: 'started', incident: incident({ id: 'azure-rss:first' }) },
      { kind: 'started', incident: incident({ id: 'azure-rss:second' }) },
      { kind: 'resolved', incident: incident({ id: 'azure-rss:third', phase: 'resolved' }) },
    ];
    await expect(showNotifications(events, en, seoulEn, NOW)).rejects.toThrow('notifications are blocked');
    expect(shown).toEqual(['incident:azure-rss:second', 'incident:azure-rss:third']);
    create.mockRestore();
  });
});
