/**
 * The worker's side of the stored snapshot: read the parts back, and write only the parts whose content
 * changed (the heartbeat always), in one storage call so every reader sees the parts of one check together.
 */
import type { Snapshot } from '../core/extension/snapshot';
import { readSnapshot, sameStored, splitSnapshot } from '../core/extension/stored';
import { readKeys } from '../platform/browser';
import { KEYS, SNAPSHOT_KEYS } from '../platform/storage-keys';

export type StoredSnapshotParts = Record<(typeof SNAPSHOT_KEYS)[number], unknown>;

export async function loadSnapshot(now: number): Promise<{ parts: StoredSnapshotParts; snapshot: Snapshot | undefined }> {
  const got = await readKeys('local', [...SNAPSHOT_KEYS]);
  const parts = { heartbeat: got[KEYS.heartbeat], status: got[KEYS.status], banner: got[KEYS.banner] };
  const snapshot = readSnapshot(parts, now);
  return { parts, snapshot: typeof snapshot === 'object' && snapshot !== null ? snapshot : undefined };
}

/** A snapshot as the storage.local entries it is kept in; `fetched`: the sources confirmed at this check (source-store.ts). */
export function snapshotEntries(snapshot: Snapshot, fetched: string[] = []): StoredSnapshotParts {
  const { heartbeat, status, banner } = splitSnapshot(snapshot);
  return { [KEYS.heartbeat]: fetched.length > 0 ? { ...heartbeat, fetched } : heartbeat, [KEYS.status]: status, [KEYS.banner]: banner };
}

/** The storage.local values to write for `snapshot`, given what is stored now. */
export function snapshotWrites(stored: StoredSnapshotParts, snapshot: Snapshot, fetched: string[] = []): Record<string, unknown> {
  const next = snapshotEntries(snapshot, fetched);
  return Object.fromEntries(
    SNAPSHOT_KEYS.filter((key) => key === KEYS.heartbeat || !sameStored(stored[key], next[key])).map((key) => [key, next[key]]),
  );
}
