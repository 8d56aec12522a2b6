import type { Incident } from '../model';

/** What an adapter understood from one body. */
export interface ParsedSource {
  incidents: Incident[];
  /** When the source says its data was built; used for freshness where the source has such a stamp. */
  asOf?: string;
  /** Set when the data is usable but partial (an aggregator whose own sources failed): shown, never green. */
  incomplete?: string;
}

/** An adapter's way of saying "I could not understand this": it becomes the source's error, never a crash. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}

export type SourceParser = (body: string, fetchedAt: string) => ParsedSource;
