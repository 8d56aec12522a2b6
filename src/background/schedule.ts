/**
 * The check schedule. One repeating alarm (every poll interval, every minute while an incident is active)
 * and a one-shot re-probe about 20 s after a first failed probe. MV3 may kill the worker and older Chrome
 * may drop alarms on restart, so the alarm is re-checked at every worker start.
 */
import type { Snapshot } from '../core/extension/snapshot';
import { alarmPeriod, createAlarm } from '../platform/alarms';

export const CHECK_ALARM = 'check';
export const REPROBE_ALARM = 'reprobe';
export const INCIDENT_POLL_MINUTES = 1;
/** Chrome clamps packed extensions' alarms to 30 s; unpacked ones get the full 20 s. */
export const REPROBE_DELAY_MINUTES = 20 / 60;

/**
 * Minutes between checks: the settings' interval, at most INCIDENT_POLL_MINUTES while an incident is active or
 * the browser is offline (a check then fetches nothing, and the service worker gets no reliable "online" event:
 * this is how grey "offline" ends within a minute of the network coming back).
 */
export function pollMinutesFor(snapshot: Snapshot | undefined, settingsMinutes: number): number {
  const reason = snapshot?.assessment.reason;
  return reason === 'incident' || reason === 'offline' ? Math.min(INCIDENT_POLL_MINUTES, settingsMinutes) : settingsMinutes;
}

export async function ensureCheckAlarm(periodMinutes: number): Promise<void> {
  if ((await alarmPeriod(CHECK_ALARM)) === periodMinutes) return;
  await createAlarm(CHECK_ALARM, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
}

export async function scheduleReprobe(): Promise<void> {
  await createAlarm(REPROBE_ALARM, { delayInMinutes: REPROBE_DELAY_MINUTES });
}
