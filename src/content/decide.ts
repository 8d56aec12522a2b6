/** Which banner (if any) to show, and its words. Pure: no DOM, no extension API. */
import { formatDateTime, formatRelative, LANGUAGES, type Language, type Locale, type Translate } from '../core/i18n';
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

/** The language the worker recorded in the snapshot (policy included); anything unreadable means "auto". */
export function languageSetting(snapshot: unknown): Language {
  const l = (snapshot as { language?: unknown } | undefined)?.language;
  return (LANGUAGES as readonly unknown[]).includes(l) ? (l as Language) : 'auto';
}

/** Only https links are followed; anything else (javascript:, http:, relative) gets no link. */
export const safeUrl = (url: unknown) => (typeof url === 'string' && url.startsWith('https://') ? url : undefined);

export interface BannerText {
  /** The sentence: what is wrong and since when. */
  text: string;
  /** "(2 hr. ago)": visual only, so a screen reader is not re-alerted each time it ticks. */
  ago: string;
  details: string;
  dismiss: string;
}

/** "09:05" today, with the date otherwise. */
function when(iso: string, now: number, locale: Locale): string {
  const d = new Date(iso);
  return d.toDateString() === new Date(now).toDateString()
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(d)
    : formatDateTime(iso, locale);
}

export function bannerText(alert: BannerAlert, t: Translate, locale: Locale, now: number): BannerText {
  const at = when(alert.since, now, locale);
  const incident = alert.kind === 'incident';
  return {
    text: incident
      ? t(alert.severity === 'outage' ? 'banner_outage' : 'banner_degraded', alert.title, at)
      : t('banner_unreachable', at),
    ago: incident ? ` (${formatRelative(alert.since, now, locale)})` : '',
    details: t('banner_details'),
    dismiss: t('banner_dismiss'),
  };
}
