/**
 * Azure Functions (Node, programming model v4) entry: one anonymous HTTP function in front of the same
 * handler as Node, with the handler's own bearer check and CORS (no platform CORS, no function keys).
 * `aggregator/azure/host.json` empties the route prefix so the paths are /v1/status and /healthz, as
 * everywhere else. State lives in the instance's memory, as on Node: run one instance (see docs/aggregator.md).
 */
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { configFromEnv, type Env } from './config';
import { createAggregator, type AggregatorHandler, type Logger } from './handler';
import { lastForwarded } from './client-address';
import { proxyAwareFetch } from './node';

let handler: AggregatorHandler | undefined;
/**
 * The invocation whose request is being answered: a refresh logs through it, never through one that has
 * completed (the host refuses that). Between invocations, lines go to the console, which the host collects.
 */
let active: InvocationContext | undefined;

const invocationLogger: Logger = {
  info: (line) => (active ? active.log(`aggregator: ${line}`) : console.log(`aggregator: ${line}`)),
  warn: (line) => (active ? active.warn(`aggregator: ${line}`) : console.warn(`aggregator: ${line}`)),
};

function handlerFor(env: Env): AggregatorHandler {
  handler ??= createAggregator(configFromEnv(env).config, { fetch: proxyAwareFetch(env), logger: invocationLogger });
  return handler;
}

/** A report is at most MAX_REPORT_BYTES; this much is read of any body, so the handler can refuse a bigger one. */
const MAX_BODY_BYTES = 4096;

async function boundedBody(request: HttpRequest): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.method !== 'POST' || !request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size <= MAX_BODY_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  const body = new Uint8Array(Math.min(size, MAX_BODY_BYTES + 1));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, body.byteLength - at);
    body.set(part, at);
    at += part.byteLength;
  }
  return body;
}

/**
 * App Service's front end appends the address it saw to whatever `X-Forwarded-For` the client sent
 * ("192.0.2.1, 203.0.113.7:51234"): the right-most entry is the client's, the rest is the client's to write.
 * (The front end's `client-ip` header carries the same address, but it is documented for App Service on Linux
 * only; where it is not set, a client could send its own.)
 */
function forwardedAddress(request: HttpRequest): string | undefined {
  return lastForwarded(request.headers.get('x-forwarded-for'));
}

/** The Functions request as a standard Request, the handler's answer as the Functions response. */
export async function serve(request: HttpRequest, context: InvocationContext, env: Env = process.env): Promise<HttpResponseInit> {
  const url = new URL(request.url);
  const body = await boundedBody(request);
  const headers = new Headers(request.headers);
  if (body) headers.delete('content-length');
  const standard = new Request(`http://localhost${url.pathname}${url.search}`, {
    method: request.method,
    headers,
    ...(body ? { body } : {}),
  });
  active = context;
  let response: Response;
  try {
    const address = forwardedAddress(request);
    response = await handlerFor(env)(standard, address ? { address } : {});
  } finally {
    if (active === context) active = undefined;
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const answer = request.method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: out, ...(answer ? { body: answer } : {}) };
}

app.http('aggregator', {
  route: '{*path}',
  methods: ['GET', 'HEAD', 'OPTIONS', 'POST'],
  authLevel: 'anonymous',
  handler: (request, context) => serve(request, context),
});
