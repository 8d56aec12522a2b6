/**
 * Showing the banner: injected (banner-entry.ts) only once the stored banner key proposes an alert for
 * this app, so a tab where all is well never loads the schema, the words or the banner's DOM code.
 */
import type { AppId } from '../core/engine/apps';
import { formatLocale } from '../core/engine/i18n';
import { staleAt } from '../core/extension/staleness';
import { readBannerView, readDismissals } from '../core/extension/stored';
import { KEYS } from '../platform/storage-keys';
import { bannerDictionary, extensionUrl, sendMessage, uiLanguage } from '../platform/browser';
import { dictionaryLoader } from '../platform/i18n';
import { popupPage } from '../platform/toolbar';
import { hideBanner, showBanner } from './banner';
import { bannerPlacement, bannerText, pickAlert } from './decide';

/** Longest wait before the duration ("5 min so far") is refreshed while a banner is up. */
const TICK_MS = 60_000;

export function createBanner(app: AppId) {
  /** Dismissed in this tab: hidden at once, before the worker has stored the key. */
  const dismissedHere = new Set<string>();
  // The words come from the worker (no file is web-accessible). A failed read is not cached: the next
  // banner tries again instead of failing for the tab's lifetime.
  const dictionaries = dictionaryLoader(bannerDictionary);
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
    const alert = pickAlert(app, view, readDismissals(stored[KEYS.dismissals]), now, dismissedHere);
    if (!view || !alert) return hide();
    try {
      const { locale, t } = await dictionaries.translator(view.language, uiLanguage());
      if (run !== generation) return;
      showBanner({
        severity: alert.severity,
        placement: bannerPlacement(app),
        locale,
        words: bannerText(app, alert, t, { locale: formatLocale(locale, navigator.languages) }, now),
        ...(alert.incidentId ? { detailsHref: extensionUrl(popupPage(`?incident=${encodeURIComponent(alert.incidentId)}`)) } : {}),
        onDetails: () => {
          if (alert.incidentId) sendMessage({ type: 'open-incident', incidentId: alert.incidentId }).catch(() => {});
        },
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
