import { formatDateTime, formatRelative } from '../core/i18n';
import type { Level, ProbeResult, Snapshot } from '../core/model';
import { Msg, type View } from './view';
import { LevelIcon } from './LevelIcon';
import type { RefreshState } from './state';

export function latency(ms: number, { t, locale }: View): string {
  return ms < 1000
    ? t('popup_ms', Math.round(ms).toLocaleString(locale))
    : t('popup_seconds', (ms / 1000).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
}

export function probeLine(probe: ProbeResult | undefined, view: View): string {
  const { t } = view;
  if (!probe) return t('popup_probeNotRun');
  if (!probe.reachable) return t('popup_probeDown');
  if (probe.latencyMs === undefined) return probe.slow ? t('headlineProbeSlow') : t('popup_probeOkNoTime');
  return t(probe.slow ? 'popup_probeSlow' : 'popup_probeOk', latency(probe.latencyMs, view));
}

function Ago({ iso, view }: { iso: string; view: View }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso, view.locale)}>
      {formatRelative(iso, view.now, view.locale)}
    </time>
  );
}

interface Props {
  view: View;
  level: Level;
  headline: string;
  snapshot: Snapshot | null;
  refresh: RefreshState;
  onRefresh: () => void;
}

export function Header({ view, level, headline, snapshot, refresh, onRefresh }: Props) {
  const { t } = view;
  const busy = refresh === 'busy';
  const probe = snapshot?.probe;
  const probeProblem = !!probe && (!probe.reachable || probe.slow);
  const success = snapshot?.lastSuccessAt;
  return (
    <header class={`top lvl-${level}`}>
      <div class="status" aria-live="polite" aria-atomic="true">
        <span class="level" data-testid="level" data-level={level}>
          <LevelIcon level={level} />
          {t(`popup_level_${level}`)}
        </span>
        <h1 data-testid="headline">{headline}</h1>
      </div>
      {snapshot && (
        <>
          <p class={probeProblem ? 'probe problem' : 'probe'} data-testid="probe">
            {probeLine(probe, view)}
            {probeProblem && probe.consecutiveProblems === 1 && ` ${t('popup_probeRecheck')}`}
          </p>
          <p class="checked" data-testid="checked">
            <Msg view={view} k="popup_checked">
              <Ago iso={snapshot.checkedAt} view={view} />
            </Msg>
            {success !== snapshot.checkedAt && (
              <>
                {' · '}
                {success ? (
                  <Msg view={view} k="popup_lastSuccess">
                    <Ago iso={success} view={view} />
                  </Msg>
                ) : (
                  t('popup_noSuccess')
                )}
              </>
            )}
          </p>
        </>
      )}
      <div class="actions">
        <button
          type="button"
          class="refresh"
          data-testid="refresh"
          // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>; clicks while busy are ignored.
          aria-disabled={busy ? 'true' : 'false'}
          aria-busy={busy}
          onClick={onRefresh}
        >
          {busy && <span class="spinner" aria-hidden="true" />}
          {t(busy ? 'popup_refreshing' : 'popup_refresh')}
        </button>
      </div>
      {refresh === 'error' && (
        <p class="error" role="alert" data-testid="refresh-error">
          {t('popup_refreshFailed')}
        </p>
      )}
    </header>
  );
}
