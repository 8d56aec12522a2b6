/** Which banner (if any) to show, and its words. Pure: no DOM, no extension API. */
import { formatDuration, formatTime, type Clock, type Translate } from '../core/engine/i18n';
import type { BannerAlert, BannerView } from '../core/extension/snapshot';
import type { OutlookKind } from '../core/engine/outlook-hosts';
import { isStale } from '../core/extension/staleness';

/**
 * The alert for this kind of Outlook, or null: no kind (not an Outlook host), nothing readable stored, a
 * stale check (an old warning is worse than none), or a dismissed key.
 */
export function pickAlert(
  kind: OutlookKind | null,
  view: BannerView | null,
  dismissals: readonly string[],
  now: number,
  dismissedHere: ReadonlySet<string> = new Set(),
): BannerAlert | null {
  if (!kind || !view || isStale(view, now)) return null;
  const alert = view.banners[kind];
  if (!alert || dismissedHere.has(alert.dismissKey) || dismissals.includes(alert.dismissKey)) return null;
  return alert;
}

export interface BannerText {
  /** The extension's name, first, so people know who is talking inside Outlook. */
  brand: string;
  /** The answer: not your PC, what Microsoft reports, since when. */
  text: string;
  /** " (2 h 5 min so far)": visual only, so a screen reader is not re-alerted each time it ticks. */
  since: string;
  /** Microsoft's own title, second; empty for the "unreachable" banner. */
  title: string;
  details: string;
  dismiss: string;
}

/** The sentence for each kind of banner that is not Microsoft's incident. */
const OWN_WORDS: Record<Exclude<BannerAlert['kind'], 'incident'>, string> = {
  unreachable: 'banner_unreachable',
  'server-error': 'banner_serverError',
  'crowd-everyone': 'banner_crowdEveryone',
  'crowd-office': 'banner_crowdOffice',
};

export function bannerText(alert: BannerAlert, t: Translate, clock: Clock, now: number): BannerText {
  const at = formatTime(alert.since, now, clock);
  const incident = alert.kind === 'incident';
  return {
    brand: t('banner_brand'),
    text:
      alert.kind === 'incident' ? t(alert.severity === 'outage' ? 'banner_outage' : 'banner_degraded', at) : t(OWN_WORDS[alert.kind], at),
    since: incident ? ` (${formatDuration(alert.since, now, t)})` : '',
    title: incident ? alert.title : '',
    details: t('banner_details'),
    dismiss: t('banner_dismiss'),
  };
}
