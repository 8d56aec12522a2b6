import type { SourceStatus } from '../core/model';
import { openOptionsPage } from '../platform/browser';
import { ExternalLink } from './IncidentCard';
import type { View } from './view';

/** The id the worker gives an organisation's aggregator (src/core/sources/status-document.ts). */
const AGGREGATOR_ID = 'aggregator';

function openSettings(): void {
  try {
    openOptionsPage().catch(() => undefined);
  } catch {
    // Nothing useful to show; the button simply does nothing.
  }
}

export function Footer({ view, sources }: { view: View; sources: SourceStatus[] }) {
  const { t } = view;
  const failing = sources.filter((s) => !s.ok);
  return (
    <footer class="foot">
      {failing.length > 0 && (
        <section class="sources">
          <h2>{t('popup_sourcesHeading')}</h2>
          <ul>
            {failing.map((s) => (
              <li key={s.id} data-testid="source-error">
                <code>{s.id}</code>: {s.error || t('popup_sourceNoAnswer')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!sources.some((s) => s.id === AGGREGATOR_ID) && (
        <p class="coverage" data-testid="coverage">
          {t('popup_coverage')}
        </p>
      )}
      <nav class="links" aria-label={t('popup_officialPages')}>
        <ExternalLink href="https://status.cloud.microsoft/" view={view}>
          {t('popup_linkM365')}
        </ExternalLink>
        <ExternalLink href="https://azure.status.microsoft/en-us/status/" view={view}>
          {t('popup_linkAzure')}
        </ExternalLink>
        <button type="button" class="settings" onClick={openSettings}>
          {t('popup_settings')}
        </button>
      </nav>
    </footer>
  );
}
