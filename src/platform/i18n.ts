/**
 * Loads a language's messages.json (so the settings override works everywhere): from the extension's own
 * files in its pages and worker, by message from the worker in the banner (no file is web-accessible).
 */
import { uiLanguage } from './browser';
import { resolveLocale, translator, type Dictionary, type Language, type Locale, type Translate } from '../core/engine/i18n';

/** Where a language's dictionary comes from. */
export type DictionarySource = (locale: Locale) => Promise<Dictionary>;

/** The extension's own _locales files, at `url(path)` (extension pages and the worker). */
export const extensionFiles =
  (url: (path: string) => string): DictionarySource =>
  (locale) =>
    fetch(url(`_locales/${locale}/messages.json`)).then((res) => res.json() as Promise<Dictionary>);

/**
 * Dictionaries read at most once per loader, so a page can start reading before it knows the language; a
 * failed read is forgotten, so the next call tries again.
 */
export function dictionaryLoader(source: DictionarySource) {
  const cache = new Map<Locale, Promise<Dictionary>>();
  const load = (locale: Locale): Promise<Dictionary> => {
    let dictionary = cache.get(locale);
    if (!dictionary) {
      dictionary = source(locale).catch((e: unknown) => {
        cache.delete(locale);
        throw e;
      });
      cache.set(locale, dictionary);
    }
    return dictionary;
  };
  return {
    /** One language's whole dictionary (the banner asks the worker for its words). */
    dictionary: load,
    prefetch(locales: Locale[]): void {
      for (const locale of locales) load(locale).catch(() => undefined);
    },
    /** The translator for a language setting, English filling any gap (both fetched at once). */
    async translator(setting: Language, uiLanguage: string): Promise<{ locale: Locale; t: Translate }> {
      const locale = resolveLocale(setting, uiLanguage);
      const [english, primary] = await Promise.all([load('en'), locale === 'en' ? undefined : load(locale).catch(() => undefined)]);
      return { locale, t: translator(primary ?? english, english) };
    },
  };
}

/** The browser's UI language; English where a page cannot ask it (the extension API missing or failing). */
export function uiLanguageOrEnglish(): string {
  try {
    return uiLanguage();
  } catch {
    return 'en';
  }
}

export function loadTranslator(
  setting: Language,
  uiLanguage: string,
  url: (path: string) => string,
): Promise<{ locale: Locale; t: Translate }> {
  return dictionaryLoader(extensionFiles(url)).translator(setting, uiLanguage);
}
