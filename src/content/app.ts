/**
 * The banner's life cycle: one storage read on load, then only storage.onChanged. The worker decides
 * whether there is a banner (the user's switch and the policy included) and in which language; the words
 * are fetched only once a banner actually has to be shown. When all is well nothing else runs.
 */
import { formatLocale, resolveLocale, translator, type Dictionary, type Locale, type Translate } from '../core/i18n';
import { KEYS } from '../platform/storage-keys';
import { extensionUrl, onStorageChanged, readKeys, sendMessage, uiLanguage, type StorageChanges } from '../platform/browser';
import { outlookKindForHost } from '../core/outlook-hosts';
import { staleAt } from '../core/staleness';
import { bannerText, pickAlert, proposesAlert } from './decide';
import { hideBanner, showBanner } from './banner';

/** All the banner reads: its own key, the heartbeat (staleness) and the dismissals. */
const BANNER_KEYS = [KEYS.banner, KEYS.heartbeat, KEYS.dismissals];

/** Longest wait before the duration ("5 min so far") is refreshed while a banner is up. */
const TICK_MS = 60_000;

/** Starts the banner for this page; resolves once the first decision is on screen. Returns a stop function. */
export async function start(host = location.hostname): Promise<() => void> {
  const kind = outlookKindForHost(host);
  if (!kind) return () => {};

  /** What is stored, as last read or changed: checked each time it is used. */
  const stored: Record<string, unknown> = {};
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

  /**
   * The stored-data schema (core/stored.ts, with valibot) is loaded only once there is something to show:
   * it would double the script every Outlook tab loads. Not cached after a failure, like the words.
   */
  let readerLoad: Promise<typeof import('../core/stored')> | undefined;
  /** Once loaded, used without waiting, so a dismissal hides the banner at once. */
  let loaded: typeof import('../core/stored') | undefined;
  const reader = () =>
    (readerLoad ??= import('../core/stored').then(
      (module) => (loaded = module),
      (e: unknown) => {
        readerLoad = undefined;
        throw e;
      },
    ));

  const hide = () => {
    clearTimeout(timer);
    hideBanner();
  };

  async function render(): Promise<void> {
    const run = ++generation;
    // Nothing for this kind of Outlook (the usual case): nothing else is loaded or run.
    if (!proposesAlert(stored[KEYS.banner], kind)) return hide();
    try {
      const { readBannerView, readDismissals } = loaded ?? (await reader());
      if (run !== generation) return;
      const now = Date.now();
      const view = readBannerView(stored[KEYS.heartbeat], stored[KEYS.banner], now);
      const alert = pickAlert(kind, view, readDismissals(stored[KEYS.dismissals]), now, dismissedHere);
      if (!view || !alert) return hide();
      const locale = resolveLocale(view.language, uiLanguage());
      const t = await words(locale).catch(() => words('en'));
      if (run !== generation) return;
      showBanner({
        severity: alert.severity,
        locale,
        words: bannerText(alert, t, { locale: formatLocale(locale, navigator.languages) }, now),
        ...(alert.url ? { url: alert.url } : {}),
        onDismiss: () => {
          dismissedHere.add(alert.dismissKey);
          void render();
          sendMessage({ type: 'dismiss', key: alert.dismissKey }).catch(() => {});
        },
      });
      clearTimeout(timer);
      timer = setTimeout(render, Math.max(1_000, Math.min(TICK_MS, staleAt(view) - now)));
    } catch {
      // Extension reloaded under this tab, or its words or schema could not be read: show nothing rather than garbage.
      if (run === generation) hide();
    }
  }

  /** Keys changed since load: a change that lands while the first read is in flight is newer than that read. */
  const changed = new Set<string>();
  let ready = false;
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const mine = BANNER_KEYS.filter((key) => key in changes);
    if (mine.length === 0) return;
    for (const key of mine) {
      changed.add(key);
      stored[key] = changes[key]?.newValue;
    }
    if (ready) void render();
  };

  let stopListening = () => {};
  try {
    stopListening = onStorageChanged(listener);
    const got = await readKeys('local', [...BANNER_KEYS]);
    for (const key of BANNER_KEYS) if (!changed.has(key)) stored[key] = got[key];
    ready = true;
  } catch {
    return () => {};
  }
  await render();
  return () => {
    generation++;
    stopListening();
    hide();
  };
}
