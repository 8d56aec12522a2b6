/**
 * The worker's concurrency rules, apart from the browser events that drive them (index.ts wires those):
 * one check at a time, a forced follow-up when a refresh or settings change arrives mid-check, a marker
 * in storage.session so a check the browser interrupted is redone, and dismissals written one at a time.
 */
import { effectiveLevel } from '../core/extension/staleness';
import type { Snapshot } from '../core/extension/snapshot';
import { MAX_DISMISSALS, readDismissals } from '../core/extension/stored';

export interface WorkerDeps {
  /** One check cycle (check.ts runCheck); `force` skips backoff waits. */
  runCheck: (force: boolean) => Promise<Snapshot>;
  /** Greys the toolbar after a check failed outright, rather than leaving it as it was. */
  paintFailure: () => Promise<void>;
  /** storage.session: survives a worker restart, not a browser restart, and costs no disk write. */
  readInFlight: () => Promise<unknown>;
  writeInFlight: (startedAt: number | null) => Promise<void>;
  readDismissals: () => Promise<unknown>;
  writeDismissals: (keys: string[]) => Promise<void>;
  /** The stored snapshot, if readable, and the interval the schedule should run at. */
  loadSnapshot: () => Promise<Snapshot | undefined>;
  ensureSchedule: (snapshot: Snapshot | undefined) => Promise<void>;
  now: () => number;
  logError: (what: string, error: unknown) => void;
}

/** A grey result younger than this is not checked again at a worker start (the schedule's shortest interval). */
export const RECHECK_GREY_AFTER_MS = 60_000;

export function createWorker(deps: WorkerDeps) {
  let running: Promise<Snapshot | null> | null = null;
  let followUp: Promise<Snapshot | null> | null = null;
  let dismissing: Promise<void> = Promise.resolve();

  async function marked(force: boolean): Promise<Snapshot> {
    await deps.writeInFlight(deps.now());
    try {
      return await deps.runCheck(force);
    } finally {
      await deps.writeInFlight(null);
    }
  }

  /** Runs a check, or joins the one running; never rejects (null when it failed). */
  function check(force = false): Promise<Snapshot | null> {
    running ??= marked(force)
      .catch(async (e: unknown) => {
        deps.logError('status check failed', e);
        await deps.paintFailure().catch(() => undefined);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  /**
   * A forced check that reads everything as it is now. A check already running read the old settings and
   * honoured backoff, so one more follows it; any number of requests during that check share the one.
   */
  function freshCheck(): Promise<Snapshot | null> {
    if (!running) return check(true);
    followUp ??= running.then(() => {
      followUp = null;
      return check(true);
    });
    return followUp;
  }

  async function addDismissal(key: string): Promise<void> {
    const list = readDismissals(await deps.readDismissals());
    if (list.includes(key)) return;
    await deps.writeDismissals([...list, key].slice(-MAX_DISMISSALS));
  }

  /** Dismissals are read-modify-write: one at a time, so two quick ones both stick. */
  function dismiss(key: string): Promise<void> {
    dismissing = dismissing.then(() => addDismissal(key)).catch((e: unknown) => deps.logError('dismissal not saved', e));
    return dismissing;
  }

  /**
   * Every worker start: make sure the schedule exists; redo an interrupted check, or one whose result is grey or
   * too old. A grey result from the last minute is left to the schedule: the worker wakes at every Outlook, Teams
   * or Microsoft 365 page load, and a lasting grey (one source blocked by a proxy) would otherwise read every
   * source at each of them.
   */
  async function start(): Promise<void> {
    const [snapshot, interrupted] = await Promise.all([deps.loadSnapshot(), deps.readInFlight()]);
    await deps.ensureSchedule(snapshot);
    const now = deps.now();
    const greyFor = (s: Snapshot) => (effectiveLevel(s, now) === 'unknown' ? now - Date.parse(s.checkedAt) : -1);
    if (interrupted || !snapshot || greyFor(snapshot) >= RECHECK_GREY_AFTER_MS) await check();
  }

  return { check, freshCheck, dismiss, start };
}
