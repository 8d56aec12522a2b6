/**
 * A local HTTPS server standing in for Microsoft's hosts (mapped with --host-resolver-rules): the status
 * feeds, Outlook's front door for the probe, and a fake Outlook Web page for the banner. Each route's
 * answer is set by the test; every request is logged so tests can count them.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { appForHost, isOutlookHost } from '../src/core/engine/apps';
import { fixture } from './fixtures';
import { makeCertificate } from './certificate';

export interface Answer {
  status?: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering; `Infinity` never answers. */
  delayMs?: number;
  /** Close the connection without an answer: the browser sees a network error, as through a broken VPN. */
  reset?: boolean;
}

export const ROUTES = {
  azureRss: 'azure.status.microsoft/en-us/status/feed/',
  consumer: 'status.cloud.microsoft/api/posts/m365Consumer',
  summary: 'status.cloud.microsoft/api/posts/azure',
  admin: 'status.cloud.microsoft/api/posts/mac',
} as const;
export type RouteName = keyof typeof ROUTES;

const rss = (name: string): Answer => ({ type: 'application/rss+xml; charset=utf-8', body: fixture(name) });
const json = (name: string): Answer => ({ type: 'application/json; charset=utf-8', body: fixture(name) });

/** Scenarios built from the real-format fixtures. */
export const SCENARIOS = {
  quiet: {
    azureRss: rss('azure-rss-empty.xml'),
    consumer: json('m365-consumer-ok.json'),
    summary: json('azure-summary-ok.json'),
    admin: json('mac-ok.json'),
  },
  /**
   * The APAC event as an outage in Microsoft's own words: the Azure summary states a service interruption
   * (composed from azure-summary-incident.json, whose real-format "Service degradation" would make the
   * whole event yellow: Microsoft's stated status decides, docs/reading-microsoft.md). The feed's item
   * started first, so it leads the event (aggregate.compareIncidents).
   */
  apacOutage: {
    azureRss: rss('azure-rss-incident.xml'),
    consumer: json('m365-consumer-incident.json'),
    summary: json('azure-summary-interruption.json'),
    admin: json('mac-ok.json'),
  },
  apacResolved: {
    azureRss: rss('azure-rss-empty.xml'),
    consumer: json('m365-consumer-restored.json'),
    summary: json('azure-summary-ok.json'),
    admin: json('mac-ok.json'),
  },
  allFailing: {
    azureRss: { status: 503, body: 'unavailable' },
    consumer: { status: 503, body: 'unavailable' },
    summary: { status: 503, body: 'unavailable' },
    admin: { status: 503, body: 'unavailable' },
  },
} satisfies Record<string, Record<RouteName, Answer>>;

export const FAKE_OUTLOOK_PAGE = `<!doctype html><html><head><title>Mail - Outlook</title>
<style>body{margin:0;font:14px sans-serif} header{height:48px;background:#0f6cbd;color:#fff;display:flex;align-items:center;padding:0 16px}
nav{position:absolute;top:48px;left:0;width:220px;bottom:0;background:#f3f2f1} main{margin-left:220px;padding:16px}
#compose{margin:12px;padding:8px 16px;background:#0f6cbd;color:#fff;border:0;border-radius:4px}</style></head>
<body><header id="topbar">Outlook</header><nav><button id="compose">New mail</button></nav>
<main id="inbox"><h1>Inbox</h1><p>Loading your mail…</p></main></body></html>`;

/**
 * Teams as people keep it open all day, laid out like the app (new Teams on the web): a top bar, a left
 * rail, the chat list, and the right pane with a meeting in progress: its control bar across the top of the
 * stage (as in Teams), the video, and the chat compose box pinned to the bottom of the pane.
 */
export const FAKE_TEAMS_PAGE = `<!doctype html><html><head><title>Chat | Microsoft Teams</title>
<style>body{margin:0;font:14px sans-serif;height:100vh;display:flex;flex-direction:column}
header{height:48px;background:#ebebeb;display:flex;align-items:center;padding:0 16px;flex:none}
#shell{flex:1;display:flex;min-height:0} #rail{width:68px;background:#f0f0f0;flex:none} #chats{width:320px;border-right:1px solid #ddd;flex:none;overflow:auto}
#stage{flex:1;display:flex;flex-direction:column;min-width:0} #callbar{height:56px;background:#292929;color:#fff;display:flex;gap:8px;align-items:center;justify-content:flex-end;padding:0 12px;flex:none}
#callbar button{padding:8px 16px} #leave{background:#c50f1f;color:#fff;border:0;border-radius:4px}
#video{flex:1;display:grid;place-items:center;background:#1f1f1f;color:#fff} #compose{flex:none;margin:12px 16px;padding:12px;border:1px solid #ccc;border-radius:4px}</style></head>
<body><header id="topbar">Microsoft Teams</header><div id="shell"><nav id="rail">Chat</nav><aside id="chats"><p>Weekly sync</p><p>Ji-woo Park</p></aside>
<main id="stage"><div id="callbar"><span>Weekly sync 12:04</span><button id="mute">Mic</button><button id="leave">Leave</button></div>
<div id="video">Meeting: Weekly sync</div><input id="compose" placeholder="Type a message"></main></div></body></html>`;

/** The Microsoft 365 app's start page: a left rail and a grid of recent files. */
export const FAKE_M365_PAGE = `<!doctype html><html><head><title>Home | Microsoft 365</title>
<style>body{margin:0;font:14px sans-serif} header{height:48px;background:#f3f2f1;display:flex;align-items:center;padding:0 16px}
nav{position:fixed;top:48px;left:0;width:68px;bottom:0;background:#fff;border-right:1px solid #ddd} main{margin-left:68px;padding:16px}</style></head>
<body><header id="topbar">Microsoft 365</header><nav><button id="create">Create</button></nav>
<main id="home"><h1>Welcome to Microsoft 365</h1><p>Recent files</p></main></body></html>`;

