/**
 * The gate, on the pages of the apps a banner has something to say in (src/platform/app-pages.ts): it runs
 * once per page, whether the registration or the worker's injection into an open tab brought it first.
 */
import { start } from './app';

const STARTED = Symbol.for('ms-status-lens.gate-started');
const world = globalThis as unknown as Record<symbol, true | undefined>;

if (!world[STARTED]) {
  world[STARTED] = true;
  void start();
}
