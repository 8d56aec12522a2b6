/**
 * The aggregator's side of the crowd signal (issue 17) that is not pure counting: reading the network→site
 * map, finding a request's site from its address (the address itself is never stored), and the in-memory
 * counters Node, Deno and Azure Functions keep. Runtime-neutral (ipaddr.js is plain JavaScript).
 */
import ipaddr from 'ipaddr.js';
import * as v from 'valibot';
import { type ProbeReport, ProbeReportSchema, SiteName, UNASSIGNED_SITE } from '../src/core/engine/crowd';
import {
  type CountedReport,
  type CrowdLimits,
  CrowdCounters,
  type Episode,
  type IngestResult,
  type SiteHistory,
} from '../src/core/engine/crowd-counters';
import type { CrowdPart } from '../src/core/engine/crowd';
import { outlookKindForHost } from '../src/core/engine/apps';
import type { DocumentSource, Served } from './poller';

/** One entry of AGGREGATOR_CROWD_NETWORKS: `10.1.0.0/16=Seoul HQ`. */
export interface NetworkSite {
  /** The CIDR as written (for the docs and error messages). */
  cidr: string;
  site: string;
}

export interface CrowdConfig {
  /** Fewer distinct reporters than this in a group: no numbers published for it. */
  k: number;
  networks: readonly NetworkSite[];
  limits: CrowdLimits;
  /** Workers only: how often the Durable Object rolls and persists its counters while it holds any (default 60 s). */
  persistSeconds: number;
}

export class NetworkMapError extends Error {}

/** Parses `cidr=site` entries; the most specific network wins when several cover an address. */
export function parseNetworks(entries: readonly string[]): NetworkSite[] {
  return entries.map((entry) => {
    const at = entry.indexOf('=');
    const cidr = entry.slice(0, Math.max(0, at)).trim();
    const site = entry.slice(at + 1).trim();
    if (at <= 0 || !ipaddr.isValidCIDR(cidr)) throw new NetworkMapError('must list cidr=site pairs, such as 10.1.0.0/16=Seoul HQ');
    if (!v.is(SiteName, site)) throw new NetworkMapError('site names are letters, digits, spaces and ._()- , at most 32 characters');
    return { cidr, site };
  });
}

/** An address as ipaddr.js reads it, IPv4-mapped IPv6 unwrapped; undefined when it is none. */
export function parsedAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (!ipaddr.isValid(address)) return undefined;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

/** The site of the most specific configured network that covers the address, if any. */
export function siteForAddress(networks: readonly NetworkSite[], address: string | undefined): string | undefined {
  const parsed = address ? parsedAddress(address) : undefined;
  if (!parsed) return undefined;
  let best: { site: string; bits: number } | undefined;
  for (const network of networks) {
    const [range, bits] = ipaddr.parseCIDR(network.cidr);
    if (range.kind() !== parsed.kind() || !parsed.match([range, bits] as Parameters<typeof parsed.match>[0])) continue;
    if (!best || bits > best.bits) best = { site: network.site, bits };
  }
  return best?.site;
}

export type ParsedReport = { ok: true; report: ProbeReport } | { ok: false; error: string };

/** The body of POST /v1/probes, already within MAX_REPORT_BYTES: JSON, then the strict schema. */
export function parseReport(text: string): ParsedReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the body is not JSON' };
  }
  const checked = v.safeParse(ProbeReportSchema, json);
  if (!checked.success) {
    const issue = checked.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `${path ? `${path.slice(0, 20)}: ` : ''}${issue.message.slice(0, 80)}` };
  }
  return { ok: true, report: checked.output };
}

/**
 * What is kept of a valid report: its site (never the address), kind, outcome and reporter id. Where a
 * configured network covers the address, that network's site is the report's site, whatever the report says:
 * a report's own `site` (any token holder can write one) counts only where the map does not cover the
 * address, so someone in office A cannot write into office B's numbers from A's network.
 */
export function countedReport(report: ProbeReport, config: CrowdConfig, address: string | undefined): CountedReport {
  return {
    site: siteForAddress(config.networks, address) ?? report.site ?? UNASSIGNED_SITE,
    // The schema accepted only Outlook hosts.
    kind: outlookKindForHost(report.host)!,
    outcome: report.outcome,
    reporter: report.reporter,
  };
}

/** What the HTTP layer needs from whatever keeps the counters (in memory here, the Durable Object on Workers). */
export interface CrowdStore {
  ingest(report: CountedReport, address: string): Promise<IngestResult>;
  /** The dashboard's data: the short window now, 10-minute history, failing runs. */
  dashboard(hours: number): Promise<CrowdDashboardData>;
}

export interface CrowdDashboardData {
  part: CrowdPart;
  current: ReturnType<CrowdCounters['current']>;
  history: SiteHistory[];
  runs: readonly Episode[];
}

export function dashboardData(counters: CrowdCounters, now: number, hours: number): CrowdDashboardData {
  return { part: counters.part(now), current: counters.current(now), history: counters.history(now, hours), runs: counters.failingRuns() };
}

/** A random salt for the counters' hashes, made fresh for each new state. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface MemoryCrowdStore extends CrowdStore {
  counters: CrowdCounters;
  part(): Promise<CrowdPart>;
}

/** Counters in this process's memory (Node, Deno, Azure Functions): bounded, lost on restart. */
export function memoryCrowdStore(config: CrowdConfig, now: () => number): MemoryCrowdStore {
  const counters = new CrowdCounters({ k: config.k, limits: config.limits }, now(), randomSalt());
  return {
    counters,
    ingest: async (report, address) => counters.ingest(report, address, now()),
    part: async () => counters.part(now()),
    dashboard: async (hours) => dashboardData(counters, now(), hours),
  };
}

/** The status document as served with the crowd part in it: rebuilt only when either changes. */
export function withCrowd(source: DocumentSource, crowd: Pick<MemoryCrowdStore, 'part'>): DocumentSource {
  let last: { served: Served; part: CrowdPart; composed: Served } | undefined;
  const compose = async (served: Served | undefined): Promise<Served | undefined> => {
    if (!served) return undefined;
    const part = await crowd.part();
    if (last?.served === served && last.part === part) return last.composed;
    const composed = composeServed(served, part);
    last = { served, part, composed };
    return composed;
  };
  return {
    current: async () => compose(await source.current()),
    peek: async () => compose(await source.peek()),
  };
}

/** The part appears once any site has reports; before that the document is exactly Microsoft's side. */
export function composeServed(served: Served, part: CrowdPart): Served {
  if (part.sites.length === 0) return served;
  const document = { ...served.document, crowd: part };
  return { ...served, document, body: JSON.stringify(document) };
}
