/**
 * Adapter parse time of ~1 MiB status bodies against JSON.parse of a JSON document of the same size,
 * both timed in this Node process (V8, as in Chromium), interleaved, median of N runs after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { parseAzureRss } from '../src/core/engine/sources/azure-rss';
import { parseM365Consumer } from '../src/core/engine/sources/cloud-status';
import { bigAzureRss, bigM365Consumer, type Feed } from './feeds';
import { median, round } from './stats';

export interface ParseResult {
  feed: string;
  bytes: number;
  items: number;
  incidentsFound: number;
  runs: number;
  adapterMs: number;
  jsonParseMs: number;
  ratio: number;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function bench(feed: Feed, adapter: (body: string) => { incidents: unknown[] }, runs: number, warmup: number): ParseResult {
  const incidentsFound = adapter(feed.body).incidents.length;
  const a: number[] = [];
  const j: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate which goes first so neither always runs on a warmer (or more fragmented) heap.
    const pair = i % 2 ? [() => j.push(time(() => JSON.parse(feed.sameSizeJson)))] : [];
    pair.unshift(() => a.push(time(() => adapter(feed.body))));
    if (!(i % 2)) pair.push(() => j.push(time(() => JSON.parse(feed.sameSizeJson))));
    for (const run of pair) run();
    if (i < warmup) {
      a.length = 0;
      j.length = 0;
    }
  }
  const adapterMs = median(a);
  const jsonParseMs = median(j);
  return {
    feed: feed.name,
    bytes: Buffer.byteLength(feed.body),
    items: feed.items,
    incidentsFound,
    runs,
    adapterMs: round(adapterMs, 2),
    jsonParseMs: round(jsonParseMs, 2),
    ratio: round(adapterMs / jsonParseMs, 2),
  };
}

export function measureParsing(runs = 21, warmup = 5): ParseResult[] {
  const at = '2023-01-25T08:15:00.000Z';
  return [
    bench(bigAzureRss(), (body) => parseAzureRss(body), runs, warmup),
    bench(bigM365Consumer(), (body) => parseM365Consumer(body, at), runs, warmup),
  ];
}
