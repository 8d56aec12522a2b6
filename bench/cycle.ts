/**
 * The worker's real check cycle (src/background/check.ts runCheck) run in Node, with an in-memory
 * browser (@webext-core/fake-browser, found by src/platform as `browser`) and a fake network that
 * honours If-None-Match / If-Modified-Since. Counts, for the cycles after the first one (nothing changed),
 * the body bytes that crossed the network and the storage writes the worker made.
 *
 * Three servers: every source validates (the best case), Azure's RSS rebuilt every minute (its
 * lastBuildDate, and so its ETag, changes even when nothing else does, as the real feed's does), and a
 * server that ignores validators (always 200).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { fixture } from '../harness/fixtures';

// src/platform finds the extension API as globalThis.browser: install the fake first.
Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });
const { runCheck } = await import('../src/background/check');
const { loadSettings } = await import('../src/platform/settings-store');
const { translator } = await import('../src/core/engine/i18n');
type Deps = Parameters<typeof runCheck>[0];

const RSS = 'https://azure.status.microsoft/en-us/status/feed/';
const CONSUMER = 'https://status.cloud.microsoft/api/posts/m365Consumer';
const SUMMARY = 'https://status.cloud.microsoft/api/posts/azure';
const MAC = 'https://status.cloud.microsoft/api/posts/mac';
const OUTLOOK = 'https://outlook.office.com/';

/** Six minutes after the quiet feed's lastBuildDate (13:05), so 25 more minutes of 304s stay within its 30-minute freshness. */
const T0 = Date.parse('2023-01-25T13:06:00.000Z');
const POLL_MS = 5 * 60_000;

export type ServerKind = 'validates' | 'azure-rebuilds-every-minute' | 'ignores-validators';

interface Resource {
  body: string;
  type: string;
}

