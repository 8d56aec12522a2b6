/**
 * Is Outlook on the web reachable from this network? A credential-less HEAD to the front door of the
 * Outlook the person uses (learned from the Outlook tabs, outlook.office.com until then): any answer below
 * 500 (including the usual redirect to sign-in, 401 and 403) means the network path works.
 */
import { DEFAULT_OUTLOOK_HOST, isOutlookHost } from '../core/engine/apps';

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
    const reachable = res.type === 'opaqueredirect' || (res.status > 0 && res.status < 500);
    return {
      reachable,
      slow: reachable && latencyMs > PROBE_SLOW_MS,
      ...(res.status > 0 ? { httpStatus: res.status } : {}),
      latencyMs,
      ...(reachable ? {} : { error: `answered HTTP ${res.status}` }),
    };
  } catch (e) {
    const error = controller.signal.aborted
      ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
      : `could not connect (${(e as Error).message || 'network error'})`;
    return { reachable: false, slow: false, error };
  } finally {
    clearTimeout(timer);
  }
}
