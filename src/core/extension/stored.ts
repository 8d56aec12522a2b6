/**
 * Everything the extension keeps in storage, and the one way each value is read back: the worker, the
 * popup, the options page and the banner all read through here. A value without the current shape is
 * dropped whole (the next check rebuilds it); links are re-checked against Microsoft's hosts and times
 * pulled back to the moment of the check when read, not only when fetched.
 *
 * A check's Snapshot is kept in three parts, so a check that changes nothing writes a few bytes and the
 * Outlook tabs hear only the heartbeat:
 * - heartbeat: when it was checked, the level, the poll interval (staleness), the probe's time; every check;
 * - status: sources, incidents, probe verdict, assessment; only when its content changes;
 * - banner: the banner decision and language, the Outlook tabs' own small key; only when it changes.
 *
 * Settings are the exception to "dropped whole": core/extension/settings.ts repairs them field by field, so a
 * person's choices are never lost to one bad field; platform/settings-store.ts is their one reader.
 */
import * as v from 'valibot';
import { SCHEMA_VERSION, SEVERITIES } from '../engine/model';
import { APP_IDS } from '../engine/apps';
import { BannerViewSchema, SnapshotSchema, type BannerAlert, type BannerView, type Snapshot } from './snapshot';
import type { NotifiedState } from './notify';
import { safeMicrosoftUrl } from '../engine/links';
import { checkedInTime } from './staleness';
import { isRecord } from '../engine/record';

export interface Heartbeat {
  checkedAt: string;
  level: Snapshot['level'];
  pollMinutes: number;
  online: boolean;
  lastSuccessAt?: string;
  /** The probe's own time and latency: they change every check, the rest of the probe rarely does. */
  probeAt?: string;
  latencyMs?: number;
  /** Sources fetched or confirmed unchanged at this check: their stored state leaves that time out. */
  fetched?: string[];
}

export interface Status {
  sources: Snapshot['document']['sources'];
  incidents: Snapshot['document']['incidents'];
  probe?: Omit<NonNullable<Snapshot['probe']>, 'at' | 'latencyMs'>;
  assessment: Snapshot['assessment'];
  crowd?: Snapshot['document']['crowd'];
  crowdReports?: true;
}

export type BannerState = Pick<Snapshot, 'banners' | 'language'>;

export interface StoredParts {
  heartbeat: Heartbeat;
  status: Status;
  banner: BannerState;
}

/** The parts of a snapshot as they are written. Per-cycle times stay out of `status`, so it compares equal when nothing changed. */
export function splitSnapshot(s: Snapshot): StoredParts {
  const { at, latencyMs, ...probe } = s.probe ?? ({} as Partial<NonNullable<Snapshot['probe']>>);
  return {
    heartbeat: {
      checkedAt: s.checkedAt,
      level: s.level,
      pollMinutes: s.pollMinutes,
      online: s.online,
      ...(s.lastSuccessAt ? { lastSuccessAt: s.lastSuccessAt } : {}),
      ...(at ? { probeAt: at } : {}),
      ...(latencyMs !== undefined ? { latencyMs } : {}),
    },
    status: {
      sources: s.document.sources.map(({ fetchedAt: _perCycle, ...source }) => source),
      incidents: s.document.incidents,
      ...(s.probe ? { probe: probe as NonNullable<Status['probe']> } : {}),
      assessment: s.assessment,
      ...(s.document.crowd ? { crowd: s.document.crowd } : {}),
      ...(s.crowdReports ? { crowdReports: true as const } : {}),
    },
    banner: { banners: s.banners, language: s.language },
  };
}

/** JSON with every object's keys sorted: Chromium's storage hands objects back with their keys in its own order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );

/** Stored values compare by content as storage keeps it (JSON, whatever the key order); a mismatch only costs one more write. */
export const sameStored = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** `iso`, or `limit` when `iso` is later: nothing a check recorded can be newer than the check. */
const notAfter = (iso: string, limit: string): string => (Date.parse(iso) > Date.parse(limit) ? limit : iso);

function clampBanners(view: BannerView): BannerView['banners'] {
  const clamp = (alert: BannerAlert | null) => alert && { ...alert, since: notAfter(alert.since, view.checkedAt) };
  return Object.fromEntries(APP_IDS.map((app) => [app, clamp(view.banners[app])])) as BannerView['banners'];
}

