/** Date parsing for the formats Microsoft's sources use; every result is an ISO-8601 UTC string or undefined. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function toIso(ms: number): string | undefined {
  // Dates before 2000 or after 2100 are placeholders or garbage in a status feed.
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

/**
 * ISO-8601 with an offset and 0–7 fractional digits (.NET writes seven). The .NET default
 * `0001-01-01T00:00:00+00:00` means "no value" and yields undefined.
 */
export function parseIsoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone = 'Z'] = m;
  const ms = Number(`0.${frac}`) * 1000;
  let t = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, Math.floor(ms));
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return toIso(t);
}

/**
 * RSS dates: `Wed, 25 Jan 2023 08:12:00 Z` (the .NET syndication writer's literal Z), `GMT`, `UT`, or a
 * numeric offset. Written out rather than left to Date.parse, whose handling of ` Z` differs between engines.
 */
export function parseRfc822Date(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC?|GMT|[+-]\d{4})?$/i.exec(
    raw.trim(),
  );
  if (!m) return undefined;
  const [, d, monName, y, h, mi, s = '0', zone = 'Z'] = m;
  const mo = MONTHS.indexOf(monName!.toLowerCase());
  if (mo < 0) return undefined;
  let t = Date.UTC(+y!, mo, +d!, +h!, +mi!, +s);
  if (/^[+-]/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    t -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return toIso(t);
}

/**
 * The zones Microsoft writes times in, as hours from UTC: UTC itself and the US zones its posts for US
 * customers use ("8:10 AM PDT").
 */
const ZONE_HOURS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -4,
  est: -5,
  cdt: -5,
  cst: -6,
  mdt: -6,
  mst: -7,
  pdt: -7,
  pst: -8,
};
const ZONE = '(UTC|GMT|Z|EDT|EST|CDT|CST|MDT|MST|PDT|PST)';

/** A 12-hour clock read as 24-hour: 12 AM is midnight, 12 PM noon. */
function hours24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  return (h % 12) + (/^p/i.test(ampm) ? 12 : 0);
}

/** Post prose: `Wednesday, January 25, 2023, at 7:05 AM UTC`, or in a US zone (`… at 8:10 AM PDT`). */
export function parseProseDate(raw: string): string | undefined {
  const m = new RegExp(
    `(?:[a-z]+,\\s*)?([a-z]+)\\s+(\\d{1,2}),\\s*(\\d{4}),?\\s*(?:at\\s*)?(\\d{1,2}):(\\d{2})\\s*(AM|PM|a\\.m\\.|p\\.m\\.)?\\s*${ZONE}\\b`,
    'i',
  ).exec(raw);
  if (!m) return undefined;
  const [, monName, d, y, hRaw, mi, ampm, zone] = m;
  const mo = MONTHS.indexOf(monName!.slice(0, 3).toLowerCase());
  if (mo < 0 || Number(hRaw) > (ampm ? 12 : 23) || Number(mi) > 59) return undefined;
  const offset = ZONE_HOURS[zone!.toLowerCase()]!;
  return toIso(Date.UTC(+y!, mo, +d!, hours24(Number(hRaw), ampm), +mi!) - offset * 60 * 60_000);
}

const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?(?:,?\s+(\d{4})\b)?/gi;
const MONTH_FIRST = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/gi;
/**
 * A clock time with its zone, alone or as the first of a range whose zone follows the second time
 * ("between 11:30 PM and 1:15 AM UTC"): [hour, minute, am/pm, end hour, end minute, end am/pm, zone].
 */
const AMPM = '(AM|PM|a\\.m\\.|p\\.m\\.)';
const CLOCK = new RegExp(
  `\\b(\\d{1,2}):(\\d{2})\\s*${AMPM}?(?:\\s*(?:and|to|until|-|–)\\s*(\\d{1,2}):(\\d{2})\\s*${AMPM}?)?\\s*${ZONE}(?![a-z])`,
  'i',
);
const YEAR = /\b(20\d\d)\b/;

/**
 * The first date in `text` ("23 July, 2026", "07 Sep 2022", "January 25, 2023", "29 October"):
 * [year, month index, day]. A date without a year takes the next year the text names ("between 15:41 UTC
 * on 29 October and 00:05 UTC on 30 October 2025"), else `fallbackYear`.
 */
function findDate(text: string, fallbackYear: number | undefined): [number, number, number] | undefined {
  const found: { at: number; date: [number | undefined, number, number] }[] = [];
  for (const [re, dayAt, monthAt] of [
    [DAY_FIRST, 1, 2],
    [MONTH_FIRST, 2, 1],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const month = MONTHS.indexOf(m[monthAt]!.slice(0, 3).toLowerCase());
      const day = Number(m[dayAt]);
      if (month >= 0 && day >= 1 && day <= 31) found.push({ at: m.index, date: [m[3] ? Number(m[3]) : undefined, month, day] });
    }
  }
  const first = found.sort((a, b) => a.at - b.at)[0];
  if (!first) return undefined;
  const year = first.date[0] ?? Number(YEAR.exec(text.slice(first.at))?.[1] ?? fallbackYear);
  return Number.isFinite(year) ? [year, first.date[1], first.date[2]] : undefined;
}

