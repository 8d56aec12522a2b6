/**
 * An aggregator's crowd part kept with its source's last result (background/source-store.ts), read back
 * only if it still has the contract's shape. Apart from stored.ts, so the popup does not load it.
 */
import * as v from 'valibot';
import { type CrowdPart, CrowdPartSchema } from '../engine/crowd';

export function readCrowdPart(value: unknown): CrowdPart | undefined {
  const parsed = v.safeParse(CrowdPartSchema, value);
  return parsed.success ? parsed.output : undefined;
}
