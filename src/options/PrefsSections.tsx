/** "Checking", "Alerts" and "Language": one control each, saved the moment it changes. */
import { APP_IDS, type AppId } from '../core/engine/apps';
import { LANGUAGES, type Language } from '../core/engine/i18n';
import {
  isPollMinutes,
  MAX_POLL_MINUTES,
  MIN_POLL_MINUTES,
  NOTIFY_LEVELS,
  type NotifyLevel,
  type Settings,
} from '../core/extension/settings';
import { CheckGroup, describedBy, LockNote, lockId, Section, toggled, useDraft, type View } from './ui';

/** A whole number of minutes in range, or undefined. */
export function parseMinutes(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return isPollMinutes(n) ? n : undefined;
}

export function CheckingSection({ view, settings }: { view: View; settings: Settings }) {
  const { t, state } = view;
  const locked = state.isLocked('pollMinutes');
  const stored = String(settings.pollMinutes);
  const { draft, setDraft, invalid, setInvalid } = useDraft(stored);

  const commit = (raw: string) => {
    const minutes = parseMinutes(raw);
    if (minutes === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(String(minutes));
    if (minutes !== settings.pollMinutes) void state.update('pollMinutes', minutes);
  };

  return (
    <Section id="checking" title={t('options_checkingHeading')}>
      <div class="field">
        <label for="opt-poll-minutes">{t('options_pollLabel')}</label>
        <LockNote view={view} field="pollMinutes" />
        <input
          type="number"
          id="opt-poll-minutes"
          class="minutes"
          data-testid="poll-minutes"
          min={MIN_POLL_MINUTES}
          max={MAX_POLL_MINUTES}
          step={1}
          inputMode="numeric"
          value={locked ? stored : draft}
          disabled={locked}
          aria-invalid={invalid ? 'true' : 'false'}
          aria-describedby={describedBy('opt-poll-hint', invalid && 'opt-poll-error', locked && lockId('pollMinutes'))}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setDraft(value);
            if (invalid && parseMinutes(value) !== undefined) setInvalid(false);
          }}
          onChange={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
        <p class="hint" id="opt-poll-hint">
          {t('options_pollHint', MIN_POLL_MINUTES, MAX_POLL_MINUTES)}
        </p>
        {invalid && (
          <p class="field-error" id="opt-poll-error" data-testid="poll-minutes-error" role="alert">
            {t('options_pollError', MIN_POLL_MINUTES, MAX_POLL_MINUTES)}
          </p>
        )}
      </div>
    </Section>
  );
}

const NOTIFY_LABELS: Record<NotifyLevel, string> = {
  off: 'options_notify_off',
  outage: 'options_notify_outage',
  any: 'options_notify_any',
};

/** The apps the banner can appear in, as the options page names them. */
const BANNER_APP_LABELS: Record<AppId, string> = {
  'outlook-business': 'options_bannerApp_outlookBusiness',
  'outlook-consumer': 'options_bannerApp_outlookConsumer',
  teams: 'options_bannerApp_teams',
  m365: 'options_bannerApp_m365',
};

export function AlertsSection({ view, settings }: { view: View; settings: Settings }) {
  const { t, state } = view;
  const notifyLocked = state.isLocked('notifications');
  return (
    <Section id="alerts" title={t('options_alertsHeading')}>
      <div class="field">
        <label for="opt-notifications">{t('options_notificationsLabel')}</label>
        <LockNote view={view} field="notifications" />
        <select
          id="opt-notifications"
          data-testid="notifications"
          value={settings.notifications}
          disabled={notifyLocked}
          aria-describedby={describedBy(notifyLocked && lockId('notifications'))}
          onChange={(e) => {
            const value = e.currentTarget.value as NotifyLevel;
            if (NOTIFY_LEVELS.includes(value)) void state.update('notifications', value);
          }}
        >
          {NOTIFY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(NOTIFY_LABELS[level])}
            </option>
          ))}
        </select>
      </div>
      <CheckGroup
        view={view}
        field="bannerApps"
        prefix="banner"
        legend={t('options_bannerLegend')}
        hint={t('options_bannerHint')}
        options={APP_IDS}
        labelFor={(id) => t(BANNER_APP_LABELS[id])}
        selected={settings.bannerApps}
        onToggle={(id, on) => void state.change('bannerApps', (list) => toggled(list, id, on, APP_IDS))}
      />
    </Section>
  );
}

/** Language names are always written in their own language, so people can find theirs. */
const LANGUAGE_NAMES: Record<Exclude<Language, 'auto'>, string> = { en: 'English', ko: '한국어' };

export function LanguageSection({ view, settings }: { view: View; settings: Settings }) {
  const { t, state } = view;
  const locked = state.isLocked('language');
  return (
    <Section id="language" title={t('options_languageHeading')}>
      <div class="field">
        <label for="opt-language">{t('options_languageLabel')}</label>
        <LockNote view={view} field="language" />
        <select
          id="opt-language"
          data-testid="language"
          value={settings.language}
          disabled={locked}
          aria-describedby={describedBy(locked && lockId('language'))}
          onChange={(e) => {
            const value = e.currentTarget.value as Language;
            if (LANGUAGES.includes(value)) void state.update('language', value);
          }}
        >
          {LANGUAGES.map((lang) =>
            lang === 'auto' ? (
              <option key={lang} value={lang}>
                {t('options_language_auto')}
              </option>
            ) : (
              <option key={lang} value={lang} lang={lang}>
                {LANGUAGE_NAMES[lang]}
              </option>
            ),
          )}
        </select>
      </div>
    </Section>
  );
}
