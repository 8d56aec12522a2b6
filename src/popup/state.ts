/**
 * Popup state in signals. The worker is the only writer of the snapshot: the popup reads its parts once on
 * open, then follows storage.onChanged; src/core/extension/stored.ts checks them. Everything browser-side goes
 * through src/platform.
 */
import { signal } from '@preact/signals';
import { formatLocale, resolveLocale, translator, type Clock, type Language, type Locale, type Translate } from '../core/engine/i18n';
import type { Snapshot } from '../core/extension/snapshot';
import { readSnapshot } from '../core/extension/stored';
import { extensionUrl, onStorageChanged, readKeys, sendMessage } from '../platform/browser';
import { dictionaryLoader, extensionFiles, uiLanguageOrEnglish } from '../platform/i18n';
import type { RefreshReply } from '../platform/messages';
import { SNAPSHOT_KEYS } from '../platform/storage-keys';

export const TICK_MS = 30_000;
const RETRY_MS = 200;

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Times in the browser's own locale and time zone. */
  clock: Clock;
}

/** undefined: not read yet; null: the worker has not written one yet; 'invalid': unreadable. */
export type StoredSnapshot = Snapshot | null | 'invalid' | undefined;
export type RefreshState = 'idle' | 'busy' | 'error';

export function createPopupState() {
  const snapshot = signal<StoredSnapshot>(undefined);
  const now = signal(Date.now());
  const i18n = signal<I18n | null>(null);
  const refresh = signal<RefreshState>('idle');

  const dictionaries = dictionaryLoader(extensionFiles(extensionUrl));
  let loads = 0;
  /** Loads the translator for a language setting; a later call (the setting changed) wins over an earlier one. */
  async function loadI18n(language: Language): Promise<void> {
    const id = ++loads;
    let next: Omit<I18n, 'clock'> | undefined;
    for (let attempt = 0; !next; attempt++) {
      try {
        next = await dictionaries.translator(language, uiLanguageOrEnglish());
      } catch {
        if (attempt === 0) await new Promise((r) => setTimeout(r, RETRY_MS));
        // Our own files failed to load twice: show the keys rather than nothing at all.
        else next = { locale: 'en', t: translator({}) };
      }
    }
    if (id !== loads) return;
    document.documentElement.lang = next.locale;
    document.title = next.t('extName');
    i18n.value = { ...next, clock: { locale: formatLocale(next.locale, navigator.languages) } };
  }

  /** The stored parts as last read or changed; the snapshot is rebuilt from them (and checked) on every change. */
  const parts: Record<string, unknown> = {};
  function setSnapshot(): void {
    now.value = Date.now();
    snapshot.value = readSnapshot(parts, now.value);
    pickLanguage();
  }

  /**
   * The language the worker stored with the last check (the user's setting with the policy applied), so
   * opening the popup reads no settings; it changes when the worker writes a check with another one.
   */
  let language: Language | undefined;
  function pickLanguage(): void {
    const stored = typeof snapshot.value === 'object' && snapshot.value !== null ? snapshot.value.language : 'auto';
    if (stored !== language) {
      language = stored;
      void loadI18n(stored);
    }
  }

  /** Starts reading and listening; returns the cleanup. */
  function start(): () => void {
    const changedLive = new Set<string>();
    const stop = onStorageChanged((changes, area) => {
      const mine = area === 'local' ? SNAPSHOT_KEYS.filter((key) => key in changes) : [];
      for (const key of mine) {
        changedLive.add(key);
        parts[key] = changes[key]?.newValue;
      }
      if (mine.length > 0) setSnapshot();
    });
    // Most people follow the browser's language: fetch it (and English) while storage is read.
    dictionaries.prefetch(['en', resolveLocale('auto', uiLanguageOrEnglish())]);
    void readKeys('local', [...SNAPSHOT_KEYS]).then((got) => {
      // A change that arrived while we were reading is newer than what we read.
      for (const key of SNAPSHOT_KEYS) if (!changedLive.has(key)) parts[key] = got[key];
      setSnapshot();
    });
    const timer = setInterval(() => {
      now.value = Date.now();
    }, TICK_MS);
    return () => {
      stop();
      clearInterval(timer);
    };
  }

  async function requestRefresh(): Promise<void> {
    if (refresh.value === 'busy') return;
    refresh.value = 'busy';
    let ok = false;
    try {
      ok = (await sendMessage<RefreshReply | undefined>({ type: 'refresh' }))?.ok === true;
    } catch {
      ok = false;
    }
    refresh.value = ok ? 'idle' : 'error';
  }

  return { snapshot, now, i18n, refresh, start, requestRefresh };
}

export type PopupState = ReturnType<typeof createPopupState>;
