/**
 * A loopback stand-in for everything the aggregator reads (plain http on 127.0.0.1, port 0): the four public
 * feeds with ETags and 304s, an Entra token endpoint and a two-page Graph issues list. Counts every request;
 * any path can be made slow or made to hang until released. Used by the workerd tests and the load figures.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { fixture } from './fixtures';

export const FAKE_TENANT = 'contoso.onmicrosoft.com';
export const FAKE_CLIENT_ID = '11111111-2222-3333-4444-555555555555';
export const FAKE_CLIENT_SECRET = 'Xq8~s3cr3t.V4lu3_ThatMustNeverLeak~abc';

const PUBLIC_FILES: Record<string, [string, string]> = {
  'azure-rss': ['azure-rss-incident.xml', 'application/rss+xml; charset=utf-8'],
  'm365-consumer': ['m365-consumer-incident.json', 'application/json'],
  'azure-summary': ['azure-summary-ok.json', 'application/json'],
  'm365-admin': ['mac-ok.json', 'application/json'],
};

export const TOKEN_PATH = `/login/${FAKE_TENANT}/oauth2/v2.0/token`;
export const ISSUES_PATH = '/graph/v1.0/admin/serviceAnnouncement/issues';
/** Counted once per walk of the Graph pages (its first page). */
export const GRAPH_WALK = `${ISSUES_PATH}#walk`;

export class MicrosoftFake {
  private server: Server | undefined;
  base = '';
  /** Requests per path (query string left off). */
  readonly counts = new Map<string, number>();
  readonly issued: string[] = [];
  /** Extra time before answering, per path. */
  readonly delays = new Map<string, number>();
  /** Paths that do not answer until `release()`. */
  private readonly held = new Map<string, (() => void)[]>();
  readonly hanging = new Set<string>();
  /** Text replacing a public feed's body (to change content between refreshes). */
  readonly overrides = new Map<string, { body: string; type: string }>();

  /** `AGGREGATOR_*` variables pointing every upstream here, Graph included. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      AGGREGATOR_SOURCE_URLS: Object.keys(PUBLIC_FILES)
        .map((id) => `${id}=${this.base}/public/${id}`)
        .join(','),
      AGGREGATOR_TENANT_ID: FAKE_TENANT,
      AGGREGATOR_CLIENT_ID: FAKE_CLIENT_ID,
      AGGREGATOR_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      AGGREGATOR_AUTHORITY_URL: `${this.base}/login`,
      AGGREGATOR_GRAPH_URL: `${this.base}/graph`,
      ...extra,
    };
  }

  count(path: string): number {
    return this.counts.get(path) ?? 0;
  }

  /** Fetches of the four feeds and the Graph issues (pages counted once per walk: the first page). */
  upstreamReads(): number {
    return Object.keys(PUBLIC_FILES).reduce((n, id) => n + this.count(`/public/${id}`), 0) + this.count(GRAPH_WALK);
  }

  /** Forgets every count, hold and override (between tests). */
  reset(): void {
    for (const path of [...this.hanging]) this.release(path);
    this.counts.clear();
    this.issued.length = 0;
    this.delays.clear();
    this.overrides.clear();
  }

  release(path: string): void {
    this.hanging.delete(path);
    for (const go of this.held.get(path) ?? []) go();
    this.held.delete(path);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    this.counts.set(path, this.count(path) + 1);
    if (this.hanging.has(path)) await new Promise<void>((go) => this.held.set(path, [...(this.held.get(path) ?? []), go]));
    const delay = this.delays.get(path);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const send = (status: number, headers: Record<string, string>, text?: string) => {
      res.writeHead(status, headers);
      res.end(text);
    };
    if (req.method === 'POST' && path === TOKEN_PATH) {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('client_secret') !== FAKE_CLIENT_SECRET || form.get('client_id') !== FAKE_CLIENT_ID) {
        return send(401, { 'content-type': 'application/json' }, JSON.stringify({ error: 'invalid_client' }));
      }
      const token = `loopback-access-token-${this.issued.length + 1}`;
      this.issued.push(token);
      return send(
        200,
        { 'content-type': 'application/json' },
        JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: token }),
      );
    }
    if (path === ISSUES_PATH) {
      if (!this.issued.some((t) => req.headers.authorization === `Bearer ${t}`)) {
        return send(401, { 'content-type': 'application/json' }, '{"error":{"code":"InvalidAuthenticationToken"}}');
      }
      const issues = JSON.parse(fixture('graph-issues.json')) as { value: unknown[] };
      const second = url.searchParams.get('$skiptoken') === 'p2';
      if (!second) this.counts.set(GRAPH_WALK, this.count(GRAPH_WALK) + 1);
      const page = second
        ? { value: issues.value.slice(2) }
        : { '@odata.nextLink': `${this.base}${ISSUES_PATH}?$skiptoken=p2`, value: issues.value.slice(0, 2) };
      return send(200, { 'content-type': 'application/json;odata.metadata=minimal' }, JSON.stringify(page));
    }
    const id = /^\/public\/([a-z0-9-]+)$/.exec(path)?.[1];
    const file = id ? PUBLIC_FILES[id] : undefined;
    if (id && file) {
      const override = this.overrides.get(id);
      const body = override?.body ?? fixture(file[0]);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return send(304, { etag });
      return send(200, { 'content-type': override?.type ?? file[1], etag }, body);
    }
    send(404, { 'content-type': 'text/plain' }, 'not found');
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const path of [...this.hanging]) this.release(path);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}
