/**
 * The set-up end-to-end describe blocks share: a fixture server serving a scenario, a browser with the
 * built extension, and, when asked, its first check stored at a level; both closed after the block. Call it
 * inside `describe`, before the block's own hooks; read `suite.ext` in hooks and tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Level } from '../src/core/extension/level';
import { type ExtensionDriver, readSnapshot, until } from './driver';
import { type Answer, FixtureServer, type RouteName } from './fixture-server';

export interface Suite<E extends ExtensionDriver> {
  readonly server: FixtureServer;
  /** The browser with the extension, from the block's first hook on. */
  readonly ext: E;
}

export function extensionSuite<E extends ExtensionDriver>(
  scenario: Record<RouteName, Answer>,
  launch: (fixturePort: number) => Promise<E>,
  firstLevel?: Level,
): Suite<E> {
  const server = new FixtureServer();
  let ext: E | undefined;
  beforeAll(async () => {
    server.use(scenario);
    const started = await launch(await server.start());
    ext = started;
    if (!firstLevel) return;
    const first = await until(
      () => readSnapshot(started),
      (s) => s?.level === firstLevel,
    );
    if (first?.level !== firstLevel) throw new Error(`the first check stored ${first?.level ?? 'nothing'}, not ${firstLevel}`);
  });
  afterAll(async () => {
    await ext?.close();
    await server.stop();
  });
  return {
    server,
    get ext(): E {
      if (!ext) throw new Error('the browser is not started: read suite.ext inside hooks and tests');
      return ext;
    },
  };
}
