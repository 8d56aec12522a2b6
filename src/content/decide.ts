/** Which banner (if any) to show, and its words. Pure: no DOM, no extension API. */
import { formatDuration, formatTime, type Clock, type Translate } from '../core/engine/i18n';
import type { AppId } from '../core/engine/apps';
import { inCatalogOrder, nextUpdateOverdue, whatSentence } from '../core/extension/describe';
import type { BannerAlert, BannerView } from '../core/extension/snapshot';
import { isStale } from '../core/extension/staleness';

/**
 * The alert for this app, or null: no app (not a host the banner runs on), nothing readable stored, a
 * stale check (an old warning is worse than none), or a dismissed key.
 */
export function pickAlert(
  app: AppId | null,
  view: BannerView | null,
  dismissals: readonly string[],
  now: number,
  dismissedHere: ReadonlySet<string> = new Set(),
): BannerAlert | null {
  if (!app || !view || isStale(view, now)) return null;
  const alert = view.banners[app];
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
  /** Second: what was read, in the UI language, and Microsoft's next update; empty for the banners in our own words. */
  lead: string;
  /** "Microsoft's original", before Microsoft's own title (lang="en"); both empty for the banners in our own words. */
  originalLabel: string;
  title: string;
  /** Opens this event in the extension; empty when there is no event to open. */
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

/** The name each app goes by in the banner's sentence ("affecting Teams"). */
const APP_NAMES: Record<AppId, string> = {
  'outlook-business': 'banner_appOutlook',
  'outlook-consumer': 'banner_appOutlook',
  teams: 'banner_appTeams',
  m365: 'banner_appM365',
};

/**
 * Where the card floats: bottom-centre, clear of Outlook's top bar and "New mail"; in Teams, bottom-left,
 * as narrow as the chat list and over its foot, since bottom-centre covers the box people type into.
 */
export type BannerPlacement = 'centre' | 'left';
export const bannerPlacement = (app: AppId): BannerPlacement => (app === 'teams' ? 'left' : 'centre');

export function bannerText(app: AppId, alert: BannerAlert, t: Translate, clock: Clock, now: number): BannerText {
  const at = formatTime(alert.since, now, clock);
  const incident = alert.kind === 'incident';
  const name = t(APP_NAMES[app]);
  const { phase, services, regions, nextUpdateBy } = alert;
  const lead =
    incident && phase && services && regions
      ? [
          whatSentence({ severity: alert.severity, phase, services: inCatalogOrder(services), regions, startedAt: alert.since }, t),
          ...(nextUpdateBy
            ? [t(nextUpdateOverdue(nextUpdateBy, now) ? 'lead_nextOverdue' : 'lead_next', formatTime(nextUpdateBy, now, clock))]
            : []),
        ].join(' ')
      : '';
  return {
    brand: t('banner_brand'),
    text:
      alert.kind === 'incident'
        ? t(alert.severity === 'outage' ? 'banner_outage' : 'banner_degraded', name, at)
        : t(OWN_WORDS[alert.kind], at),
    since: incident ? ` (${formatDuration(alert.since, now, t)})` : '',
    lead,
    originalLabel: incident ? t('notify_original', '') : '',
    title: incident ? alert.title : '',
    details: incident && alert.incidentId ? t('banner_details') : '',
    dismiss: t('banner_dismiss'),
  };
}
