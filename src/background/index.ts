/**
 * MV3 service worker entry: wires browser events to the check cycle. Listeners are registered
 * synchronously at the top level so events that woke the worker are not missed.
 */
import { confirmationPending, effectiveLevel } from '../core/assess';
import type { Snapshot } from '../core/model';
import { browser, extensionUrl, onMessage, onStorageChanged, readKey, uiLanguage, writeKeys, writeSession } from '../platform/browser';
import { loadTranslator } from '../platform/i18n';
import { isMessage } from '../platform/messages';
import { loadSettings } from '../platform/settings-store';
import { KEYS } from '../platform/storage-keys';
import { runCheck, type CheckDeps } from './check';
import { paintToolbar } from './icon';
import { readableSnapshot } from './stored';
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
    if (confirmationPending(snapshot.document, snapshot.probe)) await scheduleReprobe();
  },
};

// One check at a time: a scheduled check that finds one running joins it.
let running: Promise<Snapshot | null> | null = null;
// A refresh or a settings change during a check: that check read the old settings and honoured backoff,
// so one more, forced, follows it.
let followUp: Promise<Snapshot | null> | null = null;

/** Runs a check; never rejects. A check that fails outright greys the icon rather than leaving it as it was. */
function check(force = false): Promise<Snapshot | null> {
  running ??= markInFlight(() => runCheck(deps, { force }))
    .catch(async (e: unknown) => {
      console.error('status check failed', e);
      await paintFailure().catch(() => undefined);
      return null;
    })
    .finally(() => {
      running = null;
    });
  return running;
}

async function paintFailure(): Promise<void> {
  const t = await deps.translate(await loadSettings()).catch(() => undefined);
  await paintToolbar('unknown', t ? t('headlineNoData') : 'Microsoft 365 status: check failed');
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

/** A forced check that reads everything as it is now: after the running one, if any. */
function freshCheck(): Promise<Snapshot | null> {
  if (!running) return check(true);
  followUp ??= running.then(() => {
    followUp = null;
    return check(true);
  });
  return followUp;
}

// Dismissals are read-modify-write: one at a time, so two quick dismissals both stick.
let dismissing: Promise<void> = Promise.resolve();
function dismiss(key: string): Promise<void> {
  dismissing = dismissing.then(() => addDismissal(key)).catch(() => undefined);
  return dismissing;
}

async function addDismissal(key: string): Promise<void> {
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
  if (message.type === 'refresh') return freshCheck().then((snapshot) => ({ ok: snapshot !== null }));
  return dismiss(message.key).then(() => ({ ok: true }));
});
handleNotificationClicks();
onStorageChanged((changes, area) => {
  // Any settings change takes effect at once: re-check, reschedule and repaint.
  if ((area === 'sync' && changes[KEYS.settings]) || area === 'managed') void freshCheck();
});

/** Every worker start: make sure the alarm exists; redo an interrupted check, or one whose result is too old. */
async function onWorkerStart(): Promise<void> {
  const [stored, settings, interrupted] = await Promise.all([
    readKey('local', KEYS.snapshot),
    loadSettings(),
    readKey<number | null>('session', IN_FLIGHT),
  ]);
  const snapshot = readableSnapshot(stored);
  await ensureCheckAlarm(snapshot?.assessment.reason === 'incident' ? INCIDENT_POLL_MINUTES : settings.pollMinutes);
  if (interrupted || !snapshot || effectiveLevel(snapshot, Date.now()) === 'unknown') await check();
}
onWorkerStart().catch((e: unknown) => console.error('worker start failed', e));
