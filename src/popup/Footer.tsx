import type { SourceStatus } from '../core/engine/model';
import { AGGREGATOR_SOURCE } from '../core/engine/sources/aggregator-id';
import { openOptionsPage } from '../platform/browser';
import type { View } from './view';
import { sourceError, sourceName } from './words';

function openSettings(): void {
  try {
    openOptionsPage().catch(() => undefined);
  } catch {
    // Nothing useful to show; the button simply does nothing.
  }
}

/**
 * Failing sources, in the UI language (the worker's English detail in the tooltip); what public sources cannot
 * see, only when nothing on the services watched is reported (during an incident it would read as a contradiction).
 */
export function Footer({ view, sources, coverage }: { view: View; sources: SourceStatus[]; coverage: boolean }) {
  const { t } = view;
  const failing = sources.filter((s) => !s.ok);
  return (
    <footer class="foot">
      {failing.length > 0 && (
        <section class="sources" aria-labelledby="sources-h">
          <h2 id="sources-h">{t('popup_sourcesHeading')}</h2>
          <ul>
            {failing.map((s) => (
              <li key={s.id} data-testid="source-error" title={s.error}>
                {sourceName(s.id, t)}: {s.error ? sourceError(s.error, t) : t('popup_sourceNoAnswer')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {coverage && !sources.some((s) => s.id === AGGREGATOR_SOURCE) && (
        <p class="coverage" data-testid="coverage">
          {t('popup_coverage')}
        </p>
      )}
      <button type="button" class="settings" onClick={openSettings}>
        {t('popup_settings')}
      </button>
    </footer>
  );
}
