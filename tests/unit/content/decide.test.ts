/** The pure half of the banner: which alert, and which words. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../../src/core/assess';
import { outlookKindForHost } from '../../../src/core/outlook-hosts';
import { translator, type Dictionary } from '../../../src/core/i18n';
import type { BannerAlert } from '../../../src/core/model';
import { LANGUAGES } from '../../../src/core/i18n';
import {
  bannerText,
  languageSetting,
  pickAlert,
  safeUrl,
  staleAt,
} from '../../../src/content/decide';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dictionary = (locale: string) =>
  JSON.parse(readFileSync(join(REPO, `_locales/${locale}/messages.json`), 'utf8')) as Dictionary;
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
const snap = (business: unknown, over: Record<string, unknown> = {}) => ({
  checkedAt: iso(NOW - 60_000),
  pollMinutes: 5,
  banners: { business, consumer: null },
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
  it('never throws on garbage, and shows nothing for it', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'x',
      42,
      {},
      { banners: { business: alert } },
      snap(alert, { checkedAt: 'yesterday' }),
      snap(alert, { pollMinutes: 'five' }),
      snap(null),
      snap('alert'),
      snap({ ...alert, dismissKey: 1 }),
      snap({ ...alert, title: undefined }),
      snap({ ...alert, kind: 'other' }),
      snap({ ...alert, since: 'not a date' }),
    ];
    for (const s of bad) expect(pickAlert('business', s, 'not-an-array', NOW)).toBeNull();
    expect(pickAlert('business', snap(alert), { length: 1 }, NOW)).toEqual(alert);
  });
});

describe('settings', () => {
  it('languageSetting accepts exactly the LANGUAGES', () => {
    for (const l of LANGUAGES) expect(languageSetting({ language: l })).toBe(l);
    for (const l of ['fr', 'KO', 1, null]) expect(languageSetting({ language: l })).toBe('auto');
    expect(languageSetting(undefined)).toBe('auto');
  });
});

describe('safeUrl', () => {
  it('keeps https only', () => {
    expect(safeUrl('https://status.cloud.microsoft/x')).toBe('https://status.cloud.microsoft/x');
    for (const u of ['http://x.test', 'javascript:alert(1)', ' https://x.test', '//x.test', 'data:text/html,x', 42, undefined]) {
      expect(safeUrl(u)).toBeUndefined();
    }
  });
});

describe('bannerText', () => {
  const en = translator(dictionary('en'));
  const ko = translator(dictionary('ko'));
  it('names the outage, its title and since when, in English', () => {
    const w = bannerText(alert, en, 'en', NOW);
    expect(w.text).toMatch(/^Microsoft reports an outage affecting Outlook: Mail flow delays — since \S/);
    expect(w.ago).toBe(' (1 hr. ago)');
    expect(w.details).toBe('Details');
  });
  it('shows only the time for today and the date too for an older start', () => {
    const today = bannerText(alert, en, 'en', NOW).text;
    const old = bannerText({ ...alert, since: iso(NOW - 3 * 86_400_000) }, en, 'en', NOW).text;
    expect(today).not.toMatch(/2025/);
    expect(old).toMatch(/2025/);
  });
  it('is natural Korean', () => {
    const w = bannerText(alert, ko, 'ko', NOW);
    expect(w.text).toMatch(/^Microsoft에서 Outlook 장애를 보고했습니다: Mail flow delays — .+부터$/);
    expect(w.ago).toBe(' (1시간 전)');
    expect(w.details).toBe('자세히 보기');
    expect(w.dismiss).toMatch(/^닫기/);
    const d = bannerText({ ...alert, severity: 'degraded' }, ko, 'ko', NOW);
    expect(d.text).toMatch(/^Microsoft에서 Outlook 서비스 문제를 보고했습니다/);
    const u = bannerText({ ...alert, kind: 'unreachable', title: '' }, ko, 'ko', NOW);
    expect(u.text).toMatch(/부터 현재 네트워크에서 Outlook에 연결할 수 없습니다/);
    expect(u.ago).toBe('');
  });
  it('leaves $ sequences in a remote title alone', () => {
    expect(bannerText({ ...alert, title: 'Cost $1 and $$' }, en, 'en', NOW).text).toContain('Cost $1 and $$');
  });
});

describe('locale files', () => {
  it('en and ko carry the same banner_ keys, each with a message', () => {
    const keys = (d: Dictionary) => Object.keys(d).filter((k) => k.startsWith('banner_')).sort();
    expect(keys(dictionary('ko'))).toEqual(keys(dictionary('en')));
    expect(keys(dictionary('en'))).toEqual(
      ['banner_degraded', 'banner_details', 'banner_dismiss', 'banner_outage', 'banner_unreachable'].sort(),
    );
    for (const l of ['en', 'ko']) for (const k of keys(dictionary(l))) expect(dictionary(l)[k]!.message.length).toBeGreaterThan(0);
  });
});

describe('src/content source', () => {
  it('never parses HTML', () => {
    for (const f of ['api.ts', 'app.ts', 'banner.ts', 'decide.ts', 'index.ts']) {
      const src = readFileSync(join(REPO, 'src/content', f), 'utf8');
      expect(src, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    }
  });
});
