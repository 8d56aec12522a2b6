/**
 * Turning remote text into safe plain text and remote links into safe links. Everything a source says
 * passes through here before it reaches the model, so nothing downstream ever has to treat it as HTML.
 */

import { decodeHTMLStrict } from 'entities/decode';
import type { Incident } from './model';

/** One character reference: named (`&reg;`), decimal (`&#174;`) or hexadecimal (`&#xAE;`), ending in `;`. */
const REFERENCE = /&(?:#\d{1,8}|#x[\da-f]{1,7}|[a-z][a-z\d]{1,31});/gi;
/** A reference to U+FFFD itself, as opposed to an invalid one the decoder replaces with it. */
const REPLACEMENT_REFERENCE = /^&#(?:0*65533|x0*fffd);$/i;

/**
 * Every HTML5 named entity (`&reg;`, `&eacute;`) and numeric reference, through `entities` (the decoder
 * behind htmlparser2 and cheerio), in strict mode: only references ending in `;`, so "AT&T" or "&notice"
 * stay as written. An invalid code point, which the decoder turns into U+FFFD, carries nothing and is
 * dropped; a U+FFFD already in the text is left as it is.
 */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (reference) => {
    const decoded = decodeHTMLStrict(reference);
    return decoded === '\uFFFD' && !REPLACEMENT_REFERENCE.test(reference) ? '' : decoded;
  });
}

// Block-level tags become line breaks so paragraphs survive as text.
// `[^<>]*` rather than `[^>]*`: a tag never spans another `<`, and that keeps "<a<a<a…" linear, not quadratic.
const BLOCK_TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z!][^<>]*>/gi;
const DROPPED_ELEMENTS = /<(script|style|template|iframe|object|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi;
/**
 * Characters that never show as themselves, by Unicode category rather than one by one: controls (Cc,
 * C1 included), format characters (Cf: bidi marks, overrides and isolates, zero-width characters, the
 * interlinear annotation marks, tag characters), lone surrogates (Cs), every default-ignorable code point
 * (variation selectors, the Hangul fillers, the combining grapheme joiner, Khmer's inherent vowels), and
 * the blank braille pattern, which renders as a space but is none. They can disguise text.
 */
const HIDDEN = String.raw`\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800`;
/** In multi-line text a tab and a line feed are whitespace, tidied below, not hidden characters. */
const INVISIBLE = new RegExp(`(?![\\t\\n])[${HIDDEN}]`, 'gu');
/** Unicode's own line and paragraph separators, and the C1 "next line", read as ordinary line breaks. */
const SEPARATORS = /[\u0085\u2028\u2029]/g;
const NOT_ONE_PLAIN_LINE = new RegExp(`[${HIDDEN}\\u2028\\u2029<>]`, 'u');

/** One line of plain text that the sanitiser would leave as it is: no hidden character, no line break, no markup. */
export function isPlainLine(text: string): boolean {
  return !NOT_ONE_PLAIN_LINE.test(text);
}

/**
 * HTML or plain text in, plain text out: entities decoded (twice, because feeds double-escape), tags and
 * scripts removed, invisible characters dropped, whitespace tidied, capped at `max` characters.
 */
export function toPlainText(input: string, max = 1000): string {
  let text = decodeEntities(input);
  // In markup that breaks its own lines (<p>, <br>), a raw line break is only a space: a feed that wraps its
  // HTML at 80 columns must not cut a sentence in two ("Engineers are applying mitigation and some\ncustomers").
  if (text.search(BLOCK_TAG) >= 0) text = text.replace(/\r\n?|\n/g, ' ');
  text = text.replace(DROPPED_ELEMENTS, ' ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  text = decodeEntities(text).replace(/[<>]/g, '');
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(SEPARATORS, '\n')
    .replace(INVISIBLE, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return clamp(text, max);
}

/**
 * An incident's words through the same sanitiser as feed text: for documents read from elsewhere (an
 * aggregator's, as the extension reads it) and served onwards (the aggregator's own), whatever the source.
 */
export function plainIncidentText(incident: Incident): Incident {
  return {
    ...incident,
    title: toPlainText(incident.title, 300),
    summary: toPlainText(incident.summary, 1000),
    ...(incident.impact !== undefined ? { impact: toPlainText(incident.impact, 1000) } : {}),
    updates: incident.updates.map((u) => ({ ...u, text: toPlainText(u.text, 4000) })),
  };
}

/** Cuts to at most `max` code points, marking the cut with an ellipsis; never splits a surrogate pair. */
export function clamp(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export { safeMicrosoftUrl } from './links';

/** A short, stable, non-cryptographic hash (FNV-1a) for ids of items that carry none. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
