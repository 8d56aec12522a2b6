import type { ComponentChildren } from 'preact';
import { formatTime, formatTimeZoned, type Clock, type Locale, type Translate } from '../core/engine/i18n';

/** What every view needs to turn data into words: the translator, the UI locale, the clock and how times are written. */
export interface View {
  t: Translate;
  locale: Locale;
  now: number;
  clock: Clock;
}

const SLOT = '\u0001';

/** A translated message with an element where its `$1` goes, wherever the language puts it. */
export function Msg({ view, k, children }: { view: View; k: string; children: ComponentChildren }) {
  const [before = '', after = ''] = view.t(k, SLOT).split(SLOT);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}

/** "4:05 PM" (or with the date when not today); the zone only when asked, and always in the tooltip. */
export function When({ iso, view, zoned }: { iso: string; view: View; zoned?: boolean }) {
  const full = formatTimeZoned(iso, view.now, view.clock);
  return (
    <time dateTime={iso} title={full}>
      {zoned ? full : formatTime(iso, view.now, view.clock)}
    </time>
  );
}

export function ExternalLink({ href, view, children }: { href: string; view: View; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {view.t('popup_newTab')}</span>
    </a>
  );
}
