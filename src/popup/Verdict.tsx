import { formatRelative } from '../core/i18n';
import type { Reason, Snapshot } from '../core/model';
import type { View } from './view';

export type VerdictKind = 'microsoft' | 'local' | 'fine' | 'unknown';

export function verdictKind(reason: Reason): VerdictKind {
  if (reason === 'incident') return 'microsoft';
  if (reason === 'probe-unreachable' || reason === 'probe-slow') return 'local';
  return reason === 'all-clear' ? 'fine' : 'unknown';
}

const UNKNOWN_KEYS: Partial<Record<Reason, string>> = {
  offline: 'popup_reasonOffline',
  'no-data': 'popup_reasonNoData',
  'partial-data': 'popup_reasonPartialData',
  'not-checked': 'popup_reasonNotChecked',
  'service-unknown': 'popup_reasonServiceUnknown',
};

/** The "is it me or is it Microsoft?" answer, in plain words, with what to do about it. */
export function Verdict({ view, reason, snapshot }: { view: View; reason: Reason; snapshot: Snapshot }) {
  const { t } = view;
  const kind = verdictKind(reason);
  let title: string;
  let body: string[];
  switch (kind) {
    case 'microsoft':
      title = t('popup_verdictMicrosoft');
      body = [t('popup_verdictMicrosoftBody')];
      break;
    case 'local':
      title = t('popup_verdictLocal');
      body = [
        t(reason === 'probe-slow' ? 'popup_verdictLocalSlow' : 'popup_verdictLocalUnreachable'),
        t('popup_verdictLocalAdvice'),
      ];
      break;
    case 'fine':
      title = t('popup_verdictFine');
      body = [t('popup_verdictFineBody')];
      break;
    default:
      title = t('popup_verdictUnknown');
      body = [
        reason === 'stale'
          ? t('popup_reasonStale', formatRelative(snapshot.checkedAt, view.now, view.locale))
          : t(UNKNOWN_KEYS[reason] ?? 'popup_reasonNoData'),
      ];
  }
  return (
    <section class={`verdict v-${kind}`} data-testid="verdict" data-verdict={kind} data-reason={reason}>
      <p class="kicker">{t('popup_verdictHeading')}</p>
      <h2>{title}</h2>
      {body.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
