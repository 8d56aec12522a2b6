/**
 * What the aggregator benches share: starting the Node aggregator in its own process, finding the workerd
 * processes miniflare started, reading their memory and CPU from /proc, percentiles, and a fresh Azure feed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { MicrosoftFake } from '../harness/microsoft-fake';
import { fixture } from '../harness/fixtures';

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? Number.NaN) / 1024;
}

/** User + system CPU seconds a process has used (clock ticks of 1/100 s on Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The workerd processes this process started (miniflare spawns the runtime as a child). */
export function workerdPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
      } catch {
        return false;
      }
    });
}

export async function startNode(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'aggregator/node.ts'], {
    env: { ...env, PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    child.once('exit', (code) => reject(new Error(`node aggregator exited with ${code}`)));
  });
  return { url, child };
}

/**
 * The Azure feed fixture is from January 2023: read as-is, its lastBuildDate is years old and the feed
 * counts as failed, so every refresh would build a 4-of-5 document. The bench serves it dated now.
 */
export function serveFreshAzureFeed(fake: MicrosoftFake): void {
  const now = new Date().toUTCString().replace('GMT', 'Z');
  const body = fixture('azure-rss-incident.xml')
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${now}</lastBuildDate>`)
    .replace(/<pubDate>[^<]*<\/pubDate>/g, `<pubDate>${now}</pubDate>`);
  fake.overrides.set('azure-rss', { body, type: 'application/rss+xml; charset=utf-8' });
}
