/** The glance: the popup's first lines, carried in its address from the worker's check to the popup's first paint. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glanceOf } from '../../../src/core/extension/tooltip';
import { type Glance, glanceQuery, readGlance } from '../../../src/core/extension/glance';
import { isPlainLine } from '../../../src/core/engine/text';
import { SUPPORTED_LOCALES, translator } from '../../../src/core/engine/i18n';
import { LEVELS, LOOKS, MAX_POLL_MINUTES, MIN_POLL_MINUTES } from '../../../src/core/extension/level';
import { REGION_IDS, SERVICE_IDS } from '../../../src/core/engine/catalog-ids';
import type { Incident } from '../../../src/core/engine/model';
import { type Assessment, REASONS } from '../../../src/core/extension/snapshot';
import { fixture } from '../../../harness/fixtures';

const NOW = Date.parse('2026-03-10T03:00:00.000Z');
const MIN = 60_000;
const iso = (msBeforeNow: number) => new Date(NOW - msBeforeNow).toISOString();

const korean: Glance = {
  locale: 'ko',
  level: 'outage',
  look: 'outage',
  levelWord: '장애',
  headline: '아시아 태평양 지역 Outlook(회사·학교) 장애 발생',
  checkedAt: iso(2 * MIN),
  pollMinutes: 1,
};

/** The query with one parameter set (or removed, for null). */
function withParam(glance: Glance, name: string, value: string | null): string {
  const params = new URLSearchParams(glanceQuery(glance));
  if (value === null) params.delete(name);
  else params.set(name, value);
  return `?${params}`;
}

