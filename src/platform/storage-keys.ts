/** Every key the extension keeps in storage, in one place. */
export const KEYS = {
  /** storage.local: the Snapshot, written only by the worker. */
  snapshot: 'snapshot',
  /** storage.local: per-source fetch state (validators, last good result, failures). */
  sources: 'sourceState',
  /** storage.local: banner dismissals, `incidentId@updatedAt` keys. */
  dismissals: 'dismissals',
  /** storage.local: incidents already notified, so a restart does not notify again. */
  notified: 'notified',
  /** storage.sync: the user's settings. */
  settings: 'settings',
} as const;
