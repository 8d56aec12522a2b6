/**
 * "Test this source": fetch one source exactly as the worker would (same guards, same adapter) and say in
 * words what came back. The result is plain text; nothing a source sends is ever treated as markup.
 */
import type { Translate } from '../core/i18n';
import { DEFAULT_LIMITS, fetchBody, FetchFailure } from '../core/fetch-body';
import type { SourceDefinition } from '../core/sources';
import { SourceFormatError } from '../core/sources/types';

export type TestOutcome = { ok: true; titles: string[] } | { ok: false; message: string };

/** At most this many titles are listed; the count still says how many there are. */
const MAX_TITLES = 5;

export async function testSource(def: SourceDefinition, now: () => Date = () => new Date()): Promise<TestOutcome> {
  try {
    // Looked up at call time, so the page always uses the current global fetch.
    const fetchFn: typeof fetch = (...args) => globalThis.fetch(...args);
    const outcome = await fetchBody(fetchFn, def.url, def.kind, {}, DEFAULT_LIMITS, def.headers ?? {});
    if (outcome.kind !== 'fresh') throw new FetchFailure('answered 304 to a request without validators');
    const parsed = def.parse(outcome.body, now().toISOString());
    return { ok: true, titles: parsed.incidents.filter((i) => i.phase !== 'resolved').map((i) => i.title) };
  } catch (e) {
    if (e instanceof FetchFailure || e instanceof SourceFormatError) return { ok: false, message: e.message };
    return { ok: false, message: `unexpected error: ${String((e as Error)?.message ?? e)}` };
  }
}

export function describeOutcome(outcome: TestOutcome, t: Translate): string {
  if (!outcome.ok) return t('options_testFailed', outcome.message);
  const { titles } = outcome;
  if (titles.length === 0) return t('options_testOkNone');
  const listed = titles.slice(0, MAX_TITLES).join('; ') + (titles.length > MAX_TITLES ? '; …' : '');
  return titles.length === 1 ? t('options_testOkOne', listed) : t('options_testOkSome', titles.length, listed);
}
