/** Which banner (if any) to show, and its words. Pure: no DOM, no extension API. */
import { formatDuration, formatTime, type Clock, type Translate } from '../core/i18n';
import type { BannerAlert } from '../core/model';
import type { OutlookKind } from '../core/outlook-hosts';

/** The last moment a snapshot still counts as current: three polls after the check (as assess.isStale). */
export function staleAt(snapshot: unknown): number {
  const s = snapshot as { checkedAt?: unknown; pollMinutes?: unknown } | undefined;
  return Date.parse(String(s?.checkedAt)) + 3 * Number(s?.pollMinutes) * 60_000;
}

function isAlert(value: unknown): value is BannerAlert {
  const a = value as Partial<BannerAlert> | null | undefined;
  return (
    typeof a?.dismissKey === 'string' &&
    typeof a.title === 'string' &&
    (a.kind === 'incident' || a.kind === 'unreachable') &&
    Number.isFinite(Date.parse(String(a.since)))
  );
}

/**
 * The alert for this kind of Outlook from whatever is stored, or null: no kind (not an Outlook host), no
 * snapshot, a stale snapshot (an old warning is worse than none), or a dismissed key.
 */
export function pickAlert(
  kind: OutlookKind | null,
  snapshot: unknown,
  dismissals: unknown,
  now: number,
  dismissedHere: ReadonlySet<string> = new Set(),
): BannerAlert | null {
  if (!kind || !(now <= staleAt(snapshot))) return null;
  const alert = (snapshot as { banners?: Partial<Record<OutlookKind, unknown>> }).banners?.[kind];
  if (!isAlert(alert) || dismissedHere.has(alert.dismissKey)) return null;
  return Array.isArray(dismissals) && dismissals.includes(alert.dismissKey) ? null : alert;
}

/** Only https links are followed; anything else (javascript:, http:, relative) gets no link. */
export const safeUrl = (url: unknown) => (typeof url === 'string' && url.startsWith('https://') ? url : undefined);

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

export function bannerText(alert: BannerAlert, t: Translate, clock: Clock, now: number): BannerText {
  const at = formatTime(alert.since, now, clock);
  const incident = alert.kind === 'incident';
  return {
    brand: t('banner_brand'),
    text: incident ? t(alert.severity === 'outage' ? 'banner_outage' : 'banner_degraded', at) : t('banner_unreachable', at),
    since: incident ? ` (${formatDuration(alert.since, now, t)})` : '',
    title: incident ? alert.title : '',
    details: t('banner_details'),
    dismiss: t('banner_dismiss'),
  };
}