function resources(kind: ServerKind, now: number): Record<string, Resource> {
  let rss = fixture('azure-rss-empty.xml');
  if (kind === 'azure-rebuilds-every-minute') {
    const built = new Date(Math.floor(now / 60_000) * 60_000).toUTCString().replace('GMT', 'Z');
    rss = rss.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${built}</lastBuildDate>`);
  }
  const json = 'application/json; charset=utf-8';
  return {
    [RSS]: { body: rss, type: 'application/rss+xml; charset=utf-8' },
    [CONSUMER]: { body: fixture('m365-consumer-ok.json'), type: json },
    [SUMMARY]: { body: fixture('azure-summary-ok.json'), type: json },
    [MAC]: { body: fixture('mac-ok.json'), type: json },
  };
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
/** Last-Modified: a fixed date for a body that never changes, the build minute for a rebuilt one. */
const LAST_MODIFIED = new Date(T0 - 3_600_000).toUTCString();

interface Traffic {
  requests: number;
  notModified: number;
  bodyBytes: number;
  perSource: Record<string, { status: number; bytes: number }>;
}

function fakeNetwork(kind: ServerKind, clock: () => number) {
  let traffic: Traffic = { requests: 0, notModified: 0, bodyBytes: 0, perSource: {} };
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    traffic.requests++;
    if (url === OUTLOOK) {
      traffic.perSource.probe = { status: 302, bytes: 0 };
      return new Response(null, { status: 200 }); // HEAD: no body either way
    }
    const resource = resources(kind, clock())[url];
    if (!resource) throw new TypeError('Failed to fetch');
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const etag = etagOf(resource.body);
    const lastModified =
      kind === 'azure-rebuilds-every-minute' && url === RSS ? new Date(Math.floor(clock() / 60_000) * 60_000).toUTCString() : LAST_MODIFIED;
    const fresh =
      kind !== 'ignores-validators' &&
      (headers['if-none-match'] !== undefined
        ? headers['if-none-match'] === etag
        : headers['if-modified-since'] !== undefined && Date.parse(headers['if-modified-since']) >= Date.parse(lastModified));
    const name = url.split('/').filter(Boolean).pop()!;
    if (fresh) {
      traffic.notModified++;
      traffic.perSource[name] = { status: 304, bytes: 0 };
      return new Response(null, { status: 304, headers: { etag, 'last-modified': lastModified } });
    }
    const bytes = Buffer.byteLength(resource.body);
    traffic.bodyBytes += bytes;
    traffic.perSource[name] = { status: 200, bytes };
    return new Response(resource.body, { headers: { 'content-type': resource.type, etag, 'last-modified': lastModified } });
  };
  return {
    fetch: fetchFn as typeof fetch,
    take(): Traffic {
      const t = traffic;
      traffic = { requests: 0, notModified: 0, bodyBytes: 0, perSource: {} };
      return t;
    },
  };
}

interface Writes {
  calls: number;
  bytes: number;
  keys: string[];
  /** Bytes per `area.key`, each counted as JSON.stringify({ key: value }). */
  bytesByKey: Record<string, number>;
  /** Leaf paths whose value differs from what was stored before the write. */
  changedPaths: string[];
}

function leafPaths(before: unknown, after: unknown, path = '', out: string[] = []): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return out;
  if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys)
      leafPaths((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  out.push(path.replace(/\.\d+(?=\.|$)/g, '[]'));
  return out;
}

function watchStorage() {
  const empty = (): Writes => ({ calls: 0, bytes: 0, keys: [], bytesByKey: {}, changedPaths: [] });
  let writes = empty();
  for (const area of ['local', 'sync', 'session'] as const) {
    const target = fakeBrowser.storage[area];
    const original = target.set.bind(target);
    target.set = async (values: Record<string, unknown>) => {
      const before = await target.get(Object.keys(values));
      writes.calls++;
      writes.bytes += Buffer.byteLength(JSON.stringify(values));
      writes.keys.push(...Object.keys(values).map((k) => `${area}.${k}`));
      for (const [k, v] of Object.entries(values)) {
        writes.bytesByKey[`${area}.${k}`] = (writes.bytesByKey[`${area}.${k}`] ?? 0) + Buffer.byteLength(JSON.stringify({ [k]: v }));
      }
      for (const [k, v] of Object.entries(values)) writes.changedPaths.push(...leafPaths(before[k], v, `${area}.${k}`));
      return original(values);
    };
  }
  return {
    take(): Writes {
      const w = writes;
      writes = empty();
      return w;
    },
  };
}

export interface CycleReport {
  server: ServerKind;
  cycles: number;
  first: { requests: number; bodyBytes: number; storageWrites: number; storageBytes: number };
  /** Averages over the no-change cycles (2nd and later). */
  noChange: {
    requests: number;
    notModified: number;
    bodyBytes: number;
    storageWrites: number;
    storageBytes: number;
    keysWritten: string[];
    /** Average bytes per key written. */
    bytesByKey: Record<string, number>;
    changedPaths: string[];
    sourcesAnswering200: string[];
  };
  levels: string[];
}

export async function measureCycle(server: ServerKind, cycles = 6): Promise<CycleReport> {
  fakeBrowser.reset();
  // Not implemented by the fake; the real one answers the browser's language.
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  const storage = watchStorage();
  let now = T0;
  const net = fakeNetwork(server, () => now);
  const messages = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8'));
  const deps: Deps = {
    fetch: net.fetch,
    now: () => now,
    online: () => true,
    settings: loadSettings,
    translate: async () => ({ locale: 'en', t: translator(messages) }),
    paint: async () => {},
    notify: async () => {},
    reschedule: async () => {},
  };
  const levels: string[] = [];
  const rows: { traffic: Traffic; writes: Writes }[] = [];
  for (let i = 0; i < cycles; i++) {
    const snapshot = await runCheck(deps);
    levels.push(snapshot.level);
    rows.push({ traffic: net.take(), writes: storage.take() });
    now += POLL_MS;
  }
  const rest = rows.slice(1);
  const avg = (f: (r: (typeof rows)[number]) => number) => rest.reduce((s, r) => s + f(r), 0) / rest.length;
  const unique = (xs: string[]) => [...new Set(xs)].sort();
  return {
    server,
    cycles,
    first: {
      requests: rows[0]!.traffic.requests,
      bodyBytes: rows[0]!.traffic.bodyBytes,
      storageWrites: rows[0]!.writes.calls,
      storageBytes: rows[0]!.writes.bytes,
    },
    noChange: {
      requests: avg((r) => r.traffic.requests),
      notModified: avg((r) => r.traffic.notModified),
      bodyBytes: avg((r) => r.traffic.bodyBytes),
      storageWrites: avg((r) => r.writes.calls),
      storageBytes: Math.round(avg((r) => r.writes.bytes)),
      keysWritten: unique(rest.flatMap((r) => r.writes.keys)),
      bytesByKey: Object.fromEntries(
        unique(rest.flatMap((r) => Object.keys(r.writes.bytesByKey))).map((k) => [k, Math.round(avg((r) => r.writes.bytesByKey[k] ?? 0))]),
      ),
      changedPaths: unique(rest.flatMap((r) => r.writes.changedPaths)),
      sourcesAnswering200: unique(
        rest.flatMap((r) =>
          Object.entries(r.traffic.perSource)
            .filter(([, v]) => v.status === 200)
            .map(([k]) => k),
        ),
      ),
    },
    levels,
  };
}

export async function measureCycles(): Promise<CycleReport[]> {
  const out: CycleReport[] = [];
  for (const kind of ['validates', 'azure-rebuilds-every-minute', 'ignores-validators'] as const) out.push(await measureCycle(kind));
  return out;
}
