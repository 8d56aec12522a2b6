/**
 * The glance: the popup's first lines (the level and the headline in the check's language) and the check's
 * timing, carried in the popup's own address. The worker sets that address with the toolbar at every
 * check (action.setPopup), so the popup paints its headline from `location.search` at once, before any
 * storage round trip or framework (src/popup/boot.ts). Dependency-free for that reason.
 *
 * Anything that does not read back as a current glance gives null, and the popup says what to say the
 * slow way: a stale or future check, a value out of range, an address someone typed.
 */
import { SUPPORTED_LOCALES, type Locale } from '../engine/i18n';
import { isPlainLine } from '../engine/text';
import { isPollMinutes, LEVELS, type Level, LOOKS, type Look } from './level';
import { checkedInTime, isStale } from './staleness';

export interface Glance {
  locale: Locale;
  level: Level;
  /** How the level is drawn: its own shape, or "your network" (level.ts lookOf). */
  look: Look;
  /** "Outage", "장애" */
  levelWord: string;
  /** core/extension/describe.ts's headline, as the popup's header says it. */
  headline: string;
  checkedAt: string;
  pollMinutes: number;
}

const MAX_WORD = 60;
const MAX_HEADLINE = 300;

/** The glance as a query string: `?level=…&locale=…`. */
export function glanceQuery(glance: Glance): string {
  const params = new URLSearchParams({
    level: glance.level,
    look: glance.look,
    locale: glance.locale,
    word: glance.levelWord,
    headline: glance.headline,
    checked: glance.checkedAt,
    poll: String(glance.pollMinutes),
  });
  return `?${params}`;
}

const oneOf = <T extends string>(list: readonly T[], value: string | null): value is T => list.includes(value as T);
/** Our words pass the sanitiser unchanged (core/engine/text.ts); an address typed to mislead might not. */
const text = (value: string | null, max: number): value is string => !!value && value.length <= max && isPlainLine(value);
/** Digits only, as the stored number is written: not `1e1`, `0x3c`, ` 5` or `5.0`. */
const minutes = (value: string | null): number => (value && /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN);

/** The glance in a query string, if it is whole, in range and current at `now`. */
export function readGlance(query: string, now: number): Glance | null {
  const params = new URLSearchParams(query);
  const level = params.get('level');
  const look = params.get('look');
  const locale = params.get('locale');
  const levelWord = params.get('word');
  const headline = params.get('headline');
  const checkedAt = params.get('checked');
  const pollMinutes = minutes(params.get('poll'));
  if (!oneOf(LEVELS, level) || !oneOf(LOOKS, look) || !oneOf(SUPPORTED_LOCALES, locale)) return null;
  if (!text(levelWord, MAX_WORD) || !text(headline, MAX_HEADLINE)) return null;
  if (!checkedAt || !Number.isFinite(Date.parse(checkedAt))) return null;
  if (!isPollMinutes(pollMinutes)) return null;
  const glance = { locale, level, look, levelWord, headline, checkedAt, pollMinutes };
  return checkedInTime(checkedAt, now) && !isStale(glance, now) ? glance : null;
}
