/** The pure half of the banner: which alert, and which words. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../../src/core/extension/assess';
import { outlookKindForHost } from '../../../src/core/engine/outlook-hosts';
import { translator, type Dictionary } from '../../../src/core/engine/i18n';
import type { BannerAlert, BannerView } from '../../../src/core/extension/snapshot';
import { staleAt } from '../../../src/core/extension/staleness';
import { bannerText, pickAlert } from '../../../src/content/decide';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dictionary = (locale: string) => JSON.parse(readFileSync(join(REPO, `_locales/${locale}/messages.json`), 'utf8')) as Dictionary;
const manifest = JSON.parse(readFileSync(join(REPO, 'manifest.json'), 'utf8')) as {
  content_scripts: { matches: string[] }[];
};

const NOW = Date.parse('2025-11-26T03:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const alert: BannerAlert = {
  kind: 'incident',
  severity: 'outage',
  title: 'Mail flow delays',
  since: iso(NOW - 3_600_000),
  dismissKey: 'graph:EX1@2025-11-26T02:50:00.000Z',
};
const snap = (business: BannerAlert | null, over: Partial<BannerView> = {}): BannerView => ({
  checkedAt: iso(NOW - 60_000),
  pollMinutes: 5,
  banners: { business, consumer: null },
  language: 'auto',
  ...over,
});

describe('outlookKindForHost', () => {
  it('knows every content-script host, and nothing else', () => {
    const hosts = manifest.content_scripts.flatMap((c) => c.matches.map((m) => new URL(m.replace('/*', '/')).hostname));
    expect(hosts.map(outlookKindForHost)).toEqual(['business', 'business', 'consumer']);
    for (const h of ['example.com', 'outlook.office.com.evil.test', 'live.com', '', 'OUTLOOK.LIVE.COM', 'constructor', '__proto__']) {
      expect(outlookKindForHost(h), h).toBeNull();
    }
  });
});

describe('pickAlert', () => {
  it('returns the alert for the kind', () => {
    expect(pickAlert('business', snap(alert), [], NOW)).toEqual(alert);
    expect(pickAlert('consumer', snap(alert), [], NOW)).toBeNull();
    expect(pickAlert(null, snap(alert), [], NOW)).toBeNull();
  });
  it('hides a dismissed key (stored or dismissed in this tab) but not another', () => {
    expect(pickAlert('business', snap(alert), [alert.dismissKey], NOW)).toBeNull();
    expect(pickAlert('business', snap(alert), [], NOW, new Set([alert.dismissKey]))).toBeNull();
    expect(pickAlert('business', snap(alert), ['graph:EX1@older'], NOW)).toEqual(alert);
  });
  it('uses the same staleness rule as assess.isStale', () => {
    for (const ageMin of [0, 1, 14, 14.99, 15, 15.01, 16, 600]) {
      const s = snap(alert, { checkedAt: iso(NOW - ageMin * 60_000) });
      expect(pickAlert('business', s, [], NOW) === null, `${ageMin} min`).toBe(isStale(s, NOW));
    }
    expect(staleAt(snap(alert))).toBe(NOW - 60_000 + 15 * 60_000);
  });
  it('shows nothing when nothing readable is stored', () => {
    expect(pickAlert('business', null, [], NOW)).toBeNull();
  });
});

describe('bannerText', () => {
  const en = translator(dictionary('en'));
  const ko = translator(dictionary('ko'));
  const seoul = { locale: 'ko-KR', timeZone: 'Asia/Seoul' };
  const newYork = { locale: 'en-US', timeZone: 'America/New_York' };
  it('leads with the answer and the start in the reader’s zone; Microsoft’s title comes second', () => {
    const w = bannerText(alert, en, newYork, NOW);
    expect(w.brand).toBe('Status Lens');
    // 02:00 UTC is 9:00 PM in New York, where it is now 10 PM the same day: the time alone.
    expect(w.text).toMatch(/^Not your PC: Microsoft reports an outage affecting Outlook since 9:00\sPM$/);
    expect(w.since).toBe(' (1 h 0 min so far)');
    expect(w.title).toBe('Mail flow delays');
    expect(w.details).toBe('Details');
    expect(w.dismiss).toMatch(/situation changes/);
  });
  it('shows only the time for today, the date for another day, and the year only for another year', () => {
    // Two hours later it is past midnight in New York: 9:00 PM was yesterday.
    expect(bannerText(alert, en, newYork, NOW + 2 * 3_600_000).text).toMatch(/since Nov 25, 9:00\sPM$/);
    // In Seoul the same start is 11:00 today.
    expect(bannerText(alert, en, { locale: 'en-GB', timeZone: 'Asia/Seoul' }, NOW).text).toMatch(/since 11:00$/);
    expect(bannerText({ ...alert, since: '2024-11-20T03:00:00Z' }, en, newYork, NOW).text).toMatch(/2024/);
  });
  it('is natural Korean in Seoul time, with the duration kept as "…째"', () => {
    const w = bannerText(alert, ko, seoul, NOW);
    // 02:00 UTC is 11:00 the same morning in Seoul.
    expect(w.text).toMatch(/^내 PC 문제가 아닙니다\. .*11:00부터 Microsoft 측 Outlook 장애$/);
    expect(w.text).not.toMatch(/11월/);
    expect(w.since).toBe(' (1시간 0분째)');
    expect(w.details).toBe('자세히 보기');
    expect(w.dismiss).toBe('닫기(새 소식이 있으면 다시 표시됩니다)');
    expect(bannerText({ ...alert, severity: 'degraded' }, ko, seoul, NOW).text).toMatch(/Outlook 서비스 저하$/);
    const u = bannerText({ ...alert, kind: 'unreachable', title: '' }, ko, seoul, NOW);
    expect(u.text).toMatch(/부터 현재 네트워크에서 Outlook에 연결할 수 없습니다/);
    expect(u.since).toBe('');
    expect(u.title).toBe('');
  });
  it('leaves $ sequences in a remote title alone', () => {
    expect(bannerText({ ...alert, title: 'Cost $1 and $$' }, en, newYork, NOW).title).toBe('Cost $1 and $$');
  });
});

describe('locale files', () => {
  it('en and ko carry the same banner_ keys, each with a message', () => {
    const keys = (d: Dictionary) =>
      Object.keys(d)
        .filter((k) => k.startsWith('banner_'))
        .sort();
    expect(keys(dictionary('ko'))).toEqual(keys(dictionary('en')));
    expect(keys(dictionary('en'))).toEqual(
      [
        'banner_brand',
        'banner_crowdEveryone',
        'banner_crowdOffice',
        'banner_degraded',
        'banner_details',
        'banner_dismiss',
        'banner_outage',
        'banner_serverError',
        'banner_unreachable',
      ].sort(),
    );
    for (const l of ['en', 'ko']) for (const k of keys(dictionary(l))) expect(dictionary(l)[k]!.message.length).toBeGreaterThan(0);
  });
});

describe('src/content source', () => {
  it('never parses HTML', () => {
    const files = readdirSync(join(REPO, 'src/content'));
    expect(files).toContain('app.ts');
    for (const f of files) {
      const src = readFileSync(join(REPO, 'src/content', f), 'utf8');
      expect(src, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    }
  });
});
