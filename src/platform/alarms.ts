/** Alarms: the check schedule survives the worker being stopped (worker only). */
import { ext } from './extension-api';

export async function alarmPeriod(name: string): Promise<number | undefined> {
  return (await ext().alarms.get(name))?.periodInMinutes;
}

export async function createAlarm(name: string, when: { delayInMinutes: number; periodInMinutes?: number }): Promise<void> {
  await ext().alarms.create(name, when);
}

export function onAlarm(listener: (name: string) => void): void {
  ext().alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
