/** An organisation aggregator's StatusDocument, read as one source: validated whole, never half-used. */
import { validateStatusDocument } from '../model';
import { SourceFormatError, type ParsedSource } from './types';

export const AGGREGATOR_SOURCE = 'aggregator';

export function parseStatusDocumentBody(body: string): ParsedSource {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new SourceFormatError('not valid JSON');
  }
  const checked = validateStatusDocument(data);
  if (!checked.ok) throw new SourceFormatError(checked.error);
  if (checked.value.sources.length > 0 && checked.value.sources.every((s) => !s.ok)) {
    throw new SourceFormatError('the aggregator has no data from any of its sources');
  }
  return { incidents: checked.value.incidents, asOf: checked.value.generatedAt };
}
