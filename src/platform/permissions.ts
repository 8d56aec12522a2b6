/** Optional host permissions (options page): asked for one origin pattern at a time. */
import { ext } from './extension-api';

export async function hasOriginAccess(pattern: string): Promise<boolean> {
  return ext().permissions.contains({ origins: [pattern] });
}

/** Must be called straight from a user gesture: nothing may be awaited before it. */
export function requestOriginAccess(pattern: string): Promise<boolean> {
  return ext().permissions.request({ origins: [pattern] });
}

/** Calls `listener` whenever a permission is granted or withdrawn; returns the unsubscribe function. */
export function onPermissionsChanged(listener: () => void): () => void {
  const { onAdded, onRemoved } = ext().permissions;
  onAdded.addListener(listener);
  onRemoved.addListener(listener);
  return () => {
    onAdded.removeListener(listener);
    onRemoved.removeListener(listener);
  };
}
