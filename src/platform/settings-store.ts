/**
 * Settings as the rest of the extension sees them: the user's (storage.sync, repaired field by field,
 * defaults derived from the browser's language and time zone) with the organisation's managed policy
 * (storage.managed) laid over the top.
 */
import { applyPolicy, defaultSettings, repairSettings, type EffectiveSettings, type Settings } from '../core/extension/settings';
import { readKey, uiLanguage } from './browser';
import { readArea, writeKeys } from './storage-write';
import { KEYS } from './storage-keys';

function locality() {
  return { uiLanguage: uiLanguage(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC' };
}

/** The user's own settings, without policy (what the options page edits). */
export async function loadUserSettings(): Promise<Settings> {
  return repairSettings(await readKey('sync', KEYS.settings), defaultSettings(locality()));
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([loadUserSettings(), readArea('managed')]);
  return applyPolicy(user, policy);
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeKeys('sync', { [KEYS.settings]: repairSettings(settings, defaultSettings(locality())) });
}
