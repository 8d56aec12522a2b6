/**
 * Showing the banner: loaded by app.ts only once the stored banner key proposes an alert for this
 * Outlook, so a tab where all is well never loads the schema, the words or the banner's DOM code.
 */
import { formatLocale } from '../core/engine/i18n';
import type { OutlookKind } from '../core/engine/outlook-hosts';
import { staleAt } from '../core/extension/staleness';
import { readBannerView, readDismissals } from '../core/extension/stored';
import { KEYS } from '../platform/storage-keys';
import { extensionUrl, sendMessage, uiLanguage } from '../platform/browser';
import { dictionaryLoader } from '../platform/i18n';
import { hideBanner, showBanner } from './banner';
import { bannerText, pickAlert } from './decide';

/** Longest wait before the duration ("5 min so far") is refreshed while a banner is up. */
const TICK_MS = 60_000;

export function createBanner(kind: OutlookKind) {
  /** Dismissed in this tab: hidden at once, before the worker has stored the key. */
  const dismissedHere = new Set<string>();
  // A failed fetch is not cached: the next banner tries again instead of failing for the tab's lifetime.
  const dictionaries = dictionaryLoader(extensionUrl);
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The stored values as app.ts last saw them, read again at every render. */
  let stored: Readonly<Record<string, unknown>> = {};

  function hide(): void {
    generation++;
    clearTimeout(timer);
    hideBanner();
  }

  async function render(): Promise<void> {
    const run = ++generation;
    const now = Date.now();
    const view = readBannerView(stored[KEYS.heartbeat], stored[KEYS.banner], now);
    const alert = pickAlert(kind, view, readDismissals(stored[KEYS.dismissals]), now, dismissedHere);
    if (!view || !alert) return hide();
    try {
      const { locale, t } = await dictionaries.translator(view.language, uiLanguage());
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
      // Extension reloaded under this tab, or its words could not be read: show nothing rather than garbage.
      if (run === generation) hide();
    }
  }

  return {
    /** Shows, updates or hides the banner for what is stored now. */
    update(values: Readonly<Record<string, unknown>>): Promise<void> {
      stored = values;
      return render();
    },
    hide,
  };
}

export type Banner = ReturnType<typeof createBanner>;
