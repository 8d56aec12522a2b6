/**
 * The banner's life cycle: one storage read on load, then only storage.onChanged. The worker decides
 * whether there is a banner (the user's switch and the policy included) and in which language; the words
 * are fetched only once a banner actually has to be shown. When all is well nothing else runs.
 */
import { formatLocale, languageSetting, resolveLocale, translator, type Dictionary, type Locale, type Translate } from '../core/i18n';
import { KEYS } from '../platform/storage-keys';
import { extensionUrl, offChanged, onChanged, readLocal, send, uiLanguage, type ChangeListener } from './api';
import { outlookKindForHost } from '../core/outlook-hosts';
import { bannerText, pickAlert, safeUrl, staleAt } from './decide';
import { hideBanner, showBanner } from './banner';

/** Longest wait before the duration ("5 min so far") is refreshed while a banner is up. */
const TICK_MS = 60_000;

/** Starts the banner for this page; resolves once the first decision is on screen. Returns a stop function. */
export async function start(host = location.hostname): Promise<() => void> {
  const kind = outlookKindForHost(host);
  if (!kind) return () => {};

  let snapshot: unknown;
  let dismissals: unknown;
  /** Dismissed in this tab: hidden at once, before the worker has stored the key. */
  const dismissedHere = new Set<string>();
  const dictionaries: Partial<Record<Locale, Promise<Translate>>> = {};
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const words = (locale: Locale): Promise<Translate> =>
    (dictionaries[locale] ??= fetch(extensionUrl(`_locales/${locale}/messages.json`))
      .then((res) => res.json() as Promise<Dictionary>)
      .then((dictionary) => translator(dictionary))
      .catch((e: unknown) => {
        // Not cached: the next banner tries again instead of failing for the tab's lifetime.
        delete dictionaries[locale];
        throw e;
      }));

  const hide = () => {
    clearTimeout(timer);
    hideBanner();
  };

  async function render(): Promise<void> {
    const run = ++generation;
    const now = Date.now();
    const alert = pickAlert(kind, snapshot, dismissals, now, dismissedHere);
    if (!alert) return hide();
    try {
      const locale = resolveLocale(languageSetting(snapshot), uiLanguage());
      const t = await words(locale).catch(() => words('en'));
      if (run !== generation) return;
      const url = safeUrl(alert.url);
      showBanner({
        severity: alert.severity,
        locale,
        words: bannerText(alert, t, { locale: formatLocale(locale, navigator.languages) }, now),
        ...(url ? { url } : {}),
        onDismiss: () => {
          dismissedHere.add(alert.dismissKey);
          void render();
          send({ type: 'dismiss', key: alert.dismissKey }).catch(() => {});
        },
      });
      clearTimeout(timer);
      timer = setTimeout(render, Math.max(1_000, Math.min(TICK_MS, staleAt(snapshot) - now)));
    } catch {
      // Extension reloaded under this tab, or its words could not be read: show nothing rather than garbage.
      if (run === generation) hide();
    }
  }

  /** Keys changed since load: a change that lands while the first read is in flight is newer than that read. */
  const changed = new Set<string>();
  let ready = false;
  const listener: ChangeListener = (changes, area) => {
    const take = (key: string) => {
      if (!(key in changes)) return false;
      changed.add(key);
      return true;
    };
    if (area !== 'local') return;
    const s = take(KEYS.snapshot);
    const d = take(KEYS.dismissals);
    if (!s && !d) return;
    if (s) snapshot = changes[KEYS.snapshot]?.newValue;
    if (d) dismissals = changes[KEYS.dismissals]?.newValue;
    if (ready) void render();
  };

  try {
    onChanged(listener);
    const got = await readLocal([KEYS.snapshot, KEYS.dismissals]);
    if (!changed.has(KEYS.snapshot)) snapshot = got[KEYS.snapshot];
    if (!changed.has(KEYS.dismissals)) dismissals = got[KEYS.dismissals];
    ready = true;
  } catch {
    return () => {};
  }
  await render();
  return () => {
    generation++;
    offChanged(listener);
    hide();
  };
}
