/** Writing storage, and reading a whole area (managed policy): the worker, popup and options page. */
import type { Area } from './browser';
import { ext } from './extension-api';

/** Everything in an area; managed policy arrives this way, one key per policy field. */
export async function readArea(area: Area): Promise<Record<string, unknown>> {
  try {
    return await ext().storage[area].get(null);
  } catch {
    return {};
  }
}

export async function writeKeys(area: 'local' | 'sync', values: Record<string, unknown>): Promise<void> {
  await ext().storage[area].set(values);
}

export async function removeKeys(area: 'local' | 'sync', keys: string[]): Promise<void> {
  await ext().storage[area].remove(keys);
}

/** In-memory storage that outlives a worker restart but not the browser; best effort where unsupported. */
export async function writeSession(values: Record<string, unknown>): Promise<void> {
  try {
    await ext().storage.session.set(values);
  } catch {
    // Older browsers without storage.session simply do not redo an interrupted check.
  }
}
