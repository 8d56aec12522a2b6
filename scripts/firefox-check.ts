/**
 * Loads the Firefox package into a real, headless Firefox (Debian's firefox-esr) and waits until it works
 * end to end: the background event page checks the fixture server's APAC outage, stores the snapshot,
 * and the content script shows the outage banner in a fake Outlook on the web tab. Used by
 * scripts/zip.ts when Firefox is installed.
 *
 * Network: every request Firefox makes goes through a local CONNECT proxy that lets through only
 * Microsoft's mapped hosts (to the local HTTPS FixtureServer) and refuses everything else, so nothing
 * leaves the machine. Driven over WebDriver BiDi (Firefox's built-in remote protocol): needs Node's
 * WebSocket (`tsx --experimental-websocket` on Node 20).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS } from '../harness/certificate';
import { FixtureServer, SCENARIOS } from '../harness/fixture-server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A proxy that tunnels CONNECT for the mapped hosts to the fixture server and refuses the rest. */
async function localOnlyProxy(fixturePort: number): Promise<{ port: number; refused: string[]; server: Server }> {
  const refused: string[] = [];
  const server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    const host = (req.url ?? '').split(':')[0]!;
    if (!MAPPED_HOSTS.includes(host)) {
      refused.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, refused, server };
}

function writePrefs(profile: string, proxyPort: number): void {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'intl.locale.requested': 'en-US',
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`);
}

interface Bidi {
  send<T = Record<string, unknown>>(method: string, params: object): Promise<T>;
  close(): void;
}

async function connectBidi(port: number, log: () => string): Promise<Bidi> {
  for (let attempt = 0; ; attempt++) {
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
      await new Promise((ok, fail) => {
        ws.onopen = ok;
        ws.onerror = fail;
      });
      let id = 0;
      const waiting = new Map<number, (m: { type: string; result?: unknown; error?: string; message?: string }) => void>();
      ws.onmessage = (e) => {
        const m = JSON.parse(String(e.data));
        if (typeof m.id === 'number') waiting.get(m.id)?.(m);
      };
      return {
        send: <T>(method: string, params: object) =>
          new Promise<T>((ok, fail) => {
            const n = ++id;
            waiting.set(n, (m) => (m.type === 'error' ? fail(new Error(`${method}: ${m.error}: ${m.message}`)) : ok(m.result as T)));
            ws.send(JSON.stringify({ id: n, method, params }));
          }),
        close: () => ws.close(),
      };
    } catch {
      if (attempt > 150) throw new Error(`Firefox did not open its remote-debugging port:\n${log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Returns a one-line account of what worked; throws when the package does not work. */
export async function checkInFirefox(extensionDir: string): Promise<string> {
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}`);
  const server = new FixtureServer();
  server.use(SCENARIOS.apacOutage);
  const fixturePort = await server.start();
  const proxy = await localOnlyProxy(fixturePort);
  const profile = mkdtempSync(join(tmpdir(), 'msl-firefox-'));
  writePrefs(profile, proxy.port);
  const remotePort = 9300 + Math.floor(Math.random() * 500);
  let output = '';
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(remotePort)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  firefox.stdout.on('data', (d) => (output += d));
  firefox.stderr.on('data', (d) => (output += d));
  try {
    const bidi = await connectBidi(remotePort, () => output);
    try {
      const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', {
        capabilities: { alwaysMatch: { acceptInsecureCerts: true } },
      });
      // A temporary add-on, as about:debugging loads it: unsigned is fine.
      await bidi.send('webExtension.install', { extensionData: { type: 'path', path: resolve(extensionDir) } });
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      let banner = '';
      for (let attempt = 0; attempt < 30 && !banner; attempt++) {
        await bidi.send('browsingContext.navigate', { context, url: 'https://outlook.office.com/mail/', wait: 'complete' });
        await new Promise((r) => setTimeout(r, 1000));
        const { result } = await bidi.send<{ result: { type: string; value?: string } }>('script.evaluate', {
          expression: `document.getElementById('ms-status-lens-banner')?.shadowRoot?.querySelector('p')?.textContent ?? ''`,
          target: { context },
          awaitPromise: false,
        });
        banner = result.value ?? '';
      }
      if (!banner) throw new Error(`no outage banner in Outlook on the web after 30 s; requests: ${server.log.map((l) => l.host + l.path).join(', ')}`);
      const sources = new Set(server.log.filter((l) => !l.host.startsWith('outlook.')).map((l) => l.path)).size;
      const probed = server.log.some((l) => l.method === 'HEAD');
      return `Firefox ${session.capabilities.browserVersion}: background checked ${sources} sources${probed ? ' and probed Outlook' : ''}; banner says "${banner.slice(0, 90)}…"; ${proxy.refused.length} other request(s) refused by the local proxy`;
    } finally {
      bidi.close();
    }
  } finally {
    if (firefox.exitCode === null) {
      const exited = new Promise((r) => firefox.once('exit', r));
      firefox.kill();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    proxy.server.close();
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
