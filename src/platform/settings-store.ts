/** Reads the user's settings from storage.sync, repaired field by field so a bad value never loses the rest. */
import { repairSettings, type Settings } from '../core/settings';
import { readKey, writeKeys } from './browser';
import { KEYS } from './storage-keys';

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await readKey('sync', KEYS.settings));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeKeys('sync', { [KEYS.settings]: repairSettings(settings) });
}
