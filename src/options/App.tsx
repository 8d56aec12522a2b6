/**
 * The options page: every setting in plain groups, saved as soon as it changes; the sources, their
 * addresses and the interval folded under "Advanced (for IT)".
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../core/extension/settings';
import { AlertsSection, CheckingSection, LanguageSection } from './PrefsSections';
import { ResetSection } from './ResetSection';
import { SourcesSection } from './SourcesSection';
import { createOptionsState, type OptionsState, type SaveStatus } from './state';
import type { View } from './ui';
import { WatchSection } from './WatchSection';

/** Sources, addresses or the interval are not the defaults. */
const customised = (settings: Settings) =>
  settings.aggregatorUrl !== null || settings.disabledSources.length > 0 || settings.pollMinutes !== DEFAULT_SETTINGS.pollMinutes;

function statusWords(status: SaveStatus, view: View): string {
  switch (status.kind) {
    case 'saving':
      return view.t('options_saving');
    case 'saved':
      return view.t('options_saved');
    case 'error':
      return view.t('options_saveFailed', status.message);
    default:
      return '';
  }
}

export function App({ state: given }: { state?: OptionsState }) {
  const [state] = useState(() => given ?? createOptionsState());
  useEffect(() => state.start(), [state]);

  const i18n = state.i18n.value;
  const settings = state.settings.value;
  if (!i18n || (!settings && !state.loadFailed.value)) {
    return (
      <main class="loading" data-testid="loading" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        {i18n && <span class="sr-only">{i18n.t('options_loading')}</span>}
      </main>
    );
  }
  const view: View = { t: i18n.t, locale: i18n.locale, state };
  const { t } = view;
  const status = state.status.value;

  return (
    <>
      <header class="top">
        <h1>{t('options_title', t('extName'))}</h1>
        <p class="intro">{t('options_intro')}</p>
        <p class={`status ${status.kind}`} data-testid="saved" role="status" aria-live="polite">
          {statusWords(status, view)}
        </p>
      </header>
      <main>
        {!settings ? (
          <p class="field-error" role="alert" data-testid="load-failed">
            {t('options_loadFailed')}
          </p>
        ) : (
          <form data-testid="options-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <WatchSection view={view} settings={settings} />
            <AlertsSection view={view} settings={settings} />
            <LanguageSection view={view} settings={settings} />
            {/* Open from the start where something in it is not the default: an IT set-up stays in view. */}
            <details class="advanced" open={customised(settings)} data-testid="advanced">
              <summary>{t('options_advanced')}</summary>
              <SourcesSection view={view} settings={settings} />
              <CheckingSection view={view} settings={settings} />
            </details>
            <ResetSection view={view} />
          </form>
        )}
      </main>
    </>
  );
}
