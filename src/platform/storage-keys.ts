/** Every key the extension keeps in storage, in one place (what each holds, and how it is read: src/core/extension/stored.ts). */
export const KEYS = {
  /** storage.local: when the last check ran, its level and the poll interval; rewritten by every check. */
  heartbeat: 'heartbeat',
  /** storage.local: sources, incidents, probe verdict and assessment; rewritten only when they change. */
  status: 'status',
  /** storage.local: the banner decision and language, the Outlook tabs' own key; rewritten only when it changes. */
  banner: 'banner',
  /** storage.local: per-source fetch state (validators, last good result, failures). */
  sources: 'sourceState',
  /** storage.local: banner dismissals, `incidentId@severity/phase` keys (assess.bannerFor). */
  dismissals: 'dismissals',
  /** storage.local: the Outlook on the web host the person last opened (content script → worker), probed by the worker. */
  outlookHost: 'outlookHost',
  /** storage.local: incidents already notified, so a restart does not notify again. */
  notified: 'notified',
  /** storage.local: the organisation report's random daily reporter id and when it last reported (core/extension/report.ts). */
  crowdReport: 'crowdReport',
  /** storage.sync: the user's settings. */
  settings: 'settings',
} as const;

/** The three storage.local keys a Snapshot is kept in. */
export const SNAPSHOT_KEYS = [KEYS.heartbeat, KEYS.status, KEYS.banner] as const;

/** Written by versions before the snapshot was split; removed when the worker starts. */
export const LEGACY_SNAPSHOT_KEY = 'snapshot';
