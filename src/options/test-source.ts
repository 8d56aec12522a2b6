/**
 * "Test this source": read one source exactly as the worker would (the same refresh engine: same guards,
 * same adapter, same error wording) and say in words what came back. The result is plain text; nothing a
 * source sends is ever treated as markup.
 */
import type { Translate } from '../core/engine/i18n';
import { refreshSource, sourceUpstream } from '../core/engine/refresh';
import type { SourceDefinition } from '../core/engine/sources';

export type TestOutcome = { ok: true; titles: string[] } | { ok: false; message: string };

/** At most this many titles are listed; the count still says how many there are. */
const MAX_TITLES = 5;

export async function testSource(def: SourceDefinition, now: () => Date = () => new Date()): Promise<TestOutcome> {
  // Looked up at call time, so the page always uses the current global fetch.
  const fetchFn: typeof fetch = (...args) => globalThis.fetch(...args);
  // No remembered state: an unconditional read, whatever the worker has cached.
  const state = await refreshSource(sourceUpstream(def, fetchFn), undefined, { now: () => now().getTime(), force: true });
  if (state.error !== undefined || !state.result) return { ok: false, message: state.error ?? 'no data' };
  return { ok: true, titles: state.result.incidents.filter((i) => i.phase !== 'resolved').map((i) => i.title) };
}

export function describeOutcome(outcome: TestOutcome, t: Translate): string {
  if (!outcome.ok) return t('options_testFailed', outcome.message);
  const { titles } = outcome;
  if (titles.length === 0) return t('options_testOkNone');
  const listed = titles.slice(0, MAX_TITLES).join('; ') + (titles.length > MAX_TITLES ? '; …' : '');
  return titles.length === 1 ? t('options_testOkOne', listed) : t('options_testOkSome', titles.length, listed);
}
