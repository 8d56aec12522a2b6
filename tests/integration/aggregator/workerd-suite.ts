/**
 * The set-up every workerd test file shares: the loopback Microsoft fake for the whole file, Workers started
 * through miniflare with the file's own environment and closed after each test, and throw-away directories
 * for Durable Object storage that survives a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { startWorkerd, type RunningWorker } from '../../../aggregator/workerd';
import { MicrosoftFake } from '../../../harness/microsoft-fake';

export interface WorkerdSuite {
  /** The Microsoft fake of this file (started before the first test). */
  readonly fake: MicrosoftFake;
  /** A Worker with the file's environment plus `extra`, its Durable Object storage in `persistDir` if given. */
  worker(extra?: Record<string, string>, persistDir?: string): Promise<RunningWorker>;
  /** Closes a Worker before the test ends (a restart: start another on the same `persistDir`). */
  stop(w: RunningWorker): Promise<void>;
  /** A directory removed after the file's tests. */
  tempDir(): string;
}

export function workerdSuite(env: Record<string, string>): WorkerdSuite {
  // Starting workerd takes about a second on an idle machine, several on a busy 2-core one.
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
  const fake = new MicrosoftFake();
  const running: RunningWorker[] = [];
  const dirs: string[] = [];

  beforeAll(() => fake.start());
  afterEach(async () => {
    await Promise.all(running.splice(0).map((w) => w.close()));
    fake.reset();
  });
  afterAll(async () => {
    await fake.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  return {
    fake,
    async worker(extra = {}, persistDir) {
      const w = await startWorkerd({ env: fake.env({ ...env, ...extra }), ...(persistDir ? { persistDir } : {}) });
      running.push(w);
      return w;
    },
    async stop(w) {
      running.splice(running.indexOf(w), 1);
      await w.close();
    },
    tempDir() {
      const dir = mkdtempSync(join(tmpdir(), 'aggregator-do-'));
      dirs.push(dir);
      return dir;
    },
  };
}
