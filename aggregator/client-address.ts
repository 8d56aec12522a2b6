/**
 * Which address a request came from, when a proxy stands between the browser and the aggregator: the one
 * reading of `X-Forwarded-For` every adapter uses. The address picks the network-map site and the rate
 * limiter's bucket, and is never stored. Runtime-neutral.
 *
 * A client may send any `X-Forwarded-For` it likes; a proxy appends the address it saw to it. So only the
 * right end of the list is worth anything: the entries the proxies we trust appended.
 */
import ipaddr from 'ipaddr.js';
import { parsedAddress } from './crowd';

/** One `X-Forwarded-For` entry without its port: `203.0.113.7:51234` → `203.0.113.7`, `[2001:db8::1]:443` → `2001:db8::1`. */
function withoutPort(entry: string): string {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (v6) return v6[1]!;
  return /^[\d.]+:\d+$/.test(entry) ? entry.slice(0, entry.lastIndexOf(':')) : entry;
}

/** The entries of `X-Forwarded-For` (possibly several headers joined by commas), left to right, ports dropped. */
export function forwardedFor(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map(withoutPort);
}

/** The entry the nearest proxy appended (the right-most): the only one a client cannot choose. */
export function lastForwarded(header: string | null | undefined): string | undefined {
  return forwardedFor(header).at(-1);
}

export class TrustedProxiesError extends Error {}

/** AGGREGATOR_TRUSTED_PROXIES: the proxies' own networks or addresses (`127.0.0.1/32`, `192.0.2.10`, `::1/128`). */
export function parseTrustedProxies(entries: readonly string[]): string[] {
  return entries.map((entry) => {
    if (ipaddr.isValidCIDR(entry)) return entry;
    const single = parsedAddress(entry);
    if (!single) throw new TrustedProxiesError('must list networks or addresses, such as 127.0.0.1/32 or 192.0.2.10');
    return `${single.toString()}/${single.kind() === 'ipv4' ? 32 : 128}`;
  });
}

/**
 * Whether two networks share any address. A trusted proxy range that holds the offices' own networks would let
 * any PC in them prepend an `X-Forwarded-For` of its choosing and be counted as any address (any site).
 */
export function networksOverlap(a: string, b: string): boolean {
  const [rangeA, bitsA] = ipaddr.parseCIDR(a);
  const [rangeB, bitsB] = ipaddr.parseCIDR(b);
  if (rangeA.kind() !== rangeB.kind()) return false;
  const wider = bitsA <= bitsB ? ([rangeA, bitsA] as const) : ([rangeB, bitsB] as const);
  const narrower = bitsA <= bitsB ? rangeB : rangeA;
  return narrower.match([wider[0], wider[1]] as Parameters<typeof narrower.match>[0]);
}

function inNetworks(address: string, networks: readonly string[]): boolean {
  const parsed = parsedAddress(address);
  if (!parsed) return false;
  return networks.some((network) => {
    const [range, bits] = ipaddr.parseCIDR(network);
    return range.kind() === parsed.kind() && parsed.match([range, bits] as Parameters<typeof parsed.match>[0]);
  });
}

/**
 * The client's address behind the configured proxies: the socket's peer when it is not one of them, else the
 * right-most `X-Forwarded-For` entry that is not one of them (each trusted proxy appended the one it saw).
 * With no proxy configured the header is never read: a client could write anything in it.
 */
export function clientBehindProxies(
  peer: string | undefined,
  header: string | null | undefined,
  trusted: readonly string[],
): string | undefined {
  if (!peer || trusted.length === 0 || !inNetworks(peer, trusted)) return peer;
  const chain = forwardedFor(header);
  let address = peer;
  while (chain.length > 0 && inNetworks(address, trusted)) address = chain.pop()!;
  return address;
}
