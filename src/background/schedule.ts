/**
 * The check schedule. One repeating alarm (every poll interval, every minute while an incident is active)
 * and a one-shot re-probe about 20 s after a first failed probe. MV3 may kill the worker and older Chrome
 * may drop alarms on restart, so the alarm is re-checked at every worker start.
 */
import { browser } from '../platform/browser';

export const CHECK_ALARM = 'check';
export const REPROBE_ALARM = 'reprobe';
export const INCIDENT_POLL_MINUTES = 1;
/** Chrome clamps packed extensions' alarms to 30 s; unpacked ones get the full 20 s. */
export const REPROBE_DELAY_MINUTES = 20 / 60;

export async function ensureCheckAlarm(periodMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(CHECK_ALARM);
  if (existing?.periodInMinutes === periodMinutes) return;
  await browser.alarms.create(CHECK_ALARM, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
}

export async function scheduleReprobe(): Promise<void> {
  await browser.alarms.create(REPROBE_ALARM, { delayInMinutes: REPROBE_DELAY_MINUTES });
}
