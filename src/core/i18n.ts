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

export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
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
