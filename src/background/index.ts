/**
 * MV3 service worker entry: wires browser events to the check cycle. Listeners are registered
 * synchronously at the top level so events that woke the worker are not missed.
 */
import { effectiveLevel } from '../core/assess';
import type { Snapshot } from '../core/model';
import { browser, onMessage, onStorageChanged, readKey, uiLanguage, extensionUrl, writeKeys } from '../platform/browser';
import { loadTranslator } from '../platform/i18n';
import { isMessage } from '../platform/messages';
import { loadSettings } from '../platform/settings-store';
import { KEYS } from '../platform/storage-keys';
import { runCheck, type CheckDeps } from './check';
import { paintToolbar } from './icon';
import { handleNotificationClicks, showNotifications } from './notifications';
import { CHECK_ALARM, ensureCheckAlarm, INCIDENT_POLL_MINUTES, REPROBE_ALARM, scheduleReprobe } from './schedule';

const MAX_DISMISSALS = 50;

const deps: CheckDeps = {
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  online: () => navigator.onLine,
  settings: loadSettings,
  translate: async (settings) => (await loadTranslator(settings.language, uiLanguage(), extensionUrl)).t,
  paint: (snapshot, tooltip) => paintToolbar(snapshot.level, tooltip),
  notify: showNotifications,
  reschedule: async (snapshot, settings) => {
    const incidentActive = snapshot.assessment.reason === 'incident';
    await ensureCheckAlarm(incidentActive ? Math.min(INCIDENT_POLL_MINUTES, settings.pollMinutes) : settings.pollMinutes);
    if (snapshot.probe?.consecutiveProblems === 1) await scheduleReprobe();
  },
};

// One check at a time: a refresh during a scheduled check waits for it instead of racing it.
let running: Promise<Snapshot> | null = null;
function check(force = false): Promise<Snapshot> {
  running ??= runCheck(deps, { force }).finally(() => {
    running = null;
  });
  return running;
}

async function dismiss(key: string): Promise<void> {
  const list = (await readKey<string[]>('local', KEYS.dismissals)) ?? [];
  if (list.includes(key)) return;
  await writeKeys('local', { [KEYS.dismissals]: [...list, key].slice(-MAX_DISMISSALS) });
}

browser.runtime.onInstalled.addListener(() => void check());
browser.runtime.onStartup.addListener(() => void check());
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === CHECK_ALARM || alarm.name === REPROBE_ALARM) void check();
});
onMessage((message) => {
  if (!isMessage(message)) return undefined;
  if (message.type === 'refresh') return check(true).then(() => ({ ok: true }), () => ({ ok: false }));
  return dismiss(message.key).then(() => ({ ok: true }));
});
handleNotificationClicks();
onStorageChanged((changes, area) => {
  // Any settings change takes effect at once: re-check, reschedule and repaint.
  if ((area === 'sync' && changes[KEYS.settings]) || area === 'managed') void check(true);
});

/** Every worker start: make sure the alarm exists, and grey the icon if what we last knew is too old. */
async function onWorkerStart(): Promise<void> {
  const [snapshot, settings] = await Promise.all([readKey<Snapshot>('local', KEYS.snapshot), loadSettings()]);
  await ensureCheckAlarm(snapshot?.assessment.reason === 'incident' ? INCIDENT_POLL_MINUTES : settings.pollMinutes);
  if (!snapshot || effectiveLevel(snapshot, Date.now()) === 'unknown') void check();
}
void onWorkerStart();
