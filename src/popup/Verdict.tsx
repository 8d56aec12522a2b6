import { formatRelative, formatTime } from '../core/engine/i18n';
import type { Reason, Snapshot } from '../core/extension/snapshot';
import type { View } from './view';

export type VerdictKind = 'microsoft' | 'local' | 'fine' | 'unknown';

export function verdictKind(reason: Reason): VerdictKind {
  if (reason === 'incident') return 'microsoft';
  if (reason === 'probe-unreachable' || reason === 'probe-slow') return 'local';
  return reason === 'all-clear' ? 'fine' : 'unknown';
}

export function latency(ms: number | undefined, { t, locale }: View): string {
  if (ms === undefined) return '…';
  return ms < 1000
    ? t('popup_ms', Math.round(ms).toLocaleString(locale))
    : t('popup_seconds', (ms / 1000).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
}

const UNKNOWN_KEYS: Partial<Record<Reason, string>> = {
  offline: 'popup_reasonOffline',
  'no-data': 'popup_reasonNoData',
  'partial-data': 'popup_reasonPartialData',
  'not-checked': 'popup_reasonNotChecked',
  'service-unknown': 'popup_reasonServiceUnknown',
};

/** The verdict's sentence: the answer with its evidence, Microsoft's word and our own probe of Outlook together. */
function sentence(reason: Reason, snapshot: Snapshot, view: View): string {
  const { t } = view;
  const probe = snapshot.probe;
  switch (verdictKind(reason)) {
    case 'microsoft':
      if (!probe) return t('popup_verdictMicrosoftBody');
      return t(probe.reachable && !probe.slow ? 'popup_verdictMicrosoftReachable' : 'popup_verdictMicrosoftUnreachable');
    case 'local':
      return reason === 'probe-slow' ? t('popup_verdictLocalSlow', latency(probe?.latencyMs, view)) : t('popup_verdictLocalUnreachable');
    case 'fine':
      return t('popup_verdictFineBody');
  }
  if (reason === 'stale') return t('popup_reasonStale', formatRelative(snapshot.checkedAt, view.now, view.locale));
  if (reason === 'not-checked' && probe && !probe.reachable) return t('popup_reasonRecheck');
  return t(UNKNOWN_KEYS[reason] ?? 'popup_reasonNoData');
}

const TITLES: Record<VerdictKind, string> = {
  microsoft: 'popup_verdictMicrosoft',
  local: 'popup_verdictLocal',
  fine: 'popup_verdictFine',
  unknown: 'popup_verdictUnknown',
};

/** "Is it me or is it Microsoft?" answered in one sentence, with what to do about it. */
export function Verdict({ view, reason, snapshot }: { view: View; reason: Reason; snapshot: Snapshot }) {
  const { t } = view;
  const kind = verdictKind(reason);
  const recent = snapshot.document.incidents.find((i) => snapshot.assessment.recentlyResolved[0] === i.id);
  const lines = [sentence(reason, snapshot, view)];
  if (kind === 'local' && recent)
    lines.push(t('popup_verdictRecentlyResolved', formatTime(recent.resolvedAt ?? recent.updatedAt, view.now, view.clock)));
  if (kind === 'local') lines.push(t('popup_verdictLocalAdvice'));
  if (kind === 'microsoft') lines.push(t('popup_verdictMicrosoftAdvice'));
  // Which Outlook the probe reached: the one the person opens (learned from their Outlook tabs).
  if (snapshot.probe?.host) lines.push(t('popup_verdictProbeHost', snapshot.probe.host));
  return (
    <section class={`verdict v-${kind}`} aria-labelledby="verdict-h" data-testid="verdict" data-verdict={kind} data-reason={reason}>
      <p class="kicker">{t('popup_verdictHeading')}</p>
      <h2 id="verdict-h">{t(TITLES[kind])}</h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
