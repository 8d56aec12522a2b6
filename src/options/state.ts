/**
 * Options page state in signals. What the page shows is the user's own settings (storage.sync) with the
 * organisation's policy (storage.managed) laid over the locked fields. Edits change only the user's own
 * settings and only unlocked fields, so a policy value is never written back to sync.
 */
import { computed, effect, signal } from '@preact/signals';
import { translator, type Locale, type Translate } from '../core/engine/i18n';
import { defaultSettings, type SettingKey, type Settings } from '../core/extension/settings';
import { extensionUrl, onStorageChanged } from '../platform/browser';
import { loadTranslator, uiLanguageOrEnglish } from '../platform/i18n';
import { loadEffectiveSettings, loadUserSettings, saveSettings } from '../platform/settings-store';
import { KEYS } from '../platform/storage-keys';

export interface I18n {
  locale: Locale;
  t: Translate;
}

export interface Policy {
  locked: readonly SettingKey[];
  /** The effective settings: for locked keys, the organisation's values. */
  values: Settings;
}

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** What the defaults are derived from, as settings-store does: the browser's language and time zone. */
export function locality() {
  let timeZone = 'UTC';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // keep UTC
  }
  return { uiLanguage: uiLanguageOrEnglish(), timeZone };
}

/** The user's settings with the policy's values in the locked fields: what every control shows. */
export function shown(user: Settings, policy: Policy): Settings {
  const out: Settings = { ...user };
  for (const key of policy.locked) (out as unknown as Record<string, unknown>)[key] = policy.values[key];
  return out;
}

export function createOptionsState() {
  const user = signal<Settings | null>(null);
  const policy = signal<Policy>({ locked: [], values: defaultSettings(locality()) });
  const i18n = signal<I18n | null>(null);
  const status = signal<SaveStatus>({ kind: 'idle' });
  const loadFailed = signal(false);

  const settings = computed(() => (user.value ? shown(user.value, policy.value) : null));
  const isLocked = (key: SettingKey): boolean => policy.value.locked.includes(key);

  // Writes go out one at a time, in order; while any is in flight, changes from storage are our own echo
  // (or lose to our write anyway), so they are read again once the queue is empty.
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let editGeneration = 0;
  let changedMeanwhile = false;

  function write(next: Settings): Promise<void> {
    user.value = next;
    editGeneration++;
    pending++;
    status.value = { kind: 'saving' };
    const done = queue.then(async () => {
      try {
        await saveSettings(next);
        if (pending === 1) status.value = { kind: 'saved' };
      } catch (e) {
        status.value = { kind: 'error', message: String((e as Error)?.message ?? e) };
      } finally {
        pending--;
        if (pending === 0 && changedMeanwhile) {
          changedMeanwhile = false;
          void reload().catch(() => undefined);
        }
      }
    });
    queue = done;
    return done;
  }

  /**
   * Changes one field of the user's own settings, from its latest value (so quick successive clicks all
   * count); a locked field is never written from here.
   */
  function change<K extends SettingKey>(key: K, next: (current: Settings[K]) => Settings[K]): Promise<void> {
    const current = user.value;
    if (!current || isLocked(key)) return Promise.resolve();
    return write({ ...current, [key]: next(current[key]) });
  }

  const update = <K extends SettingKey>(key: K, value: Settings[K]): Promise<void> => change(key, () => value);

  /** Defaults for this browser's language and time zone; nothing of the old settings is kept. */
  function reset(): Promise<void> {
    if (!user.value) return Promise.resolve();
    return write(defaultSettings(locality()));
  }

  async function reload(): Promise<void> {
    const startedAt = editGeneration;
    const [mine, effective] = await Promise.all([loadUserSettings(), loadEffectiveSettings()]);
    policy.value = { locked: effective.locked, values: effective.settings };
    // An edit made while reading is newer than what was read.
    if (startedAt === editGeneration && pending === 0) user.value = mine;
  }

  async function reloadPolicy(): Promise<void> {
    const effective = await loadEffectiveSettings();
    policy.value = { locked: effective.locked, values: effective.settings };
  }

  let i18nFor: string | undefined;
  async function loadI18n(language: Settings['language']): Promise<void> {
    let next: I18n;
    try {
      next = await loadTranslator(language, uiLanguageOrEnglish(), extensionUrl);
    } catch {
      // Our own files failed to load: show the keys rather than nothing at all.
      next = { locale: 'en', t: translator({}) };
    }
    if (i18nFor !== language) return; // a newer language choice is loading
    document.documentElement.lang = next.locale;
    document.title = next.t('options_title', next.t('extName'));
    i18n.value = next;
  }

  /** Starts reading and listening; returns the cleanup. */
  function start(): () => void {
    const stopListening = onStorageChanged((changes, area) => {
      if (area === 'sync' && changes[KEYS.settings]) {
        if (pending > 0) changedMeanwhile = true;
        else void reload().catch(() => undefined);
      }
      if (area === 'managed') void reloadPolicy().catch(() => undefined);
    });
    const stopLanguage = effect(() => {
      const language = settings.value?.language;
      if (language === undefined || language === i18nFor) return;
      i18nFor = language;
      void loadI18n(language);
    });
    reload().catch(() => {
      loadFailed.value = true;
      if (i18nFor === undefined) {
        i18nFor = 'auto';
        void loadI18n('auto');
      }
    });
    return () => {
      stopListening();
      stopLanguage();
    };
  }

  return { user, policy, settings, i18n, status, loadFailed, isLocked, change, update, reset, start };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
