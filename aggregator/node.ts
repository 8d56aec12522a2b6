/**
 * Node entry: `npm run aggregator`. A thin node:http adapter around the web-standard handler, and the only
 * place that reads the environment. Secrets (client secret, bearer token) are never printed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';
import { clientBehindProxies } from './client-address';
import { ConfigError, configFromEnv, type Env } from './config';
import { createAggregator, type AggregatorHandler, type Logger } from './handler';

/**
 * Request bodies are read only up to this many bytes (a report is at most 300); the handler's own limit
 * then applies. A bigger body is not buffered: the request gets a body that is too long by one byte.
 */
export const MAX_NODE_BODY_BYTES = 4096;

/**
 * The body of a POST, at most MAX_NODE_BODY_BYTES + 1 bytes of it (enough for the handler to refuse it). A
 * bigger body stops being read (the stream is paused, not destroyed: the answer still goes out on this
 * socket, and the rest is drained after it).
 */
export function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', stop);
      req.off('error', onError);
      req.pause();
      const all = Buffer.concat(chunks).subarray(0, MAX_NODE_BODY_BYTES + 1);
      const body = new Uint8Array(all.byteLength);
      body.set(all);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > MAX_NODE_BODY_BYTES) stop();
    };
    const onError = (e: Error) => {
      req.off('data', onData);
      req.off('end', stop);
      reject(e);
    };
    req.on('data', onData);
    req.once('end', stop);
    req.once('error', onError);
  });
}

/**
 * The client's address, IPv4-mapped IPv6 unwrapped; never stored. The socket's peer, or, when that is one of
 * `trustedProxies`, the right-most `X-Forwarded-For` entry that is not.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[] = []): string | undefined {
  const peer = req.socket.remoteAddress;
  const address = clientBehindProxies(
    peer?.startsWith('::ffff:') ? peer.slice(7) : peer,
    headerValue(req.headers['x-forwarded-for']),
    trustedProxies,
  );
  return address?.startsWith('::ffff:') ? address.slice(7) : address;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** IncomingMessage → Request; a body (POST only) is passed as read by readBody. */
export function toRequest(req: IncomingMessage, body?: Uint8Array<ArrayBuffer>): Request {
  // A fixed base: the Host header is the client's to choose and must not steer anything.
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  if (body) headers.delete('content-length');
  return new Request(url, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) });
}

/** Response → ServerResponse. */
export async function sendResponse(res: ServerResponse, response: Response, method: string | undefined): Promise<void> {
  const body = method === 'HEAD' || response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Node's own fetch ignores proxy variables, and an IT department's server usually reaches the internet
 * through a proxy: this one honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) from `env`.
 */
export function proxyAwareFetch(env: Env): typeof fetch {
  const pick = (name: string) => env[name] ?? env[name.toLowerCase()];
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: pick('HTTP_PROXY') ?? '',
    httpsProxy: pick('HTTPS_PROXY') ?? pick('HTTP_PROXY') ?? '',
    noProxy: pick('NO_PROXY') ?? '',
  });
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    })) as unknown as typeof fetch;
}

export const consoleLogger: Logger = {
  info: (line) => console.log(`${new Date().toISOString()} aggregator: ${line}`),
  warn: (line) => console.warn(`${new Date().toISOString()} aggregator: ${line}`),
};

export interface StartOptions {
  /** Environment to read (default process.env). */
  env?: Env;
  /** Upstream fetch (default: fetch through the proxy the environment names, if any). */
  fetch?: typeof fetch;
  logger?: Logger;
  now?: () => number;
  /** Refresh once before listening, so the first client gets data at once (default true). */
  warm?: boolean;
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  handler: AggregatorHandler;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const { port, host, config, trustedProxies } = configFromEnv(env);
  const logger = options.logger ?? consoleLogger;
  const handler = createAggregator(config, {
    fetch: options.fetch ?? proxyAwareFetch(env),
    logger,
    ...(options.now ? { now: options.now } : {}),
  });

  const server = createServer((req, res) => {
    const fail = (status: number, error: string) => {
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error }));
    };
    (async () => {
      // Before the body: the socket is the request's only while it is open.
      const address = clientAddress(req, trustedProxies);
      const body = req.method === 'POST' ? await readBody(req) : undefined;
      let request: Request;
      try {
        request = toRequest(req, body);
      } catch {
        // Methods a Request cannot carry (TRACE, CONNECT) and malformed targets.
        fail(400, 'bad request');
        return;
      }
      const response = await handler(request, address ? { address } : {});
      await sendResponse(res, response, req.method);
      // A body left unread (too big, or sent with a GET) must not keep the connection's parser busy.
      if (!req.readableEnded) req.resume();
    })().catch(() => fail(500, 'internal error'));
  });
  // Slow or idle clients must not hold sockets open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;

  if (options.warm !== false) await handler.refresh();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  logger.info(
    `listening on ${url}; sources: ${[...handler.polls.keys()].join(', ')}; ` +
      `token ${config.token ? 'required' : 'not required'}; ${config.allowedOrigins?.length ?? 0} allowed origin(s); ` +
      `refresh every ${config.intervalSeconds} s`,
  );
  return {
    server,
    url,
    handler,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (e) {
    // ConfigError messages name variables, never values.
    console.error(
      `aggregator: ${e instanceof ConfigError ? e.message : `could not start: ${(e as NodeJS.ErrnoException).code ?? 'error'}`}`,
    );
    process.exit(1);
  }
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
