/**
 * MV3 service worker entry: wires browser events to the check cycle. Listeners are registered
 * synchronously at the top level so events that woke the worker are not missed.
 */
import { effectiveLevel } from '../core/assess';
import type { Snapshot } from '../core/model';
import { browser, extensionUrl, onMessage, onStorageChanged, readKey, uiLanguage, writeKeys, writeSession } from '../platform/browser';
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
// A settings change during a check: that check read the old settings, so one more follows it.
let followUp: Promise<Snapshot> | null = null;
function check(force = false): Promise<Snapshot> {
  running ??= markInFlight(() => runCheck(deps, { force })).finally(() => {
    running = null;
  });
  return running;
}

/**
 * MV3 may kill the worker mid-check. An in-memory marker (storage.session: no disk write, survives
 * worker restarts, cleared with the browser) lets the next worker start redo an interrupted check.
 */
const IN_FLIGHT = 'checkInFlight';
async function markInFlight(run: () => Promise<Snapshot>): Promise<Snapshot> {
  await writeSession({ [IN_FLIGHT]: Date.now() });
  try {
    return await run();
  } finally {
    await writeSession({ [IN_FLIGHT]: null });
  }
}

/** A check that is sure to read the settings as they are now. */
function checkWithNewSettings(): Promise<Snapshot> {
  if (!running) return check(true);
  followUp ??= running
    .catch(() => undefined)
    .then(() => {
      followUp = null;
      return check(true);
    });
  return followUp;
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
  if ((area === 'sync' && changes[KEYS.settings]) || area === 'managed') void checkWithNewSettings();
});

/** Every worker start: make sure the alarm exists; redo an interrupted check, or one whose result is too old. */
async function onWorkerStart(): Promise<void> {
  const [snapshot, settings] = await Promise.all([readKey<Snapshot>('local', KEYS.snapshot), loadSettings()]);
  await ensureCheckAlarm(snapshot?.assessment.reason === 'incident' ? INCIDENT_POLL_MINUTES : settings.pollMinutes);
  const interrupted = await readKey<number | null>('session', IN_FLIGHT);
  if (interrupted || !snapshot || effectiveLevel(snapshot, Date.now()) === 'unknown') void check();
}
void onWorkerStart();
