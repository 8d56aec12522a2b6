/** Notification titles: the headline's words, by severity, with a worldwide variant; never "in Worldwide". */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { notificationTitle } from '../../../src/background/notifications';
import { translator, type Dictionary } from '../../../src/core/engine/i18n';
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
  startedAt: '2026-03-10T01:00:00.000Z',
  updatedAt: '2026-03-10T01:00:00.000Z',
  summary: '',
  updates: [],
  ...over,
});

describe('notification titles', () => {
  it('name the service, the severity and the region', () => {
    expect(notificationTitle({ kind: 'started', incident: incident({}) }, en)).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(notificationTitle({ kind: 'started', incident: incident({}) }, ko)).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
  });

  it('have a worldwide variant instead of "in Worldwide" / "전 세계 지역"', () => {
    const global = incident({ regions: ['global'] });
    expect(notificationTitle({ kind: 'started', incident: global }, en)).toBe('Outlook (work or school) outage worldwide');
    expect(notificationTitle({ kind: 'started', incident: global }, ko)).toBe('전 세계 Outlook(회사·학교) 장애 발생');
    expect(notificationTitle({ kind: 'started', incident: incident({ regions: [] }) }, ko)).not.toContain('지역');
  });

  it('call a degradation a degradation, and say what changed', () => {
    const degraded = incident({ severity: 'degraded', regions: ['global'] });
    expect(notificationTitle({ kind: 'started', incident: degraded }, en)).toBe('Outlook (work or school) problems worldwide');
    expect(notificationTitle({ kind: 'started', incident: degraded }, ko)).toBe('전 세계 Outlook(회사·학교) 서비스 저하');
    expect(notificationTitle({ kind: 'worsened', incident: incident({}) }, en)).toBe(
      'Worse now: Outlook (work or school) outage in Asia Pacific',
    );
    expect(notificationTitle({ kind: 'resolved', incident: degraded }, ko)).toBe('해결됨: 전 세계 Outlook(회사·학교) 서비스 저하');
  });
});
