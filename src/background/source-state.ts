/** What the worker remembers per source between checks (and between worker lifetimes). */
import type { Validators } from '../core/fetch-body';
import type { ParsedSource } from '../core/sources/types';

export interface SourceState {
  url: string;
  validators: Validators;
  /** When data was last fetched or confirmed unchanged. */
  fetchedAt?: string;
  result?: ParsedSource;
  error?: string;
  failures: number;
  /** While backing off, scheduled checks skip the source until this time (ms). */
  nextAttemptAt?: number;
}

export type SourceStates = Record<string, SourceState>;

export function freshState(url: string): SourceState {
  return { url, validators: {}, failures: 0 };
}
