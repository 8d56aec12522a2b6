/**
/**
 * Is Outlook on the web reachable from this network? A credential-less HEAD to the front door of the
 * Outlook the person uses (learned from the Outlook tabs, outlook.office.com until then): any answer below
 * 500 (including the usual redirect to sign-in, 401 and 403) means the network path works.
 *
 * Each reading is also classed as one of the crowd's outcomes (engine/crowd.ts), which is all an
 * organisation's report says about it. A captive portal cannot be told apart here: the probe is HTTPS, so a
 * portal that intercepts it fails the TLS handshake (a network error), and a manual redirect hides where
 * it points; "captive-portal" is never reported by this probe.
 */
import { DEFAULT_OUTLOOK_HOST, isOutlookHost } from '../core/engine/apps';
import type { ProbeOutcome } from '../core/engine/crowd';

/** The address probed for a stored host: only Outlook on the web's own hosts, else the default. */
export function probeUrl(host: unknown): { host: string; url: string } {
  const probed = isOutlookHost(host) ? host : DEFAULT_OUTLOOK_HOST;
  return { host: probed, url: `https://${probed}/` };
}
export const PROBE_TIMEOUT_MS = 10_000;
/** Slower than this is "slow" (a healthy answer takes well under a second). */
export const PROBE_SLOW_MS = 3_000;

export interface ProbeReading {
  reachable: boolean;
  slow: boolean;
  httpStatus?: number;
  latencyMs?: number;
  error?: string;
  outcome: ProbeOutcome;
}

/** The crowd's class of an HTTP answer: 5xx a server error, 4xx other than 401/403 a client error, the rest ok or slow. */
export function answerOutcome(status: number, opaqueRedirect: boolean, slow: boolean): ProbeOutcome {
  if (!opaqueRedirect && (status === 0 || status >= 500)) return 'server-error';
  if (!opaqueRedirect && status >= 400 && status !== 401 && status !== 403) return 'client-error';
  return slow ? 'slow' : 'ok';
}

export async function probeOutlook(fetchFn: typeof fetch, clock: () => number, url = probeUrl(undefined).url): Promise<ProbeReading> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  const started = clock();
  try {
    const res = await fetchFn(url, {
      method: 'HEAD',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    });
    const latencyMs = Math.max(0, Math.round(clock() - started));
    // A manual redirect arrives as an opaque response with status 0: the server answered.
    const opaqueRedirect = res.type === 'opaqueredirect';
    const reachable = opaqueRedirect || (res.status > 0 && res.status < 500);
    const slow = reachable && latencyMs > PROBE_SLOW_MS;
    return {
      reachable,
      slow,
      outcome: answerOutcome(res.status, opaqueRedirect, slow),
      ...(res.status > 0 ? { httpStatus: res.status } : {}),
      latencyMs,
      ...(reachable ? {} : { error: `answered HTTP ${res.status}` }),
    };
  } catch (e) {
    const timedOut = controller.signal.aborted;
    const error = timedOut
      ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
      : `could not connect (${(e as Error).message || 'network error'})`;
    return { reachable: false, slow: false, error, outcome: timedOut ? 'timeout' : 'network-error' };
  } finally {
    clearTimeout(timer);
  }
}