/**
 * A clock time (UTC, or a US zone) with an optional date near it. Without a date, the day is the latest one
 * on which that time is not after `reference` (a post saying "starting at 16:00 UTC" speaks of the past, not
 * tomorrow). A range that crosses midnight with one date after it ("between 23:10 and 01:30 UTC on 5 May")
 * starts the day before that date.
 */
function clockTime(window: string, reference: string | undefined): string | undefined {
  const clock = CLOCK.exec(window);
  if (!clock) return undefined;
  const [, hRaw, miRaw, ampm, endHRaw, endMiRaw, endAmpm, zone] = clock;
  // "11:30 PM" and "11:30 PM – 1:15 AM"; "11:30 and 1:15 AM" borrows nothing: a bare first time is 24-hour.
  const h = hours24(Number(hRaw), ampm);
  const mi = Number(miRaw);
  if (Number(hRaw) > (ampm ? 12 : 23) || mi > 59) return undefined;
  const offsetMs = ZONE_HOURS[zone!.toLowerCase()]! * 60 * 60_000;
  const endH = endHRaw === undefined ? undefined : hours24(Number(endHRaw), endAmpm ?? ampm);
  const crossesMidnight = endH !== undefined && endH * 60 + Number(endMiRaw) < h * 60 + mi;
  const ref = reference ? Date.parse(reference) : NaN;
  const fallbackYear = Number.isFinite(ref) ? new Date(ref).getUTCFullYear() : undefined;
  const date = findDate(window, fallbackYear);
  if (date) {
    // The date follows a range that crosses midnight: it is the range's end date.
    const dayBack = crossesMidnight && !findDate(window.slice(0, clock.index), fallbackYear) ? 24 * 60 * 60_000 : 0;
    return toIso(Date.UTC(date[0], date[1], date[2], h, mi) - offsetMs - dayBack);
  }
  if (!Number.isFinite(ref)) return undefined;
  const day = new Date(ref);
  let t = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, mi) - offsetMs;
  // Five minutes of slack for a post written just before its own build time.
  if (t > ref + 5 * 60_000) t -= 24 * 60 * 60_000;
  return toIso(t);
}

/** The words Microsoft opens a start time with; the time and date follow within a short stretch. */
const START_WORDS = /\b(?:starting|started|beginning|began|commencing|since|between)\b/gi;
/** A time that says when things got better is not when they began ("steady improvement since 16:55"). */
const NOT_A_START = /\b(recover\w*|improv\w*|mitigat\w*|restor\w*|resolv\w*|subsid\w*)\b/i;

/**
 * When an incident began, in every form Microsoft writes it: "Starting at 14:44 UTC on 23 July, 2026",
 * "Starting at approximately 16:00 UTC", "started on 19 July 2024 at 04:09 UTC", "Between 02:50 and
 * 10:37 UTC on 27 Oct 2018". `reference` (when the post was written, as well as it is known) dates a bare
 * clock time.
 */
export function parseStartPhrase(text: string, reference?: string): string | undefined {
  for (const m of text.matchAll(START_WORDS)) {
    const window = text.slice(m.index + m[0].length, m.index + m[0].length + 90).split(/[.;\n]/)[0]!;
    const lead = text
      .slice(Math.max(0, m.index - 40), m.index)
      .split(/[.;\n]/)
      .at(-1)!;
    if (NOT_A_START.test(lead) || NOT_A_START.test(window.split(CLOCK)[0]!)) continue;
    const at = clockTime(window, reference);
    if (at) return at;
  }
  return undefined;
}

/** "This message was last updated at 18:05 UTC on 23 July 2026": the post's own update time. */
export function parseLastUpdatedPhrase(text: string): string | undefined {
  const m = /\blast updated (?:at|on)\s+([^\n]{0,60})/i.exec(text);
  return m ? clockTime(m[1]!.split(/\.(?:\s|$)/)[0]!, undefined) : undefined;
}

/**
 * When Microsoft says the next update will come: "next update by 20:00 UTC", or "additional information
 * within approximately 30 minutes" counted from `writtenAt`, the time the post states it was written
 * (without one, a relative promise cannot be placed in time and is not claimed).
 */
export function parseNextUpdatePhrase(text: string, from: string, writtenAt?: string): string | undefined {
  const m =
    /\b(?:next update|additional information|more information|further (?:information|update)s?|another update)\b([^.\n]{0,120})/i.exec(
      text,
    );
  if (!m) return undefined;
  const rest = m[1]!;
  const within = /\b(?:within|in)\s+(?:approximately\s+|about\s+|around\s+|the next\s+)?(\d{1,3})\s*(minutes?|mins?|hours?|hrs?)\b/i.exec(
    rest,
  );
  if (within) {
    if (!writtenAt) return undefined;
    const minutes = Number(within[1]) * (/^h/i.test(within[2]!) ? 60 : 1);
    return toIso(Date.parse(writtenAt) + minutes * 60_000);
  }
  const by = /\bby\b(.*)/i.exec(rest);
  if (!by) return undefined;
  const dated = clockTime(by[1]!, undefined);
  if (dated) return dated;
  // A bare "by 20:00 UTC" is the next such time after the post.
  const sameDay = clockTime(by[1]!, from);
  return sameDay && sameDay <= from ? toIso(Date.parse(sameDay) + 24 * 60 * 60_000) : sameDay;
}
