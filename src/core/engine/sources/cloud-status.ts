/**
 * status.cloud.microsoft, the API behind Microsoft's public M365 status page (no auth, no CORS).
 * - `/api/posts/m365Consumer`: a bare array, one row per consumer service (Outlook.com among them).
 * - `/api/posts/azure`, `/api/posts/mac`: one post object each.
 * `LastUpdatedTime` is a per-request server clock, not a change marker, so it is ignored; `0001-01-01…`
 * dates mean "no value". Rows carry no id: identity is the service plus the stated start.
 * "Unknown" is one of Microsoft's declared values (it does not know): it speaks for that row's service
 * alone, as does any value we do not recognise, so one odd row never blinds the whole source.
 */
import { CONSUMER_WORKLOAD_SERVICES, regionsInText, servicesInText, type ServiceId } from '../catalog';
import type { Incident, MicrosoftStatus } from '../model';
import { readPost } from '../reading/read';
import { clamp, toPlainText } from '../text';
import { parseIsoDate, parseProseDate } from '../time';
import { incidentId } from './ids';
import { SourceFormatError, type ParsedSource } from './types';
import { isRecord } from '../record';

export const M365_CONSUMER_SOURCE = 'm365-consumer';
export const AZURE_SUMMARY_SOURCE = 'azure-summary';
export const ADMIN_CENTER_SOURCE = 'm365-admin';
const STATUS_PAGE = 'https://status.cloud.microsoft/';
const MAX_ROWS = 100;

type Row = Record<string, unknown>;

/** A status.cloud.microsoft `Status` value (EBSPostStatusStrings), normalised. */
export type CloudStatus = 'healthy' | 'restored' | 'degradation' | 'interruption' | 'unknown';

/** Anything outside the declared values counts as "Unknown" for that one row: fail closed, but only there. */
export function normaliseCloudStatus(raw: unknown): CloudStatus {
  if (typeof raw !== 'string') return 'unknown';
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
      return 'unknown';
  }
}

/** The page's values in Microsoft's Service health vocabulary. */
const CLOUD_STATUS_WORDS: Record<Exclude<CloudStatus, 'healthy'>, MicrosoftStatus> = {
  restored: 'serviceRestored',
  degradation: 'serviceDegradation',
  interruption: 'serviceInterruption',
  unknown: 'unknown',
};

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new SourceFormatError('not valid JSON');
  }
}

function str(row: Row, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value : '';
}

/** Splits `Section: text\r\n\r\nSection: text` posts into a lower-cased section map. */
function sections(message: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const para of message.split(/\r?\n\s*\r?\n/)) {
    const m = /^\s*([A-Za-z ]{3,30}):\s*([\s\S]*)$/.exec(para);
    if (m) out.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  }
  return out;
}

interface PostFields {
  source: string;
  key: string;
  title: string;
  message: string;
  status: CloudStatus;
  services: ServiceId[];
  startedAt?: string;
  fetchedAt: string;
}

/** One post (a consumer row or a summary object) with a non-healthy or restored status, as an Incident. */
function postToIncident(p: PostFields): Incident {
  const plain = toPlainText(p.message, 4000);
  const parts = sections(plain);
  const current = parts.get('current status') ?? parts.get('final status') ?? '';
  const status = CLOUD_STATUS_WORDS[p.status as Exclude<CloudStatus, 'healthy'>];
  const title = toPlainText(p.title, 300);
  // The status sets severity ("Unknown": Microsoft does not know, so no severity to claim, but assess()
  // never calls a watched "unknown" green); the words add how far the work has got.
  const reading = readPost({ title, text: plain, status, services: p.services });
  const { severity, phase } = reading;
  const statedStart = parseProseDate(parts.get('start time') ?? '') ?? p.startedAt;
  const endedAt = parseProseDate(parts.get('end time') ?? '');
  const impact = parts.get('user impact');
  const regionText = `${title}\n${parts.get('scope of impact') ?? ''}\n${impact ?? ''}`;
  const nextUpdateBy = parseProseDate(parts.get('next update by') ?? parts.get('next update') ?? '');
  return {
    // The service and its stated start; without a stated start, the service alone (one current issue per
    // row). aggregate() carries identity over when the start appears later.
    id: incidentId(p.source, `${p.key}-${statedStart ?? 'current'}`),
    source: p.source,
    title,
    severity,
    phase,
    services: p.services,
    regions: regionsInText(regionText),
    ...(reading.surfaces.length > 0 ? { surfaces: [...reading.surfaces] } : {}),
    startedAt: statedStart ?? p.fetchedAt,
    // The feed has no change stamp; aggregate() keeps the previous updatedAt while the text is unchanged.
    updatedAt: p.fetchedAt,
    updatedAtSeen: true,
    // Restored now cannot have ended later than now: a stated end in the future is not believed.
    ...(phase === 'resolved' ? { resolvedAt: endedAt && endedAt <= p.fetchedAt ? endedAt : p.fetchedAt } : {}),
    url: STATUS_PAGE,
    summary: clamp(impact ?? (plain || title), 1000),
    updates: current || plain ? [{ at: p.fetchedAt, text: current || plain }] : [],
    status,
    ...(impact ? { impact: clamp(impact, 1000) } : {}),
    ...(nextUpdateBy && nextUpdateBy > p.fetchedAt ? { nextUpdateBy } : {}),
  };
}

