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

/** Post prose: `Wednesday, January 25, 2023, at 7:05 AM UTC`. */
export function parseProseDate(raw: string): string | undefined {
  const m = /(?:[a-z]+,\s*)?([a-z]+)\s+(\d{1,2}),\s*(\d{4}),?\s*(?:at\s*)?(\d{1,2}):(\d{2})\s*(AM|PM)?\s*(UTC|GMT)/i.exec(raw);
  if (!m) return undefined;
  const [, monName, d, y, hRaw, mi, ampm] = m;
  const mo = MONTHS.indexOf(monName!.slice(0, 3).toLowerCase());
  if (mo < 0) return undefined;
  let h = Number(hRaw);
  if (ampm) h = (h % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
  return toIso(Date.UTC(+y!, mo, +d!, h, +mi!));
}

/** Azure's impact statements: `Starting at 07:05 UTC on 25 Jan 2023` or `Between 02:50 and 10:37 UTC on 27 Oct 2018`. */
export function parseAzureStartPhrase(text: string): string | undefined {
  const m = /\b(?:starting at|beginning at|between)\s+(\d{1,2}):(\d{2})(?:\s+and\s+\d{1,2}:\d{2})?\s+UTC\s+on\s+(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})/i.exec(
    text,
  );
  if (!m) return undefined;
  const [, h, mi, d, monName, y] = m;
  const mo = MONTHS.indexOf(monName!.toLowerCase());
  return mo < 0 ? undefined : toIso(Date.UTC(+y!, mo, +d!, +h!, +mi!));
}