/** Each app's fake page, by the app's host. */
function fakePageOf(host: string): string | undefined {
  const app = appForHost(host);
  if (!app) return undefined;
  return app === 'teams' ? FAKE_TEAMS_PAGE : app === 'm365' ? FAKE_M365_PAGE : FAKE_OUTLOOK_PAGE;
}

const FIXTURE_DAY = Date.UTC(2023, 0, 25);
const DAY_MS = 86_400_000;

/**
 * The fixtures describe 25 Jan 2023; a browser running today would call that years old. Move every date
 * in a body to today (times of day unchanged), in each format the sources use.
 */
export function movedToToday(body: string, now = new Date()): string {
  const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const shift = today.getTime() - FIXTURE_DAY;
  const move = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d) + shift);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const long = (d: Date) => d.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' });
  const weekday = (d: Date, style: 'short' | 'long') => d.toLocaleDateString('en-US', { weekday: style, timeZone: 'UTC' });
  return body
    .replace(
      /(\d{4})-(\d{2})-(\d{2})T/g,
      (_, y, m, d) =>
        `${move(+y, +m - 1, +d)
          .toISOString()
          .slice(0, 10)}T`,
    )
    .replace(/(?:[A-Z][a-z]{2}, )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/g, (whole, d, mon, y) => {
      const moved = move(+y, months.indexOf(mon), +d);
      const text = `${moved.getUTCDate()} ${months[moved.getUTCMonth()]} ${moved.getUTCFullYear()}`;
      return /^[A-Z][a-z]{2}, /.test(whole) ? `${weekday(moved, 'short')}, ${text}` : text;
    })
    .replace(
      /(?:[A-Z][a-z]+day, )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/g,
      (whole, mon, d, y) => {
        const moved = move(+y, new Date(`${mon} 1, 2000`).getMonth(), +d);
        const text = `${long(moved)} ${moved.getUTCDate()}, ${moved.getUTCFullYear()}`;
        return /day, /.test(whole) ? `${weekday(moved, 'long')}, ${text}` : text;
      },
    );
}

/** Azure's feed is rebuilt every minute: its lastBuildDate is this minute (the same body within it). */
function freshen(body: string): string {
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toUTCString().replace('GMT', 'Z');
  return body.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${now}</lastBuildDate>`);
}

export class FixtureServer {
  readonly log: {
    host: string;
    path: string;
    method: string;
    at: number;
    cookie?: string;
    headers: Record<string, string | string[] | undefined>;
  }[] = [];
  answers: Record<RouteName, Answer> = { ...SCENARIOS.quiet };
  outlookProbe: Answer = { status: 302, headers: { location: 'https://login.microsoftonline.com/' } };
  outlookPage: Answer = { type: 'text/html; charset=utf-8', body: FAKE_OUTLOOK_PAGE };
  /** When set, every app host (Outlook, Teams, the Microsoft 365 app) serves this page (the bench's Outlook-sized page). */
  appPage: Answer | undefined;
  /** More answers by host and path (e.g. an organisation's StatusDocument on a mapped host). */
  readonly extra = new Map<string, Answer>();
  private server: Server | null = null;
  private pending = new Set<() => void>();
  port = 0;

  use(scenario: Record<RouteName, Answer>): void {
    this.answers = { ...scenario };
  }

  count(route: RouteName | 'probe'): number {
    if (route === 'probe') return this.log.filter((l) => isOutlookHost(l.host) && l.method === 'HEAD').length;
    const [host, ...rest] = ROUTES[route].split('/');
    return this.log.filter((l) => l.host === host && l.path === `/${rest.join('/')}`).length;
  }

  private answerFor(host: string, path: string, method: string): Answer {
    if (isOutlookHost(host) && method === 'HEAD') return this.outlookProbe;
    const page = fakePageOf(host);
    if (page && this.appPage) return this.appPage;
    if (page) return host.startsWith('outlook.') ? this.outlookPage : { type: 'text/html; charset=utf-8', body: page };
    const name = (Object.keys(ROUTES) as RouteName[]).find((k) => ROUTES[k] === `${host}${path}`);
    return name ? this.answers[name] : (this.extra.get(`${host}${path}`) ?? { status: 404, body: 'not found' });
  }

  async start(): Promise<number> {
    this.server = createServer(makeCertificate(), (req, res) => {
      const host = (req.headers.host ?? '').split(':')[0]!;
      const path = (req.url ?? '/').split('?')[0]!;
      this.log.push({
        host,
        path,
        method: req.method ?? 'GET',
        at: Date.now(),
        ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
        headers: req.headers,
      });
      const answer = this.answerFor(host, path, req.method ?? 'GET');
      const send = () => {
        const moved = answer.body && !appForHost(host) ? movedToToday(answer.body) : answer.body;
        const body = moved && host === 'azure.status.microsoft' ? freshen(moved) : moved;
        res.writeHead(answer.status ?? 200, {
          ...(answer.type ? { 'content-type': answer.type } : {}),
          'cache-control': 'no-store',
          ...answer.headers,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      if (answer.reset) return res.destroy();
      if (!answer.delayMs) return send();
      if (answer.delayMs === Infinity) {
        const drop = () => res.destroy();
        this.pending.add(drop);
        return;
      }
      const timer = setTimeout(send, answer.delayMs);
      this.pending.add(() => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    for (const cancel of this.pending) cancel();
    this.pending.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
