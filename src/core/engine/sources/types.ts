import type { CrowdPart } from '../crowd';
import type { Incident } from '../model';

/** What an adapter understood from one body. */
export interface ParsedSource {
  incidents: Incident[];
  /** When the source says its data was built; used for freshness where the source has such a stamp. */
  asOf?: string;
  /** Set when the data is usable but partial (an aggregator whose own sources failed): shown, never green. */
  incomplete?: string;
  /**
   * The incident sources this result is complete for, so that an incident missing from it has ended.
   * Defaults to the source itself; an aggregator's document speaks for its healthy inner sources.
   */
  covers?: string[];
  /** An organisation aggregator's pooled Outlook checks (crowd.ts), carried into the document as they came. */
  crowd?: CrowdPart;
}

/** An adapter's way of saying "I could not understand this": it becomes the source's error, never a crash. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}

export type SourceParser = (body: string, fetchedAt: string) => ParsedSource;
