/** The pure half of the banner: which alert, and which words. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../../src/core/extension/assess';
import { APP_IDS, appForHost, pagePatterns, type AppId } from '../../../src/core/engine/apps';
import { translator, type Dictionary } from '../../../src/core/engine/i18n';
import type { BannerAlert, BannerView } from '../../../src/core/extension/snapshot';
import { staleAt } from '../../../src/core/extension/staleness';
import { bannerText, pickAlert } from '../../../src/content/decide';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dictionary = (locale: string) => JSON.parse(readFileSync(join(REPO, `_locales/${locale}/messages.json`), 'utf8')) as Dictionary;

const NOW = Date.parse('2025-11-26T03:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const alert: BannerAlert = {
  kind: 'incident',
  incidentId: 'graph:EX1',
  severity: 'outage',
  title: 'Mail flow delays',
  since: iso(NOW - 3_600_000),
  dismissKey: 'graph:EX1@2025-11-26T02:50:00.000Z',
  phase: 'mitigating',
  services: ['exchange', 'm365'],
  regions: ['korea', 'asia-pacific'],
  nextUpdateBy: iso(NOW + 3_600_000),
};
const snap = (business: BannerAlert | null, over: Partial<BannerView> = {}): BannerView => ({
  checkedAt: iso(NOW - 60_000),
  pollMinutes: 5,
  banners: { 'outlook-business': business, 'outlook-consumer': null, teams: null, m365: null },
  language: 'auto',
  ...over,
});

describe('appForHost', () => {
  it('knows every host the gate runs on, and nothing else', () => {
    const hosts = pagePatterns(APP_IDS).map((m) => new URL(m.replace('/*', '/')).hostname);
    expect(hosts.map(appForHost)).toEqual([
      'outlook-business',
      'outlook-business',
      'outlook-business',
      'outlook-consumer',
      'teams',
      'teams',
      'm365',
    ]);
    for (const h of [
      'example.com',
      'outlook.office.com.evil.test',
      'evil.outlook.cloud.microsoft',
      'cloud.microsoft',
      'teams.live.com',
      'www.office.com',
      'live.com',
      '',
      'OUTLOOK.LIVE.COM',
      'constructor',
      '__proto__',
      'hasOwnProperty',
    ]) {
      expect(appForHost(h), h).toBeNull();
    }
  });
});

describe('pickAlert', () => {
  it('returns the alert for the app', () => {
    expect(pickAlert('outlook-business', snap(alert), [], NOW)).toEqual(alert);
    expect(pickAlert('outlook-consumer', snap(alert), [], NOW)).toBeNull();
    expect(pickAlert(null, snap(alert), [], NOW)).toBeNull();
  });
  it('hides a dismissed key (stored or dismissed in this tab) but not another', () => {
    expect(pickAlert('outlook-business', snap(alert), [alert.dismissKey], NOW)).toBeNull();
    expect(pickAlert('outlook-business', snap(alert), [], NOW, new Set([alert.dismissKey]))).toBeNull();
    expect(pickAlert('outlook-business', snap(alert), ['graph:EX1@older'], NOW)).toEqual(alert);
  });
  it('uses the same staleness rule as assess.isStale', () => {
    for (const ageMin of [0, 1, 14, 14.99, 15, 15.01, 16, 600]) {
      const s = snap(alert, { checkedAt: iso(NOW - ageMin * 60_000) });
      expect(pickAlert('outlook-business', s, [], NOW) === null, `${ageMin} min`).toBe(isStale(s, NOW));
    }
    expect(staleAt(snap(alert))).toBe(NOW - 60_000 + 15 * 60_000);
  });
  it('shows nothing when nothing readable is stored', () => {
    expect(pickAlert('outlook-business', null, [], NOW)).toBeNull();
  });
});

describe('bannerText', () => {
  const en = translator(dictionary('en'));
  const ko = translator(dictionary('ko'));
  const seoul = { locale: 'ko-KR', timeZone: 'Asia/Seoul' };
  const newYork = { locale: 'en-US', timeZone: 'America/New_York' };
  it('leads with the answer and the start in the reader’s zone; Microsoft’s title comes second', () => {
    const w = bannerText('outlook-business', alert, en, newYork, NOW);
    expect(w.brand).toBe('Status Lens');
    // 02:00 UTC is 9:00 PM in New York, where it is now 10 PM the same day: the time alone.
    expect(w.text).toMatch(/^Not your PC: Microsoft reports an outage affecting Outlook since 9:00\sPM$/);
    expect(w.since).toBe(' (1 h 0 min so far)');
    expect(w.lead).toMatch(
      /^Microsoft is restoring service after a service interruption affecting Outlook \(work or school\), Microsoft 365 in Asia Pacific\. Next update by 11:00\sPM\.$/,
    );
    expect(w.originalLabel).toBe("Microsoft's original: ");
    expect(w.title).toBe('Mail flow delays');
    expect(w.details).toBe('Details');
    expect(w.dismiss).toMatch(/situation changes/);
  });
  it('names the services in the order the popup does (catalog order, Outlook first), so Outlook is never in "and 2 more"', () => {
    const post = { ...alert, services: ['m365', 'azure-networking', 'azure', 'exchange'] } as BannerAlert;
    expect(bannerText('outlook-business', post, en, newYork, NOW).lead).toMatch(
      /affecting Outlook \(work or school\), Microsoft 365, Azure networking and 1 more in Asia Pacific\./,
    );
    expect(bannerText('outlook-business', post, ko, seoul, NOW).lead).toMatch(/^아시아 태평양 지역 Outlook\(회사·학교\), /);
  });

  it('says a next update Microsoft has missed was due, never as if still ahead', () => {
    const late = { ...alert, nextUpdateBy: iso(NOW - 90 * 60_000) };
    expect(bannerText('outlook-business', late, en, newYork, NOW).lead).toMatch(/ Next update was due 8:30\sPM; none yet\.$/);
    expect(bannerText('outlook-business', late, ko, seoul, NOW).lead).toMatch(/ 다음 업데이트는 \S+ 10:30 예정이었으나 아직 없습니다\.$/);
  });

  it('shows only the time for today, the date for another day, and the year only for another year', () => {
    // Two hours later it is past midnight in New York: 9:00 PM was yesterday.
    expect(bannerText('outlook-business', alert, en, newYork, NOW + 2 * 3_600_000).text).toMatch(/since Nov 25, 9:00\sPM$/);
    // In Seoul the same start is 11:00 today.
    expect(bannerText('outlook-business', alert, en, { locale: 'en-GB', timeZone: 'Asia/Seoul' }, NOW).text).toMatch(/since 11:00$/);
    expect(bannerText('outlook-business', { ...alert, since: '2024-11-20T03:00:00Z' }, en, newYork, NOW).text).toMatch(/2024/);
  });
  it('is natural Korean in Seoul time, with the duration kept as "…째"', () => {
    const w = bannerText('outlook-business', alert, ko, seoul, NOW);
    // 02:00 UTC is 11:00 the same morning in Seoul.
    expect(w.text).toMatch(/^내 PC 문제가 아닙니다\. .*11:00부터 Microsoft 측 Outlook 장애$/);
    expect(w.text).not.toMatch(/11월/);
    expect(w.since).toBe(' (1시간 0분째)');
    expect(w.lead).toMatch(
      /^아시아 태평양 지역 Outlook\(회사·학교\), Microsoft 365에서 서비스 중단 문제가 발생해 Microsoft가 서비스를 복원하는 중입니다\. 다음 업데이트는 (오후|PM) 1:00 예정입니다\.$/,
    );
    expect(w.originalLabel).toBe('Microsoft 원문: ');
    expect(w.details).toBe('자세히 보기');
    expect(w.dismiss).toBe('닫기(새 소식이 있으면 다시 표시됩니다)');
    expect(bannerText('outlook-business', { ...alert, severity: 'degraded' }, ko, seoul, NOW).text).toMatch(/Outlook 서비스 저하$/);
    const u = bannerText('outlook-business', { ...alert, kind: 'unreachable', title: '' }, ko, seoul, NOW);
    expect(u.text).toMatch(/부터 현재 네트워크에서 Outlook에 연결할 수 없습니다/);
    expect(u.since).toBe('');
    expect([u.lead, u.originalLabel, u.title, u.details]).toEqual(['', '', '', '']);
  });
  it('names the app the banner is in, in both languages', () => {
    const words = (app: AppId, t = en) => bannerText(app, alert, t, newYork, NOW).text;
    expect(words('outlook-consumer')).toMatch(/an outage affecting Outlook since/);
    expect(words('teams')).toMatch(/^Not your PC: Microsoft reports an outage affecting Teams since 9:00\sPM$/);
    expect(words('m365')).toMatch(/an outage affecting Microsoft 365 since/);
    expect(bannerText('teams', { ...alert, severity: 'degraded' }, en, newYork, NOW).text).toMatch(/problems affecting Teams since/);
    expect(words('teams', ko)).toMatch(/부터 Microsoft 측 Teams 장애$/);
    expect(words('m365', ko)).toMatch(/부터 Microsoft 측 Microsoft 365 장애$/);
  });
  it('leaves $ sequences in a remote title alone', () => {
    expect(bannerText('outlook-business', { ...alert, title: 'Cost $1 and $$' }, en, newYork, NOW).title).toBe('Cost $1 and $$');
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
        'banner_appM365',
        'banner_appOutlook',
        'banner_appTeams',
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
