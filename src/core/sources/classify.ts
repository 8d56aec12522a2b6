/**
 * Heuristics for sources that carry status only as prose (Azure RSS items, summary posts). Kept in one
 * place so every adapter reads the words the same way.
 */
import type { Phase, Severity } from '../model';

const RESOLVED = /\b(has been|have been|was|is now|been fully) (resolved|mitigated)\b|\bservice (has been )?restored\b|\bfinal status\b|\bthis is the final update\b/i;
const MONITORING = /\bmonitor(ing)?\b/i;
const MITIGATING = /\broll(ed|ing)? ?back\b|\brollback\b|\bmitigat(e|ing|ion)\b|\brecover(y|ing)\b|\bdeploy(ing|ed)? (a )?fix\b|\brestor(e|ing)\b|\bfailover\b|\brerout/i;
const OUTAGE =
  /\boutage\b|\bunavailab(le|ility)\b|\bunable to\b|\bcan(no|')t\b|\binterruption\b|\btimeouts?\b|\bconnectivity (issues?|failures?|loss)\b|\bfail(ed|ures?) to (connect|load|access)\b|\bdown\b/i;
const ADVISORY = /\badvisory\b|\bplanned maintenance\b/i;

/** Phase from the words of the newest status text. */
export function phaseFromText(text: string): Phase {
  if (RESOLVED.test(text)) return 'resolved';
  // "Rolled back the change and are monitoring" is past mitigation: monitoring wins over mitigating.
  if (MONITORING.test(text)) return 'monitoring';
  if (MITIGATING.test(text)) return 'mitigating';
  return 'investigating';
}

/**
 * For an item the source still lists as active: prose may say "mitigated for most users", but while the
 * source's own status (or the item's presence in a feed that drops resolved items) says active, it is at
 * most recovering, never resolved. Words never turn an active status green.
 */
export function stillActive(phase: Phase): Phase {
  return phase === 'resolved' ? 'monitoring' : phase;
}

/**
 * Severity from prose. Used only where a source has no structured severity; `base` is what the source's
 * nature implies (Azure only posts broad-impact incidents to its public feed).
 */
export function severityFromText(text: string, base: Severity): Severity {
  if (OUTAGE.test(text)) return 'outage';
  if (ADVISORY.test(text)) return 'advisory';
  return base;
}

/** A status.cloud.microsoft `Status` value, normalised; unknown values are reported, never guessed. */
export type CloudStatus = 'healthy' | 'restored' | 'degradation' | 'interruption' | 'unknown-value';

export function normaliseCloudStatus(raw: unknown): CloudStatus {
  if (typeof raw !== 'string') return 'unknown-value';
  switch (raw.toLowerCase().replace(/\s+/g, '')) {
    case 'available':
    case 'operational':
      return 'healthy';
    case 'servicerestored':
      return 'restored';
    case 'servicedegradation':
      return 'degradation';
    case 'serviceinterruption':
      return 'interruption';
    default:
      // "Unknown" is a real enum value and means exactly what it says: we cannot call it healthy.
      return 'unknown-value';
  }
}
