/**
 * MV3 service worker entry: wires browser events to the worker (worker.ts: its concurrency rules) and the
 * check cycle (check.ts). Listeners are registered synchronously at the top level so events that woke
 * the worker are not missed.
 */
import { confirmationPending } from '../core/extension/assess';
import { formatLocale } from '../core/engine/i18n';
import { lookOf } from '../core/extension/level';
import { onAlarm } from '../platform/alarms';
import { extensionUrl, onStorageChanged, readKey, uiLanguage } from '../platform/browser';
import { removeKeys, writeKeys, writeSession } from '../platform/storage-write';
import { onFirstInstall, onInstalledOrStartup, onMessage } from '../platform/worker-events';
import { openExtensionTab } from '../platform/notifications';
import { dictionaryLoader, extensionFiles, loadTranslator } from '../platform/i18n';
import { isMessage } from '../platform/messages';
import { bannerWords, placeGateFor, rememberOutlookHost, showBannerIn } from './content-requests';
import { loadSettings } from '../platform/settings-store';
import { KEYS, LEGACY_SNAPSHOT_KEY } from '../platform/storage-keys';
import { runCheck, type CheckDeps } from './check';
import { paintToolbar } from './icon';
import { handleNotificationClicks, openIncident, showNotifications } from './notifications';
import { reportManual } from './reports';
import { loadSnapshot } from './snapshot-store';
import { createWorker } from './worker';
import { CHECK_ALARM, ensureCheckAlarm, pollMinutesFor, REPROBE_ALARM, scheduleReprobe } from './schedule';

const deps: CheckDeps = {
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  online: () => navigator.onLine,
  settings: loadSettings,
  translate: (settings) => loadTranslator(settings.language, uiLanguage(), extensionUrl),
  paint: (snapshot, tooltip, glance) => paintToolbar(lookOf(snapshot.level, snapshot.assessment.reason), tooltip, glance),
  notify: (events, t, locale) => showNotifications(events, t, { locale: formatLocale(locale, navigator.languages) }, Date.now()),
  reschedule: async (snapshot, settings) => {
    await ensureCheckAlarm(pollMinutesFor(snapshot, settings.pollMinutes));
    if (confirmationPending(snapshot.document, snapshot.probe)) await scheduleReprobe();
  },
};

/** "Outlook isn't working for me" from the popup: counted with the last check's own outcome, once per window. */
async function manualReport(): Promise<boolean> {
  const [settings, { snapshot }] = await Promise.all([loadSettings(), loadSnapshot(Date.now())]);
  return reportManual(deps, settings, snapshot?.probe, snapshot?.document.crowd?.windowMinutes);
}

/** Marks a check in progress: MV3 may kill the worker mid-check, and the next start redoes it. */
const IN_FLIGHT = 'checkInFlight';

const worker = createWorker({
  runCheck: async (force) => {
    // The Outlook open in a tab is the one to probe; if the tabs cannot be read, the last one known stays.
    await rememberOutlookHost().catch((e: unknown) => console.error('open Outlook not read', e));
    const snapshot = await runCheck(deps, { force });
    await placeGateFor(snapshot.banners).catch((e: unknown) => console.error('banner gate not placed', e));
    return snapshot;
  },
  paintFailure: async () => {
    const t = (await deps.translate(await loadSettings()).catch(() => undefined))?.t;
    await paintToolbar('unknown', t ? t('headlineNoData') : 'Microsoft 365 status: check failed');
  },
  readInFlight: () => readKey('session', IN_FLIGHT),
  writeInFlight: (startedAt) => writeSession({ [IN_FLIGHT]: startedAt }),
  readDismissals: () => readKey('local', KEYS.dismissals),
  writeDismissals: (keys) => writeKeys('local', { [KEYS.dismissals]: keys }),
  loadSnapshot: async () => {
    // Versions before the split kept one big key; the first check here rebuilds it in parts.
    await removeKeys('local', [LEGACY_SNAPSHOT_KEY]);
    return (await loadSnapshot(Date.now())).snapshot;
  },
  ensureSchedule: async (snapshot) => ensureCheckAlarm(pollMinutesFor(snapshot, (await loadSettings()).pollMinutes)),
  now: () => Date.now(),
  logError: (what, e) => console.error(what, e),
});

onInstalledOrStartup(() => void worker.check());
/** The welcome page (src/welcome): on install only, so an update never interrupts anyone. */
const WELCOME_PAGE = 'src/welcome/index.html';
onFirstInstall(() => void openExtensionTab(WELCOME_PAGE).catch((e: unknown) => console.error('welcome page not opened', e)));
onAlarm((name) => {
  if (name === CHECK_ALARM || name === REPROBE_ALARM) void worker.check();
});
const words = dictionaryLoader(extensionFiles(extensionUrl));
onMessage((message, sender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'refresh':
      return worker.freshCheck().then((snapshot) => ({ ok: snapshot !== null }));
    case 'dismiss':
      return worker.dismiss(message.key).then(() => ({ ok: true }));
    case 'report-manual':
      return manualReport().then((sent) => ({ sent }));
    case 'open-incident':
      return openIncident(message.incidentId).then(() => ({ ok: true }));
    case 'banner-words':
      return words.dictionary(message.locale).then(bannerWords);
    case 'show-banner':
      return showBannerIn(sender).then(() => ({ ok: true }));
  }
});
handleNotificationClicks();
onStorageChanged((changes, area) => {
  // Any settings change takes effect at once: re-check, reschedule and repaint.
  if ((area === 'sync' && changes[KEYS.settings]) || area === 'managed') void worker.freshCheck();
});

worker.start().catch((e: unknown) => console.error('worker start failed', e));