function linkOnlyToMicrosoft(url: string | undefined): { url?: string } {
  const safe = safeMicrosoftUrl(url);
  return safe ? { url: safe } : {};
}

/** Times no later than the check; incident links only to Microsoft's hosts (banner links are checked by their schema). */
function asChecked(s: Snapshot): Snapshot {
  const limit = s.checkedAt;
  const at = (iso: string) => notAfter(iso, limit);
  return {
    ...s,
    ...(s.lastSuccessAt ? { lastSuccessAt: at(s.lastSuccessAt) } : {}),
    ...(s.probe
      ? { probe: { ...s.probe, at: at(s.probe.at), ...(s.probe.problemSince ? { problemSince: at(s.probe.problemSince) } : {}) } }
      : {}),
    document: {
      ...s.document,
      incidents: s.document.incidents.map(({ url: stored, ...i }) => ({
        ...i,
        ...linkOnlyToMicrosoft(stored),
        startedAt: at(i.startedAt),
        updatedAt: at(i.updatedAt),
        ...(i.resolvedAt ? { resolvedAt: at(i.resolvedAt) } : {}),
        updates: i.updates.map((u) => ({ ...u, at: at(u.at) })),
      })),
    },
    banners: clampBanners(s),
  };
}

/**
 * The snapshot from its stored parts: null when nothing has been stored yet, 'invalid' when any part is
 * missing, damaged or from the future (the popup says it could not be read; the worker rebuilds it).
 */
export function readSnapshot(parts: { heartbeat?: unknown; status?: unknown; banner?: unknown }, now: number): Snapshot | null | 'invalid' {
  const { heartbeat: hb, status: st, banner: bn } = parts;
  if (hb == null && st == null && bn == null) return null;
  if (!isRecord(hb) || !isRecord(st) || !isRecord(bn)) return 'invalid';
  const joined = {
    ...bn,
    document: {
      schema: SCHEMA_VERSION,
      generatedAt: hb.checkedAt,
      sources: st.sources,
      incidents: st.incidents,
      ...(st.crowd !== undefined ? { crowd: st.crowd } : {}),
    },
    ...(st.probe !== undefined ? { probe: { ...(isRecord(st.probe) ? st.probe : {}), at: hb.probeAt, latencyMs: hb.latencyMs } } : {}),
    level: hb.level,
    assessment: st.assessment,
    ...(st.crowdReports !== undefined ? { crowdReports: st.crowdReports } : {}),
    checkedAt: hb.checkedAt,
    lastSuccessAt: hb.lastSuccessAt,
    online: hb.online,
    pollMinutes: hb.pollMinutes,
  };
  const parsed = v.safeParse(SnapshotSchema, joined);
  if (!parsed.success || !checkedInTime(parsed.output.checkedAt, now)) return 'invalid';
  return asChecked(parsed.output);
}

/** What the banner needs, from the heartbeat and the banner key; null when either is missing, damaged or from the future. */
export function readBannerView(heartbeat: unknown, banner: unknown, now: number): BannerView | null {
  if (!isRecord(heartbeat) || !isRecord(banner)) return null;
  const parsed = v.safeParse(BannerViewSchema, { ...banner, checkedAt: heartbeat.checkedAt, pollMinutes: heartbeat.pollMinutes });
  if (!parsed.success || !checkedInTime(parsed.output.checkedAt, now)) return null;
  return { ...parsed.output, banners: clampBanners(parsed.output) };
}

/** Banner dismissals, `incidentId@severity/phase` or `probe@since` keys (assess.bannerFor), newest last. */
export const MAX_DISMISSALS = 50;
const DismissalsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(400))), v.maxLength(MAX_DISMISSALS));

export function readDismissals(value: unknown): string[] {
  const parsed = v.safeParse(DismissalsSchema, value);
  return parsed.success ? parsed.output : [];
}

/** Incidents already notified: an entry that is not a known severity is forgotten, the rest are kept. */
export function readNotified(value: unknown): NotifiedState {
  if (!isRecord(value)) return {};
  const severity = v.picklist(SEVERITIES);
  return Object.fromEntries(Object.entries(value).filter(([, s]) => v.is(severity, s))) as NotifiedState;
}
