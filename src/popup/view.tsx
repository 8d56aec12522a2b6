import type { ComponentChildren } from 'preact';
import type { Locale, Translate } from '../core/i18n';

/** What every view needs to turn data into words: the translator, the locale and the ticking clock. */
export interface View {
  t: Translate;
  locale: Locale;
  now: number;
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
