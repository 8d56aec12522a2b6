/**
 * Host access for an organisation aggregator: its address is not known in advance, so the manifest lists
 * it under optional_host_permissions and the page asks for the one origin when a person enters it.
 */
import { hasOriginAccess, onPermissionsChanged, requestOriginAccess } from '../platform/permissions';

function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    // Match patterns take no port: the permission covers the host on any port.
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** true / false when the browser answers; undefined when it can't tell (no such API here). */
export async function hasHostAccess(url: string): Promise<boolean | undefined> {
  const origin = originPattern(url);
  if (!origin) return undefined;
  try {
    return await hasOriginAccess(origin);
  } catch {
    return undefined;
  }
}

/**
 * Asks for access; must be called straight from a click or change handler (a user gesture), so nothing
 * is awaited before the request. Already granted answers true without asking.
 */
export function requestHostAccess(url: string): Promise<boolean | undefined> {
  const origin = originPattern(url);
  if (!origin) return Promise.resolve(undefined);
  try {
    return requestOriginAccess(origin).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}

/** Calls `listener` whenever host access is granted or withdrawn (here or from the browser's own UI). */
export function onHostAccessChanged(listener: () => void): () => void {
  try {
    return onPermissionsChanged(listener);
  } catch {
    return () => {};
  }
}
