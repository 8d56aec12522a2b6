import { useState } from 'preact/hooks';
import { formatRelative, formatTime, formatTimeZoned } from '../core/engine/i18n';
import { crowdSentence, crowdTitleKey, verdictKind, type VerdictKind } from '../core/extension/describe';
import type { Reason, Snapshot } from '../core/extension/snapshot';
import type { ReportReply } from '../platform/messages';
import { sendMessage } from '../platform/browser';
import { CopyText } from './EventCard';
import type { View } from './view';

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
function sentence(kind: VerdictKind, reason: Reason, snapshot: Snapshot, view: View): string | undefined {
  const { t } = view;
  const probe = snapshot.probe;
  switch (kind) {
    case 'microsoft':
      if (!probe) return t('popup_verdictMicrosoftBody');
      return t(probe.reachable && !probe.slow ? 'popup_verdictMicrosoftReachable' : 'popup_verdictMicrosoftUnreachable');
    case 'local':
      // Microsoft's post, said as a fact beside the crowd's answer, not as its cause.
      if (reason === 'incident') return t('popup_verdictLocalMicrosoftAside');
      if (reason === 'crowd-office') return undefined;
      return reason === 'probe-slow' ? t('popup_verdictLocalSlow', latency(probe?.latencyMs, view)) : t('popup_verdictLocalUnreachable');
    case 'server':
      return t('popup_verdictServerErrorBody', probe?.httpStatus ?? '5xx');
    case 'everyone':
      return undefined;
    case 'fine':
      return t('popup_verdictFineBody');
  }
  if (reason === 'stale') return t('popup_reasonStale', formatRelative(snapshot.checkedAt, view.now, view.locale));
  if (reason === 'not-checked' && probe && !probe.reachable) return t('popup_reasonRecheck');
  // No source at all: every one switched off (settings or policy), not a blocked network.
  if (reason === 'no-data' && !snapshot.document.sources.length) return t('popup_reasonNoSources');
  return t(UNKNOWN_KEYS[reason] ?? 'popup_reasonNoData');
}

const TITLES: Record<VerdictKind, string> = {
  microsoft: 'popup_verdictMicrosoft',
  local: 'popup_verdictLocal',
  server: 'popup_verdictServerError',
  everyone: 'headlineCrowdEveryone',
  fine: 'popup_verdictFine',
  unknown: 'popup_verdictUnknown',
};

/** What a helpdesk needs when the problem is not (yet) Microsoft's post: what this browser measured, and the crowd's answer. */
export function networkSummary(snapshot: Snapshot, crowdLine: string | undefined, view: View): string {
  const { t } = view;
  const probe = snapshot.probe;
  // The probe's own technical words ("answered HTTP 503", "no answer within 10 s"), or how slow it was.
  const measured = probe?.error ?? latency(probe?.latencyMs, view);
  const at = (iso: string) => formatTimeZoned(iso, view.now, view.clock);
  return [t('copy_probe', measured), t('copy_statusSites', at(snapshot.checkedAt)), ...(crowdLine ? [crowdLine] : [])].join('\n');
}

/** "Outlook isn't working for me": one click, counted by the organisation's aggregator once per window. */
function ReportButton({ view }: { view: View }) {
  const [reply, setReply] = useState<'' | 'popup_reportSent' | 'popup_reportNotSent'>('');
  const send = () =>
    sendMessage<ReportReply | undefined>({ type: 'report-manual' }).then(
      (r) => setReply(r?.sent ? 'popup_reportSent' : 'popup_reportNotSent'),
      () => setReply('popup_reportNotSent'),
    );
  return (
    <p>
      <button type="button" class="copy" data-testid="report-manual" onClick={send}>
        {view.t('popup_reportButton')}
      </button>
      <span class="done" role="status" data-testid="report-reply">
        {reply && view.t(reply)}
      </span>
    </p>
  );
}

/** "Is it me or is it Microsoft?" answered in one sentence, with what to do about it. */
export function Verdict({ view, reason, snapshot }: { view: View; reason: Reason; snapshot: Snapshot }) {
  const { t } = view;
  const crowd = snapshot.assessment.crowd;
  const kind = verdictKind(reason, crowd);
  const crowdLine = crowd && crowdSentence(crowd, { t, locale: view.locale, clock: view.clock, now: view.now });
  const recent = snapshot.document.incidents.find((i) => snapshot.assessment.recentlyResolved[0] === i.id);
  const first = sentence(kind, reason, snapshot, view);
  const lines = first ? [first] : [];
  if (kind === 'local' && recent)
    lines.push(t('popup_verdictRecentlyResolved', formatTime(recent.resolvedAt ?? recent.updatedAt, view.now, view.clock)));
  if (kind === 'local' && crowd?.kind !== 'your-office') lines.push(t('popup_verdictLocalAdvice'));
  if (kind === 'server') lines.push(t('popup_verdictServerErrorAdvice'));
  if (kind === 'microsoft') lines.push(t('popup_verdictMicrosoftAdvice'));
  // Which Outlook the probe reached: the one the person opens (learned from their Outlook tabs). Not while
  // Microsoft's own incident is the answer: then the event's facts come first in a 600 px popup.
  if (snapshot.probe?.host && kind !== 'microsoft') lines.push(t('popup_verdictProbeHost', snapshot.probe.host));
  // The crowd's own title where it says more than the probe alone (just you, your office); Microsoft's stays Microsoft's.
  const title = t(crowd?.kind === 'just-you' || crowd?.kind === 'your-office' ? crowdTitleKey(crowd.kind) : TITLES[kind]);
  const forIt = kind === 'local' || kind === 'server' || kind === 'everyone';
  return (
    <section class={`verdict v-${kind}`} aria-labelledby="verdict-h" data-testid="verdict" data-verdict={kind} data-reason={reason}>
      <p class="kicker">{t('popup_verdictHeading')}</p>
      <h2 id="verdict-h">{title}</h2>
      {crowdLine && <p data-testid="crowd-line">{crowdLine}</p>}
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {forIt && (
        <p>
          <CopyText text={() => networkSummary(snapshot, crowdLine, view)} view={view} />
        </p>
      )}
      {snapshot.crowdReports && kind !== 'fine' && <ReportButton view={view} />}
    </section>
  );
}
