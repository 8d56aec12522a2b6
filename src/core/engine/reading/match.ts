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
 * Up to 80 characters of the same sentence that start with no separator, so that the separators before a gap
 * are taken by the gap alone; with the 80-character cap, a hostile run of separators cannot make matching slow.
 */
const SENTENCE_WORDS = '[^\\s/.;!?\\n-][^.;!?\\n]{0,79}?';
/** The same inside one clause: no comma either ("once the fix is deployed" in "Once …, we'll …"). */
const CLAUSE_WORDS = '[^\\s/.,;!?\\n-][^.,;!?\\n]{0,79}?';

/**
 * Where a clause ends for `removeToClauseEnd`: a comma or sentence end, or a second verb of Microsoft's joined by
 * "and"/"while"/"but" ("We're evaluating options to reroute traffic and are restarting the nodes"). A comma that
 * opens examples of the same thing ("options for mitigation, including failing over …") does not end it.
 */
const EXAMPLES_COMMA = ',(?=\\s(?:including|such as|like|for example|e\\.g\\.|namely)\\b)';
/** A remedy told as "and <doing>" is a second action of Microsoft's, unless the clause lists examples or means. */
const REMEDY_DOING = 'rerouting|restarting|applying|deploying|rolling back|reverting|failing over|redirecting|rebalancing';
const CLAUSE_BREAK = `(?:\\s(?:and|while|but)\\s(?:we|are|is|have|has|engineers|in the meantime)\\b|(?<!\\b(?:such as|including|like|by|via|through|why|whether|if|not)\\b[^.,;!?\\n]*)\\s(?:and|while|but)\\s(?:${REMEDY_DOING})\\b)`;

/** How far a phrase's ` … ` may reach: within its sentence, or within its clause (no comma). */
export type Reach = 'sentence' | 'clause';
const WORDS: Record<Reach, string> = { sentence: SENTENCE_WORDS, clause: CLAUSE_WORDS };

function phraseSource(phrase: string, reach: Reach): string {
  const words = WORDS[reach];
  // " … " between two words: one space, or up to 80 characters of the same sentence (clause) between spaces.
  const gap = `[\\s/-]+(?:${words}[\\s/-]+)?`;
  let out = '';
  for (const part of phrase.split(' … ')) {
    if (out) out += gap;
    out += wordsSource(part, words);
  }
  return out;
}

function wordsSource(phrase: string, words: string): string {
  // "…" inside a phrase: those words, or none.
  const someWords = `(?:${words})?`;
  // An optional group that opens with "…" ("the (… )?change") takes as few words as it can. Whether a phrase matches
  // does not change, only how far the match reaches: a greedy group could only succeed by stretching to a later
  // "change", and the span is what `remove` blanks and what `all` hands on (the window round a failure in readImpact).
  const opensWithWords: boolean[] = [];
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i]!;
    if (ch === '(') opensWithWords.push(phrase[i + 1] === '…');
    if (ch === ')' && opensWithWords.pop() && phrase[i + 1] === '?') {
      out += ')??';
      i++;
      continue;
    }
    if (ch === '*') out += "[\\w']*";
    // "#%" is a part: a percentage short of all ("60%", not "100%", which is everything done).
    else if (ch === '#') out += phrase[i + 1] === '%' ? '(?!100(?![\\d.,]))\\d+(?:[.,]\\d+)?' : '\\d+(?:[.,]\\d+)?';
    else if (ch === '%') out += '(?:\\s?%|\\s(?:percent|per cent))';
    else if (ch === '…') out += someWords;
    else if (ch === ' ') out += '[\\s/-]+';
    else if (ch === '(') out += '(?:';
    else if (ch === ')' || ch === '|' || ch === '?') out += ch;
    else out += ch.replace(/[.+^${}[\]\\/]/g, '\\$&');
  }
  return out;
}

/** One case-insensitive pattern for every phrase, matching whole words only. */
export function compile(phrases: readonly string[], flags = 'i', reach: Reach = 'sentence'): RegExp {
  return new RegExp(`(?<![\\w'])(?:${phrases.map((p) => phraseSource(p, reach)).join('|')})(?![\\w])`, flags);
}

export interface Matcher {
  /** True when some phrase occurs in `text`. */
  test(text: string): boolean;
  /** Every occurrence, with where it is in `text` (already normalised by the caller). */
  all(text: string): { index: number; end: number }[];
  /** `text` with every occurrence blanked out. */
  remove(text: string): string;
  /** `text` with every occurrence and the rest of its sentence blanked out: a clause of purpose or condition. */
  removeToEnd(text: string): string;
  /** `text` with every occurrence and the rest of its clause (see CLAUSE_BREAK) blanked out. */
  removeToClauseEnd(text: string): string;
}

export function matcher(list: { phrases: readonly string[]; reach?: Reach }): Matcher {
  const reach = list.reach ?? 'sentence';
  const once = compile(list.phrases, 'i', reach);
  const every = compile(list.phrases, 'gi', reach);
  const everyToEnd = new RegExp(`(?:${every.source})[^.;!?\\n]*`, 'gi');
  const everyToClauseEnd = new RegExp(`(?:${every.source})(?:(?!${CLAUSE_BREAK})(?:[^.,;!?\\n]|${EXAMPLES_COMMA}))*`, 'gi');
  return {
    test: (text) => once.test(normalise(text)),
    all: (text) => [...text.matchAll(every)].map((m) => ({ index: m.index, end: m.index + m[0].length })),
    remove: (text) => normalise(text).replace(every, ' '),
    removeToEnd: (text) => normalise(text).replace(everyToEnd, ' '),
    removeToClauseEnd: (text) => normalise(text).replace(everyToClauseEnd, ' '),
  };
}
