/**
 * Big but realistic status bodies for the parse benchmark, grown from the real-format fixtures: an Azure
 * RSS feed and an m365Consumer JSON list of about 1 MiB each, and for each a JSON document of the same
 * size carrying the same text (the JSON.parse baseline).
 */
import { fixture } from '../harness/fixtures';

export const TARGET_BYTES = 1024 * 1024;

const REGIONS = ['Asia Pacific', 'East US', 'West Europe', 'Korea Central', 'Japan East', 'Australia East', 'UK South', 'Brazil South'];
const SERVICES = ['Azure Networking', 'Azure Storage', 'Virtual Machines', 'Azure Active Directory', 'Exchange Online', 'Microsoft Teams'];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Pads a JSON array of objects with a filler field on its last element until it is exactly `size` bytes. */
function padJson(rows: object[], size: number): string {
  const base = JSON.stringify(rows);
  const missing = size - bytes(base) - ',"pad":""'.length;
  if (missing < 0) return base;
  const last = rows.length - 1;
  return JSON.stringify(rows.map((r, i) => (i === last ? { ...r, pad: 'x'.repeat(missing) } : r)));
}

export interface Feed {
  name: string;
  body: string;
  items: number;
  /** A JSON document of the same byte length, for the JSON.parse baseline. */
  sameSizeJson: string;
}

export function bigAzureRss(size = TARGET_BYTES): Feed {
  const source = fixture('azure-rss-incident.xml');
  const item = /<item>[\s\S]*?<\/item>/.exec(source)![0];
  const [head, tail] = source.split(item) as [string, string];
  const parts: string[] = [];
  const rows: object[] = [];
  let total = bytes(head) + bytes(tail);
  for (let i = 0; ; i++) {
    const service = SERVICES[i % SERVICES.length]!;
    const region = REGIONS[i % REGIONS.length]!;
    const title = `${service} - ${region} - Connectivity issues affecting Azure and Microsoft 365 services (${i})`;
    const next = item
      .replace('VSG1-B90', `VSG1-${(1000 + i).toString(36).toUpperCase()}`)
      .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
      .replace('Asia Pacific regions', `${region} regions`);
    if (total + bytes(next) > size) break;
    parts.push(next);
    total += bytes(next);
    const description = /<description>([\s\S]*?)<\/description>/.exec(next)![1]!;
    rows.push({
      guid: `VSG1-${i}`,
      link: 'https://azure.status.microsoft/en-us/status/',
      title,
      description,
      pubDate: 'Wed, 25 Jan 2023 08:10:32 Z',
    });
  }
  const body = head + parts.join('') + tail;
  return { name: 'Azure RSS', body, items: parts.length, sameSizeJson: padJson(rows, bytes(body)) };
}

export function bigM365Consumer(size = TARGET_BYTES): Feed {
  const rows = JSON.parse(fixture('m365-consumer-incident.json')) as Record<string, unknown>[];
  const out: Record<string, unknown>[] = [];
  // Pretty-printed like the real endpoint: each row costs its own indented text plus ",\n".
  const prettyRow = (row: object) => bytes(JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')) + 4;
  for (let i = 0, total = 4; ; i++) {
    const row = rows[i % rows.length]!;
    const next = {
      ...row,
      ServiceDisplayName: `${String(row.ServiceDisplayName)} ${i}`,
      ServiceWorkloadName: `${String(row.ServiceWorkloadName)}${i}`,
    };
    total += prettyRow(next);
    if (total > size - 512) break;
    out.push(next);
  }
  // Padded to the exact size inside the last row's message.
  let body = JSON.stringify(out, null, 2);
  const missing = size - bytes(body);
  if (missing > 0) {
    const last = out[out.length - 1]!;
    last.Message = `${String(last.Message)}${' '.repeat(missing)}`;
    body = JSON.stringify(out, null, 2);
  }
  // The document itself is JSON of the same size: the baseline parses it with JSON.parse alone.
  return { name: 'm365Consumer JSON', body, items: out.length, sameSizeJson: body };
}
