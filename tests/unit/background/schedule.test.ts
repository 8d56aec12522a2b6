import { describe, expect, it } from 'vitest';
import { pollMinutesFor } from '../../../src/background/schedule';
import type { Snapshot } from '../../../src/core/extension/snapshot';

const withReason = (reason: Snapshot['assessment']['reason']) => ({ assessment: { reason } }) as Snapshot;

describe('the check interval', () => {
  it("is the person's interval when all is quiet, and before any check", () => {
    expect(pollMinutesFor(withReason('all-clear'), 15)).toBe(15);
    expect(pollMinutesFor(withReason('no-data'), 15)).toBe(15);
    expect(pollMinutesFor(undefined, 15)).toBe(15);
  });

  it('is a minute while an incident is active, or while offline (so grey ends soon after the network is back)', () => {
    expect(pollMinutesFor(withReason('incident'), 15)).toBe(1);
    expect(pollMinutesFor(withReason('offline'), 15)).toBe(1);
    expect(pollMinutesFor(withReason('offline'), 1)).toBe(1);
  });
});