export function parseM365Consumer(body: string, fetchedAt: string): ParsedSource {
  const data = parseJson(body);
  if (!Array.isArray(data)) throw new SourceFormatError('expected a list of services');
  if (data.length === 0) throw new SourceFormatError('the list of services is empty');
  const incidents: Incident[] = [];
  for (const row of data.slice(0, MAX_ROWS)) {
    if (!isRecord(row)) throw new SourceFormatError('a service row is not an object');
    const workload = str(row, 'ServiceWorkloadName') || str(row, 'ServiceDisplayName');
    if (!workload) throw new SourceFormatError('a service row has no name');
    const name = toPlainText(str(row, 'ServiceDisplayName') || workload, 80);
    const status = normaliseCloudStatus(row.Status);
    const title = str(row, 'Title').trim();
    if (status === 'healthy' || (status === 'restored' && !title)) continue;
    incidents.push(
      postToIncident({
        source: M365_CONSUMER_SOURCE,
        key: workload,
        title: title || (status === 'unknown' ? `${name}: status unknown` : `${name}: service issue`),
        message: str(row, 'Message'),
        status,
        services: [CONSUMER_WORKLOAD_SERVICES[workload.toLowerCase()] ?? 'other'],
        fetchedAt,
      }),
    );
  }
  return { incidents };
}

interface SinglePostOptions {
  source: string;
  defaultTitle: string;
  services: (text: string, status: CloudStatus) => ServiceId[];
}

function singlePostParser({ source, defaultTitle, services }: SinglePostOptions) {
  return (body: string, fetchedAt: string): ParsedSource => {
    const row = parseJson(body);
    if (!isRecord(row)) throw new SourceFormatError('expected a status object');
    const status = normaliseCloudStatus(row.Status);
    const title = str(row, 'Title').trim();
    if (status === 'healthy' || (status === 'restored' && !title)) return { incidents: [] };
    const message = str(row, 'Message');
    // AuthoredDateTime equals the per-request LastUpdatedTime on real posts: a start only when it differs.
    const authored = parseIsoDate(row.AuthoredDateTime);
    const startedAt = authored && authored !== parseIsoDate(row.LastUpdatedTime) ? authored : undefined;
    return {
      incidents: [
        postToIncident({
          source,
          // Id is null and the times move per request: the post itself is the key (one current issue each).
          key: 'post',
          title: title || (status === 'unknown' ? `${defaultTitle}: status unknown` : defaultTitle),
          message,
          status,
          services: services(`${title}\n${toPlainText(message)}`, status),
          ...(startedAt ? { startedAt } : {}),
          fetchedAt,
        }),
      ],
    };
  };
}

/** `/api/posts/azure`: Microsoft's one-line Azure summary. */
export const parseAzureSummary = singlePostParser({
  source: AZURE_SUMMARY_SOURCE,
  defaultTitle: 'Azure service issue',
  services: (text) => {
    const found = servicesInText(text);
    return found.length > 0 ? found : ['azure'];
  },
});

/**
 * `/api/posts/mac`: only says whether the Microsoft 365 admin center itself is reachable. When it is not,
 * admins cannot even see Service health: a sign of a large Microsoft 365 incident.
 */
export const parseAdminCenter = singlePostParser({
  source: ADMIN_CENTER_SOURCE,
  defaultTitle: 'Microsoft 365 admin center may be unreachable',
  // "Unknown" speaks for the admin center alone; an unreachable admin center is a Microsoft 365 signal.
  services: (_text, status) => (status === 'unknown' ? ['admin-center'] : ['admin-center', 'm365']),
});