describe('glanceQuery and readGlance', () => {
  it('reads back what was written, Korean and characters that mean something in a query included', () => {
    expect(readGlance(glanceQuery(korean), NOW)).toEqual(korean);
    const awkward = { ...korean, locale: 'en' as const, levelWord: 'Outage', headline: 'A&B = 100% down? #1 +more' };
    expect(readGlance(glanceQuery(awkward), NOW)).toEqual(awkward);
  });

  it('any glance in range reads back whole (property)', () => {
    const glances = fc.record({
      locale: fc.constantFrom(...SUPPORTED_LOCALES),
      level: fc.constantFrom(...LEVELS),
      look: fc.constantFrom(...LOOKS),
      levelWord: fc.string({ minLength: 1, maxLength: 60 }).filter(isPlainLine),
      headline: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }).filter((s) => s.length <= 300 && isPlainLine(s)),
      checkedAt: fc.integer({ min: 0, max: 2 * MIN }).map((ms) => iso(ms)),
      pollMinutes: fc.integer({ min: MIN_POLL_MINUTES, max: MAX_POLL_MINUTES }),
    });
    fc.assert(
      fc.property(glances, (glance) => {
        expect(readGlance(glanceQuery(glance), NOW)).toEqual(glance);
      }),
    );
  });

  it('an address with any of its values changed reads back whole or not at all, never out of range (property)', () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom('', 'outage', 'ko', '0', '61', 'NaN', '1e3', iso(-10 * MIN), '\u202e'),
    );
    const names = ['level', 'locale', 'word', 'headline', 'checked', 'poll', 'extra'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), anyValue), (changes) => {
        const params = new URLSearchParams(glanceQuery(korean));
        for (const [name, value] of Object.entries(changes)) params.set(name, value);
        const glance = readGlance(`?${params}`, NOW);
        if (!glance) return;
        expect(LEVELS).toContain(glance.level);
        expect(SUPPORTED_LOCALES).toContain(glance.locale);
        expect(glance.levelWord.length).toBeGreaterThan(0);
        expect(glance.headline.length).toBeLessThanOrEqual(300);
        expect(glance.pollMinutes).toBeGreaterThanOrEqual(MIN_POLL_MINUTES);
        expect(Date.parse(glance.checkedAt)).toBeLessThanOrEqual(NOW + 5 * MIN);
      }),
    );
  });

  it('a check older than three poll intervals is stale: nothing to paint, the popup says so itself', () => {
    const checked = { ...korean, pollMinutes: 5 };
    expect(readGlance(glanceQuery({ ...checked, checkedAt: iso(14 * MIN) }), NOW)).not.toBeNull();
    expect(readGlance(glanceQuery({ ...checked, checkedAt: iso(16 * MIN) }), NOW)).toBeNull();
  });

  it('a check from the future is damage, beyond a clock corrected by a few minutes', () => {
    expect(readGlance(glanceQuery({ ...korean, checkedAt: iso(-4 * MIN) }), NOW)).not.toBeNull();
    expect(readGlance(glanceQuery({ ...korean, checkedAt: iso(-6 * MIN) }), NOW)).toBeNull();
    expect(readGlance(glanceQuery({ ...korean, checkedAt: iso(-365 * 24 * 60 * MIN) }), NOW)).toBeNull();
  });

  it.each([
    ['an unknown level', 'level', 'green'],
    ['an unknown locale', 'locale', 'fr'],
    ['an empty word', 'word', ''],
    ['a word too long', 'word', 'x'.repeat(61)],
    ['a headline too long', 'headline', 'x'.repeat(301)],
    ['no headline', 'headline', null],
    ['an unreadable time', 'checked', 'yesterday'],
    ['a poll interval out of range', 'poll', '0'],
    ['a poll interval that is no number', 'poll', 'soon'],
    ['a control character', 'headline', 'Outlook\u0000 outage'],
    ['a direction override', 'headline', 'All clear \u202egnirehtaew'],
    ...[
      '\u061c',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\u{e0041}',
      '\u0085',
      '\u3164',
      '\u2800',
      '\u206a',
      '\ufff9',
    ].map((ch): [string, string, string] => [
      `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      'headline',
      `Outlook${ch} outage`,
    ]),
    ['a poll interval in exponent form', 'poll', '1e1'],
    ['a poll interval in hexadecimal', 'poll', '0x3c'],
    ['a poll interval with a fraction', 'poll', '5.0'],
    ['a poll interval with a space', 'poll', ' 5'],
    ['no poll interval', 'poll', null],
  ])('%s: nothing to paint', (_what, name, value) => {
    expect(readGlance(withParam(korean, name, value), NOW)).toBeNull();
  });

  it('the notification link (?incident=…) and a bare address carry no glance', () => {
    expect(readGlance('', NOW)).toBeNull();
    expect(readGlance('?incident=azure-rss%3Aapac', NOW)).toBeNull();
  });
});

const assessment = (reason: Assessment['reason'], headline?: string) =>
  ({
    level: 'outage',
    reason,
    relevant: [],
    other: [],
    recentlyResolved: [],
    lastKnown: [],
    ...(headline ? { headline } : {}),
  }) as Assessment;

describe('glanceOf: the words the popup header would say', () => {
  it('every headline and level word there is, in both languages, fits a glance', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const words = translator(JSON.parse(fixture(`../../_locales/${locale}/messages.json`)));
      for (const severity of ['outage', 'degraded'] as const) {
        for (const service of SERVICE_IDS) {
          for (const regions of [[], ...REGION_IDS.map((r) => [r])]) {
            const lead = { id: 'x', severity, services: [service], regions } as unknown as Incident;
            const glance = glanceOf(
              { level: 'outage', assessment: assessment('incident', 'x'), checkedAt: iso(MIN), pollMinutes: 5 },
              lead,
              locale,
              words,
            );
            expect(readGlance(glanceQuery(glance), NOW), glance.headline).toEqual(glance);
          }
        }
      }
      for (const reason of REASONS) {
        const glance = glanceOf(
          { level: 'unknown', assessment: assessment(reason), checkedAt: iso(MIN), pollMinutes: 5 },
          undefined,
          locale,
          words,
        );
        expect(readGlance(glanceQuery(glance), NOW), `${locale} ${reason}`).toEqual(glance);
      }
    }
  });

  const t = translator(JSON.parse(fixture('../../_locales/en/messages.json')));
  const incident = {
    id: 'azure-rss:apac',
    severity: 'outage',
    services: ['exchange'],
    regions: ['asia-pacific'],
  } as Incident;
  it("names the incident the assessment leads with, with the level's word", () => {
    const snapshot = { level: 'outage' as const, assessment: assessment('incident', incident.id), checkedAt: iso(MIN), pollMinutes: 1 };
    expect(glanceOf(snapshot, incident, 'en', t)).toEqual({
      locale: 'en',
      level: 'outage',
      look: 'outage',
      levelWord: 'Outage',
      headline: 'Outlook (work or school) outage in Asia Pacific',
      checkedAt: iso(MIN),
      pollMinutes: 1,
    });
  });

  it('says what the level means when no incident leads it', () => {
    const snapshot = { level: 'unknown' as const, assessment: assessment('offline'), checkedAt: iso(MIN), pollMinutes: 5 };
    expect(glanceOf(snapshot, undefined, 'en', t)).toMatchObject({ levelWord: t('popup_level_unknown'), headline: t('headlineOffline') });
  });
});
