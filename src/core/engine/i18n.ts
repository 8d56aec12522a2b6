/** Message lookup and locale-aware formatting, independent of any browser API. */
export const LANGUAGES = ['auto', 'en', 'ko'] as const;
/** The language setting: follow the browser, or a fixed one. */
export type Language = (typeof LANGUAGES)[number];

export type Dictionary = Record<string, { message: string; description?: string }>;
export type Translate = (key: string, ...subs: (string | number)[]) => string;

export const SUPPORTED_LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function resolveLocale(setting: Language, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** `$1`…`$9` are replaced by the substitutions, as chrome.i18n does; `$$` is a literal dollar. */
export function translator(primary: Dictionary, fallback: Dictionary = primary): Translate {
  return (key, ...subs) => {
    const entry = primary[key] ?? fallback[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
  };
}

/**
 * How dates and times are written: the browser's own locale when it speaks the UI language (en-GB keeps its
 * 24-hour clock, en-US its AM/PM), else the UI language itself.
 */
export function formatLocale(ui: Locale, browserLocales: readonly string[]): string {
  return browserLocales.find((l) => l.toLowerCase().split('-')[0] === ui && Intl.DateTimeFormat.supportedLocalesOf(l).length > 0) ?? ui;
}

/** Where and how times are shown: the format locale and the time zone (undefined: the system's). */
export interface Clock {
  locale: string;
  timeZone?: string | undefined;
}

const dayOf = (ms: number, timeZone?: string) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(ms);

/** "4:05 PM" today; "Mar 9, 4:05 PM" on another day; the year only when it is not this year. */
export function formatTime(iso: string, now: number, { locale, timeZone }: Clock): string {
  const at = Date.parse(iso);
  const today = dayOf(at, timeZone) === dayOf(now, timeZone);
  const thisYear = dayOf(at, timeZone).slice(0, 4) === dayOf(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(today ? {} : { month: 'short', day: 'numeric', ...(thisYear ? {} : { year: 'numeric' }) }),
  }).format(at);
}

/** The time with its zone named, as the admin center's readers need it: "오후 4:05 (한국 표준시)". */
export function formatTimeZoned(iso: string, now: number, clock: Clock): string {
  const zone = new Intl.DateTimeFormat(clock.locale, { timeZone: clock.timeZone, timeZoneName: 'long' })
    .formatToParts(Date.parse(iso))
    .find((p) => p.type === 'timeZoneName')?.value;
  const time = formatTime(iso, now, clock);
  return zone ? `${time} (${zone})` : time;
}

/** How long something has lasted: "2 h 5 min so far" / "2시간 5분째". */
export function formatDuration(fromIso: string, now: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes / 60) % 24;
  if (days > 0) return t('duration_days', days, hours);
  return hours > 0 ? t('duration_hours', hours, minutes % 60) : t('duration_minutes', minutes);
}

/** How long something lasted, from start to end: "1 h 41 min" / "1시간 41분". */
export function formatSpan(fromIso: string, toIso: string, t: Translate): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes / 60) % 24;
  if (days > 0) return t('span_days', days, hours);
  return hours > 0 ? t('span_hours', hours, minutes % 60) : t('span_minutes', minutes);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 min ago" / "2분 전"; under a minute reads "just now". */
export function formatRelative(iso: string, now: number, locale: Locale): string {
  const diff = Date.parse(iso) - now;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}
