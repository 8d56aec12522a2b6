/**
 * Popup state in signals. The worker is the only writer of the snapshot: the popup reads it once on open,
 * then follows storage.onChanged. Everything browser-side goes through src/platform.
 */
import { signal } from '@preact/signals';
import { formatLocale, languageSetting, translator, type Clock, type Language, type Locale, type Translate } from '../core/i18n';
import type { Snapshot } from '../core/model';
import { extensionUrl, onStorageChanged, readKey, sendMessage, uiLanguage } from '../platform/browser';
import { loadTranslator } from '../platform/i18n';
import type { RefreshReply } from '../platform/messages';
import { KEYS } from '../platform/storage-keys';

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

const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIdList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isIncident(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    isTime(v.startedAt) &&
    isTime(v.updatedAt) &&
    (v.resolvedAt === undefined || isTime(v.resolvedAt)) &&
    isIdList(v.services) &&
    isIdList(v.regions) &&
    Array.isArray(v.updates) &&
    v.updates.every((u) => isObject(u) && typeof u.text === 'string')
  );
}

/**
 * A shape check of everything the popup reads (the worker validated the document; this guards against a
 * foreign, old or damaged value), so a bad snapshot shows "couldn't be read", never a half-drawn popup.
 */
export function asSnapshot(value: unknown): Snapshot | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) return 'invalid';
  const s = value as Record<string, unknown> & { assessment?: Record<string, unknown>; document?: Record<string, unknown> };
  const ok =
    isTime(s.checkedAt) &&
    (s.lastSuccessAt === undefined || isTime(s.lastSuccessAt)) &&
    typeof s.pollMinutes === 'number' &&
    typeof s.level === 'string' &&
    (s.probe === undefined || (isObject(s.probe) && typeof s.probe.reachable === 'boolean')) &&
    isObject(s.assessment) &&
    typeof s.assessment.reason === 'string' &&
    isIdList(s.assessment.relevant) &&
    isIdList(s.assessment.other) &&
    isIdList(s.assessment.recentlyResolved) &&
    isObject(s.document) &&
    Array.isArray(s.document.sources) &&
    s.document.sources.every((x) => isObject(x) && typeof x.id === 'string' && typeof x.ok === 'boolean') &&
    Array.isArray(s.document.incidents) &&
    s.document.incidents.every(isIncident);
  return ok ? (value as unknown as Snapshot) : 'invalid';
}

function safeUiLanguage(): string {
  try {
    return uiLanguage();
  } catch {
    return 'en';
  }
}

export function createPopupState() {
  const snapshot = signal<StoredSnapshot>(undefined);
  const now = signal(Date.now());
  const i18n = signal<I18n | null>(null);
  const refresh = signal<RefreshState>('idle');

  let loads = 0;
  let language: Language | undefined;
  /** Loads the translator for a language setting; a later call (the setting changed) wins over an earlier one. */
  async function loadI18n(setting: Language): Promise<void> {
    const id = ++loads;
    let next: Omit<I18n, 'clock'> | undefined;
    for (let attempt = 0; !next; attempt++) {
      try {
        next = await loadTranslator(setting, safeUiLanguage(), extensionUrl);
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

  /** The worker records the effective language (policy included) in the snapshot: the popup speaks it too. */
  function setSnapshot(value: unknown): void {
    const setting = languageSetting(value);
    if (setting !== language) {
      language = setting;
      void loadI18n(setting);
    }
    snapshot.value = asSnapshot(value);
    now.value = Date.now();
  }

  /** Starts reading and listening; returns the cleanup. */
  function start(): () => void {
    let changedLive = false;
    const stop = onStorageChanged((changes, area) => {
      const snap = changes[KEYS.snapshot];
      if (area === 'local' && snap) {
        changedLive = true;
        setSnapshot(snap.newValue);
      }
    });
    void readKey<unknown>('local', KEYS.snapshot).then((value) => {
      // A change that arrived while we were reading is newer than what we read.
      if (!changedLive) setSnapshot(value);
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
