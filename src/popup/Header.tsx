import { levelWord } from '../core/extension/describe';
import { SERVICE_HEALTH_URL } from '../core/extension/notice';
import { formatRelative, formatTimeZoned } from '../core/engine/i18n';
import { type Level, lookOf } from '../core/extension/level';
import type { Reason } from '../core/extension/snapshot';
import type { Snapshot } from '../core/extension/snapshot';
import { ExternalLink, Msg, type View } from './view';
import { HEADLINE_TIMING } from './first-paint';
import { LevelIcon } from './LevelIcon';
import type { RefreshState } from './state';

/** Microsoft's own pages, where people look next: the public status pages and, for admins, Service health. */
const STATUS_PAGES: [string, string][] = [
  ['popup_linkM365', 'https://status.cloud.microsoft/'],
  ['popup_linkAzure', 'https://azure.status.microsoft/en-us/status/'],
  ['popup_linkAdmin', SERVICE_HEALTH_URL],
];

function Ago({ iso, view }: { iso: string; view: View }) {
  return (
    <time dateTime={iso} title={formatTimeZoned(iso, view.now, view.clock)}>
      {formatRelative(iso, view.now, view.locale)}
    </time>
  );
}

interface Props {
  view: View;
  level: Level;
  /** Why: yellow from this network draws and says "your network" (core/extension/level.ts lookOf). */
  reason?: Reason | undefined;
  headline: string;
  snapshot: Snapshot | null;
  refresh: RefreshState;
  onRefresh: () => void;
}

export function Header({ view, level, reason, headline, snapshot, refresh, onRefresh }: Props) {
  const { t } = view;
  const busy = refresh === 'busy';
  const success = snapshot?.lastSuccessAt;
  return (
    <header class={`top lvl-${level}`}>
      <div class="status" aria-live="polite" aria-atomic="true">
        <span class="level" data-testid="level" data-level={level}>
          <LevelIcon look={lookOf(level, reason)} />
          {levelWord(level, t, reason)}
        </span>
        <h1 data-testid="headline" elementtiming={HEADLINE_TIMING}>
          {headline}
        </h1>
      </div>
      {snapshot && (
        <p class="checked" data-testid="checked">
          {view.now - Date.parse(snapshot.checkedAt) < 60_000 ? (
            t('popup_checkedJustNow')
          ) : (
            <Msg view={view} k="popup_checked">
              <Ago iso={snapshot.checkedAt} view={view} />
            </Msg>
          )}
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
        <nav class="links" aria-label={t('popup_officialPages')} data-testid="status-pages">
          {STATUS_PAGES.map(([key, href]) => (
            <ExternalLink key={key} href={href} view={view}>
              {t(key)}
            </ExternalLink>
          ))}
        </nav>
      </div>
      {refresh === 'error' && (
        <p class="error" role="alert" data-testid="refresh-error">
          {t('popup_refreshFailed')}
        </p>
      )}
    </header>
  );
}
