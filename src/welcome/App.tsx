/**
 * The first-run page, opened once on install: pin the icon (in the browser's own words), which Outlook the
 * person uses (that sets the watch list), what the colours mean, and where the settings are. It edits the
 * same settings the options page does, through the same state, so a policy's locked list stays locked.
 */
import { useEffect, useState } from 'preact/hooks';
import { ACCOUNTS, accountOf, servicesForAccount, type Account } from '../core/extension/settings';
import type { Level } from '../core/extension/level';
import { openOptionsPage } from '../platform/browser';
import { createOptionsState, type OptionsState } from '../options/state';

const ACCOUNT_WORDS: Record<Account, [label: string, hint: string]> = {
  work: ['welcome_accountWork', 'welcome_accountWorkHint'],
  personal: ['welcome_accountPersonal', 'welcome_accountPersonalHint'],
  both: ['welcome_accountBoth', 'welcome_accountBothHint'],
};

const COLOURS: [Level, string][] = [
  ['ok', 'welcome_colourOk'],
  ['degraded', 'welcome_colourDegraded'],
  ['outage', 'welcome_colourOutage'],
  ['unknown', 'welcome_colourUnknown'],
];

/** Firefox names its menus differently; the steps use each browser's own words. */
const isFirefox = () => navigator.userAgent.includes('Firefox/');

export function App({ state: given }: { state?: OptionsState }) {
  const [state] = useState(() => given ?? createOptionsState());
  useEffect(() => state.start(), [state]);
  const i18n = state.i18n.value;
  const settings = state.settings.value;
  useEffect(() => {
    if (i18n) document.title = i18n.t('welcome_title');
  }, [i18n]);
  if (!i18n || (!settings && !state.loadFailed.value)) {
    return (
      <main class="loading" data-testid="loading" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
      </main>
    );
  }
  const { t } = i18n;
  const account = settings ? accountOf(settings.watchedServices) : undefined;
  const locked = !settings || state.isLocked('watchedServices');
  const saved = state.status.value.kind;
  const failed = state.loadFailed.value;
  return (
    <>
      <header class="top">
        <h1>{t('welcome_title')}</h1>
        <p>{t('welcome_intro')}</p>
      </header>
      <main>
        <section aria-labelledby="pin-h" data-testid="welcome-pin">
          <h2 id="pin-h">{t('welcome_pinHeading')}</h2>
          <p>{t(isFirefox() ? 'welcome_pinFirefox' : 'welcome_pinChrome')}</p>
        </section>
        <section aria-labelledby="account-h">
          <h2 id="account-h">{t('welcome_accountHeading')}</h2>
          {/* Greyed out, with the reason: the organisation's policy (as the options page says it), or no settings to edit. */}
          <fieldset disabled={locked} data-testid="welcome-account" aria-describedby={failed ? 'account-load-failed' : undefined}>
            <legend>
              {t('welcome_accountLegend')}{' '}
              {/* The options page's lock note, in its words and look (options/ui.tsx LockNote); not imported, since
                  sharing that module between the two pages re-splits the popup's chunks (+160 B gzip on its load). */}
              {settings && state.isLocked('watchedServices') && (
                <span class="lock" data-testid="locked-watchedServices">
                  {t('options_locked')}
                </span>
              )}
            </legend>
            {failed && (
              <p class="status error" role="alert" id="account-load-failed" data-testid="load-failed">
                {t('options_loadFailed')}
              </p>
            )}
            {ACCOUNTS.map((a) => (
              <label key={a} class="choice">
                <input
                  type="radio"
                  name="account"
                  value={a}
                  checked={account === a}
                  data-testid={`account-${a}`}
                  aria-describedby={`account-${a}-hint`}
                  onChange={() => void state.update('watchedServices', servicesForAccount(a))}
                />
                <span>
                  {t(ACCOUNT_WORDS[a][0])}
                  <span class="hint" id={`account-${a}-hint`}>
                    {t(ACCOUNT_WORDS[a][1])}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <p class={`status ${saved}`} role="status" data-testid="saved">
            {saved === 'saved' ? t('options_saved') : saved === 'error' ? t('welcome_saveFailed') : ''}
          </p>
        </section>
        <section aria-labelledby="colours-h">
          <h2 id="colours-h">{t('welcome_coloursHeading')}</h2>
          <ul class="colours">
            {COLOURS.map(([level, key]) => (
              <li key={level} class={`lvl-${level}`} data-testid={`colour-${level}`}>
                {/* The toolbar's own icons: what the person will see there. */}
                <img src={`/icons/${level}-32.png`} alt="" width="32" height="32" />
                <span>
                  <b>{t(`popup_level_${level}`)}</b> {t(key)}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="settings-h">
          <h2 id="settings-h">{t('welcome_settingsHeading')}</h2>
          <p>{t('welcome_settingsBody')}</p>
          <button type="button" data-testid="open-settings" onClick={() => void openOptionsPage()}>
            {t('welcome_openSettings')}
          </button>
        </section>
      </main>
    </>
  );
}
