/**
 * A stand-in for an organisation's aggregator on a made-up host (mapped to this server with
 * --host-resolver-rules): GET /v1/status answers a StatusDocument, with the CORS headers the real
 * aggregator (aggregator/handler.ts) sends to an allowed extension origin, and OPTIONS answers the preflight
 * the bearer token causes. The extension holds no host permission for this host, so CORS is what lets
 * the worker read it. POST /v1/probes takes the organisation's probe reports (engine/crowd.ts) and keeps
 * each body as it arrived. Every request is logged with its Origin and Authorization headers.
 */
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { CrowdPart } from '../src/core/engine/crowd';
import type { Incident, StatusDocument } from '../src/core/engine/model';
import { makeCertificate } from './certificate';

export const CORP_HOST = 'status.corp.example.test';
export const CORP_STATUS_PATH = '/v1/status';
export const CORP_STATUS_URL = `https://${CORP_HOST}${CORP_STATUS_PATH}`;
export const CORP_PROBES_PATH = '/v1/probes';

export interface AggregatorRequest {
  method: string;
  path: string;
  origin?: string;
  authorization?: string;
  /** The body of a POST, as received. */
  body?: string;
  at: number;
}

/** A tenant-only Exchange Online outage in Korea: something only Graph service health knows about. */
export function tenantIncident(now = new Date()): Incident {
  const started = new Date(now.getTime() - 25 * 60_000).toISOString();
  const updated = new Date(now.getTime() - 5 * 60_000).toISOString();
  return {
    id: 'graph:ex502279',
    source: 'graph',
    title: 'Users in Korea cannot send or receive email in Outlook',
    severity: 'outage',
    phase: 'investigating',
    services: ['exchange'],
    regions: ['korea'],
    startedAt: started,
    updatedAt: updated,
    summary: 'Users in Korea may be unable to send or receive email through any connection method.',
    updates: [{ at: updated, text: 'We are reviewing mailbox server logs to find the cause.' }],
  };
}

/** Schema 1, as the aggregator serves it: its own sources' state and the merged incidents. */
export function tenantDocument(now = new Date(), incidents: Incident[] = [tenantIncident(now)]): StatusDocument {
  const at = now.toISOString();
  return {
    schema: 1,
    generatedAt: at,
    sources: [
      { id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: at, ok: true },
      { id: 'graph', url: 'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues', fetchedAt: at, ok: true },
    ],
    incidents,
  };
}

export class AggregatorFixture {
  readonly log: AggregatorRequest[] = [];
  /** The document GET answers; rebuilt with a fresh generatedAt on every request when null. */
  document: StatusDocument | null = null;
  /** For the rebuilt document: its incidents (undefined: the tenant-only outage) and its crowd part, made at each request. */
  incidents: Incident[] | undefined = undefined;
  crowd: ((now: Date) => CrowdPart) | null = null;
  /** The extension origin allowed to read the answer (`chrome-extension://<id>`); null sends no CORS headers. */
  allowedOrigin: string | null = null;
  /** When set, GET needs `Authorization: Bearer <token>`. */
  token: string | null = null;
  private server: Server | null = null;
  port = 0;

  /** The host-resolver rule sending the made-up host to this server; put it before the catch-all rules. */
  rule(): string {
    return `MAP ${CORP_HOST} 127.0.0.1:${this.port}`;
  }

  /** The probe reports received (POST /v1/probes), parsed. */
  reports(): Record<string, unknown>[] {
    return this.log.filter((l) => l.method === 'POST' && l.path === CORP_PROBES_PATH).map((l) => JSON.parse(l.body ?? 'null'));
  }

  /** GET requests for the status document (preflights not counted). */
  statusReads(): AggregatorRequest[] {
    return this.log.filter((l) => l.method === 'GET' && l.path === CORP_STATUS_PATH);
  }

  private cors(origin: string | undefined): Record<string, string> {
    if (!this.allowedOrigin || origin !== this.allowedOrigin) return { vary: 'Origin' };
    return { vary: 'Origin', 'access-control-allow-origin': origin, 'access-control-expose-headers': 'ETag' };
  }

  private handle(req: IncomingMessage, body: string): { status: number; headers: Record<string, string>; body?: string } {
    const path = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    const origin = req.headers.origin;
    const authorization = req.headers.authorization;
    this.log.push({
      method,
      path,
      ...(origin ? { origin } : {}),
      ...(authorization ? { authorization } : {}),
      ...(method === 'POST' ? { body } : {}),
      at: Date.now(),
    });
    if (path === CORP_PROBES_PATH) return this.probes(method, origin, authorization, body);
    if (path !== CORP_STATUS_PATH) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
    if (method === 'OPTIONS') {
      if (!this.allowedOrigin || origin !== this.allowedOrigin) return { status: 403, headers: { vary: 'Origin' } };
      return {
        status: 204,
        headers: {
          vary: 'Origin',
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, HEAD, OPTIONS',
          'access-control-allow-headers': 'Authorization, If-None-Match, If-Modified-Since, Cache-Control',
          'access-control-max-age': '600',
        },
      };
    }
    const cors = this.cors(origin);
    if (this.token && authorization !== `Bearer ${this.token}`) {
      return {
        status: 401,
        headers: { ...cors, 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
        body: '{"error":"token required"}',
      };
    }
    const now = new Date();
    const served = JSON.stringify(
      this.document ?? { ...tenantDocument(now, this.incidents), ...(this.crowd ? { crowd: this.crowd(now) } : {}) },
    );
    return {
      status: 200,
      headers: { ...cors, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: served,
    };
  }

  /**
   * POST /v1/probes as the aggregator answers it: preflight for the allowed origin, the token, then 200 with
   * the site the report counts at (no network map here: its own site, else Unassigned).
   */
  private probes(method: string, origin: string | undefined, authorization: string | undefined, body: string) {
    if (!this.allowedOrigin || origin !== this.allowedOrigin) return { status: 403, headers: { vary: 'Origin' } };
    const cors = { vary: 'Origin', 'access-control-allow-origin': origin };
    if (method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'Authorization, Content-Type',
          'access-control-max-age': '600',
        },
      };
    }
    if (method !== 'POST') return { status: 405, headers: cors };
    if (this.token && authorization !== `Bearer ${this.token}`) return { status: 401, headers: cors };
    let site = 'Unassigned';
    try {
      site = (JSON.parse(body) as { site?: string }).site ?? site;
    } catch {}
    return {
      status: 200,
      headers: { ...cors, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: JSON.stringify({ site }),
    };
  }

  async start(): Promise<number> {
    this.server = createServer(makeCertificate(), (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = this.handle(req, Buffer.concat(chunks).toString('utf8'));
        res.writeHead(answer.status, answer.headers);
        res.end(req.method === 'HEAD' ? undefined : answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
