/** Turns the phrase lists of ./phrases into matchers (the syntax is described there). */

/** Contractions written out and curly apostrophes straightened, so the phrase lists need one form only. */
export function normalise(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/\bcan't\b/gi, 'cannot')
    .replace(/\bwon't\b/gi, 'will not')
    .replace(/n't\b/gi, ' not')
    .replace(/'ve\b/gi, ' have')
    .replace(/'re\b/gi, ' are')
    .replace(/'ll\b/gi, ' will')
    .replace(/\b(it|that|there|what)'s\b/gi, '$1 is');
}

/**
 * Up to 80 characters of the same sentence that start with no separator: a gap and the separators around it
 * can then split a run of spaces and hyphens one way only, so a hostile run cannot make matching slow.
 */
const WORDS = '[^\\s/.;!?\\n-][^.;!?\\n]{0,79}?';
/** "…" inside a phrase: those words, or none. */
const SOME_WORDS = `(?:${WORDS})?`;
/** " … " between two words: one space, or up to 80 characters of the same sentence between spaces. */
const GAP = `[\\s/-]+(?:${WORDS}[\\s/-]+)?`;

function phraseSource(phrase: string): string {
  let out = '';
  for (const part of phrase.split(' … ')) {
    if (out) out += GAP;
    out += wordsSource(part);
  }
  return out;
}

function wordsSource(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === '*') out += "[\\w']*";
    else if (ch === '#') out += '\\d+(?:[.,]\\d+)?';
    else if (ch === '%') out += '\\s?%';
    else if (ch === '…') out += SOME_WORDS;
    else if (ch === ' ') out += '[\\s/-]+';
    else if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|' || ch === '?') out += ch;
    else out += ch.replace(/[.+^${}[\]\\/]/g, '\\$&');
  }
  return out;
}

/** One case-insensitive pattern for every phrase, matching whole words only. */
export function compile(phrases: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`(?<![\\w'])(?:${phrases.map(phraseSource).join('|')})(?![\\w])`, flags);
}

export interface Matcher {
  /** True when some phrase occurs in `text`. */
  test(text: string): boolean;
  /** Every occurrence, with where it is in `text` (already normalised by the caller). */
  all(text: string): { index: number; end: number }[];
  /** `text` with every occurrence blanked out. */
  remove(text: string): string;
  /** `text` with every occurrence and the rest of its sentence blanked out (a clause of purpose or condition). */
  removeToSentenceEnd(text: string): string;
}

export function matcher(list: { phrases: readonly string[] }): Matcher {
  const once = compile(list.phrases);
  const every = compile(list.phrases, 'gi');
  const everyToSentenceEnd = new RegExp(`(?:${every.source})[^.;!?\\n]*`, 'gi');
  return {
    test: (text) => once.test(normalise(text)),
    all: (text) => [...text.matchAll(every)].map((m) => ({ index: m.index, end: m.index + m[0].length })),
    remove: (text) => normalise(text).replace(every, ' '),
    removeToSentenceEnd: (text) => normalise(text).replace(everyToSentenceEnd, ' '),
  };
}
