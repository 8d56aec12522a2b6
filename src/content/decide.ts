/** Which banner (if any) to show, and its words. Pure: no DOM, no extension API. */
import { formatDuration, formatTime, type Clock, type Translate } from '../core/engine/i18n';
import { whatSentence } from '../core/extension/describe';
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
  /** Second: what was read, in the UI language, and Microsoft's next update; empty for the "unreachable" banner. */
  lead: string;
  /** "Microsoft's original", before Microsoft's own title (lang="en"); both empty for the "unreachable" banner. */
  originalLabel: string;
  title: string;
  /** Opens this event in the extension; empty when there is no event to open. */
  details: string;
  dismiss: string;
}

export function bannerText(alert: BannerAlert, t: Translate, clock: Clock, now: number): BannerText {
  const at = formatTime(alert.since, now, clock);
  const incident = alert.kind === 'incident';
  const { phase, services, regions, nextUpdateBy } = alert;
  const lead =
    incident && phase && services && regions
      ? [
          whatSentence({ severity: alert.severity, phase, services, regions, startedAt: alert.since }, t),
          ...(nextUpdateBy ? [t('lead_next', formatTime(nextUpdateBy, now, clock))] : []),
        ].join(' ')
      : '';
  return {
    brand: t('banner_brand'),
    text: incident ? t(alert.severity === 'outage' ? 'banner_outage' : 'banner_degraded', at) : t('banner_unreachable', at),
    since: incident ? ` (${formatDuration(alert.since, now, t)})` : '',
    lead,
    originalLabel: incident ? t('notify_original', '') : '',
    title: incident ? alert.title : '',
    details: incident && alert.incidentId ? t('banner_details') : '',
    dismiss: t('banner_dismiss'),
  };
}
