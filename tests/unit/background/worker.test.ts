/** The worker's concurrency rules with fakes: coalescing, the forced follow-up, the in-flight marker, the dismissal queue. */
import { describe, expect, it, vi } from 'vitest';
import { createWorker, type WorkerDeps } from '../../../src/background/worker';
import type { Snapshot } from '../../../src/core/extension/snapshot';
import { MAX_DISMISSALS } from '../../../src/core/extension/stored';

const NOW = Date.parse('2026-03-10T03:00:00.000Z');

function snapshot(level: Snapshot['level'] = 'ok', checkedAgoMs = 60_000): Snapshot {
  const checkedAt = new Date(NOW - checkedAgoMs).toISOString();
  return {
    document: { schema: 1, generatedAt: checkedAt, sources: [], incidents: [] },
    level,
    assessment: { level, reason: 'all-clear', relevant: [], other: [], recentlyResolved: [], lastKnown: [] },
    banners: { 'outlook-business': null, 'outlook-consumer': null, teams: null, m365: null },
    checkedAt,
    online: true,
    pollMinutes: 5,
    language: 'auto',
  };
}

/** A check the test finishes by hand, so it can act while one is running. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function fakes(over: Partial<WorkerDeps> = {}) {
  const session: { inFlight: unknown } = { inFlight: undefined };
  const local: { dismissals: unknown } = { dismissals: undefined };
  const checks: { force: boolean; done: ReturnType<typeof deferred<Snapshot>> }[] = [];
  const markers: (number | null)[] = [];
  const deps: WorkerDeps = {
    runCheck: vi.fn((force: boolean) => {
      const done = deferred<Snapshot>();
      checks.push({ force, done });
      return done.promise;
    }),
    paintFailure: vi.fn(async () => {}),
    readInFlight: async () => session.inFlight,
    writeInFlight: async (at) => {
      markers.push(at);
      session.inFlight = at;
    },
    readDismissals: async () => local.dismissals,
    writeDismissals: vi.fn(async (keys: string[]) => {
      // A slow write: a second dismissal must wait for it rather than read the old list.
      await new Promise((r) => setTimeout(r, 5));
      local.dismissals = keys;
    }),
    loadSnapshot: async () => undefined,
    ensureSchedule: vi.fn(async () => {}),
    now: () => NOW,
    logError: vi.fn(),
    ...over,
  };
  return { deps, session, local, checks, markers };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createWorker', () => {
  it('coalesces: a check asked for while one runs joins it', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    const a = worker.check();
    const b = worker.check();
    await settle();
    expect(f.checks).toHaveLength(1);
    f.checks[0]!.done.resolve(snapshot());
    expect(await a).toEqual(snapshot());
    expect(await b).toBe(await a);
    // Finished: the next one runs anew.
    void worker.check();
    await settle();
    expect(f.checks).toHaveLength(2);
  });

  it('a refresh during a check gets one forced check after it; several refreshes share that one', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    void worker.check();
    await settle();
    const r1 = worker.freshCheck();
    const r2 = worker.freshCheck();
    expect(r2).toBe(r1);
    f.checks[0]!.done.resolve(snapshot());
    await settle();
    await settle();
    expect(f.checks.map((c) => c.force)).toEqual([false, true]);
    f.checks[1]!.done.resolve(snapshot('outage'));
    expect((await r1)?.level).toBe('outage');
    expect(f.checks).toHaveLength(2);
  });

  it('a refresh with nothing running is one forced check', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    const r = worker.freshCheck();
    await settle();
    expect(f.checks.map((c) => c.force)).toEqual([true]);
    f.checks[0]!.done.resolve(snapshot());
    expect(await r).not.toBeNull();
  });

  it('marks a check in flight for its whole run, and clears the mark when it fails too', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    const first = worker.check();
    await settle();
    expect(f.session.inFlight).toBe(NOW);
    f.checks[0]!.done.resolve(snapshot());
    await first;
    expect(f.session.inFlight).toBeNull();

    const second = worker.check();
    await settle();
    f.checks[1]!.done.reject(new Error('boom'));
    expect(await second).toBeNull();
    expect(f.session.inFlight).toBeNull();
    expect(f.markers).toEqual([NOW, null, NOW, null]);
  });

  it('a check that fails outright greys the icon and resolves null, never rejects', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    const run = worker.check();
    await settle();
    f.checks[0]!.done.reject(new Error('boom'));
    expect(await run).toBeNull();
    expect(f.deps.paintFailure).toHaveBeenCalledOnce();
    expect(f.deps.logError).toHaveBeenCalledWith('status check failed', expect.any(Error));
  });

  it('on start: redoes a check a dead worker left in flight', async () => {
    const f = fakes({ loadSnapshot: async () => snapshot() });
    f.session.inFlight = NOW - 5_000;
    await Promise.race([createWorker(f.deps).start(), settle().then(settle)]);
    expect(f.deps.ensureSchedule).toHaveBeenCalledWith(snapshot());
    expect(f.checks).toHaveLength(1);
  });

  it('on start: checks when nothing is stored, the stored check is stale or grey for a minute, not when it is current', async () => {
    for (const [stored, expected] of [
      [undefined, 1],
      [snapshot('ok', 16 * 60_000), 1],
      [snapshot('ok', 60_000), 0],
      [snapshot('unknown', 60_000), 1],
      // Woken by every Outlook page load: a grey check from seconds ago is not redone each time.
      [snapshot('unknown', 10_000), 0],
    ] as const) {
      const f = fakes({ loadSnapshot: async () => stored });
      await Promise.race([createWorker(f.deps).start(), settle().then(settle)]);
      expect(f.checks, JSON.stringify(stored?.checkedAt)).toHaveLength(expected);
    }
  });

  it('dismissals are written one at a time, so two quick ones both stick; a repeat is not written again', async () => {
    const f = fakes();
    const worker = createWorker(f.deps);
    await Promise.all([worker.dismiss('a@1'), worker.dismiss('b@2'), worker.dismiss('a@1')]);
    expect(f.local.dismissals).toEqual(['a@1', 'b@2']);
    expect(f.deps.writeDismissals).toHaveBeenCalledTimes(2);
  });

  it('keeps the newest dismissals only, and starts afresh from a damaged list', async () => {
    const f = fakes();
    f.local.dismissals = Array.from({ length: MAX_DISMISSALS }, (_, i) => `k${i}@1`);
    const worker = createWorker(f.deps);
    await worker.dismiss('new@1');
    const list = f.local.dismissals as string[];
    expect(list).toHaveLength(MAX_DISMISSALS);
    expect(list[0]).toBe('k1@1');
    expect(list.at(-1)).toBe('new@1');

    f.local.dismissals = 'damaged';
    await worker.dismiss('x@1');
    expect(f.local.dismissals).toEqual(['x@1']);
  });

  it('a dismissal that cannot be saved does not block the next one', async () => {
    const f = fakes();
    let fail = true;
    const write = f.deps.writeDismissals;
    f.deps.writeDismissals = async (keys) => {
      if (fail) {
        fail = false;
        throw new Error('quota');
      }
      await write(keys);
    };
    const worker = createWorker(f.deps);
    await worker.dismiss('a@1');
    await worker.dismiss('b@2');
    expect(f.local.dismissals).toEqual(['b@2']);
    expect(f.deps.logError).toHaveBeenCalledWith('dismissal not saved', expect.any(Error));
  });
});
