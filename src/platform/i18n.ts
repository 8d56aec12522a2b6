/** Loads the chosen language's messages.json from the extension (so the settings override works everywhere). */
import { resolveLocale, translator, type Dictionary, type Language, type Locale, type Translate } from '../core/i18n';

async function loadDictionary(locale: Locale, url: (path: string) => string): Promise<Dictionary> {
  const res = await fetch(url(`_locales/${locale}/messages.json`));
  return (await res.json()) as Dictionary;
}

export async function loadTranslator(
  setting: Language,
  uiLanguage: string,
  url: (path: string) => string,
): Promise<{ locale: Locale; t: Translate }> {
  const locale = resolveLocale(setting, uiLanguage);
  const english = await loadDictionary('en', url);
  const primary = locale === 'en' ? english : await loadDictionary(locale, url).catch(() => english);
  return { locale, t: translator(primary, english) };
}
