/** The contracts' timestamp: ISO-8601 that Date.parse reads too (the schema's syntax alone is wider: `+09` without minutes). */
import * as v from 'valibot';

export const IsoDate = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp(),
  v.check((s) => Number.isFinite(Date.parse(s)), 'timestamp must be readable'),
);
