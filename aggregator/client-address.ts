/**
 * Which address a request came from, when a proxy stands between the browser and the aggregator: the one
 * reading of `X-Forwarded-For` every adapter uses. The address picks the network-map site and the rate
 * limiter's bucket, and is never stored. Runtime-neutral.
 *
 * A client may send any `X-Forwarded-For` it likes; a proxy appends the address it saw to it. So only the
 * right end of the list is worth anything: the entries the proxies we trust appended.
 */

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
