/**
 * Azure Functions (Node, programming model v4) entry: one anonymous HTTP function in front of the same
 * handler as Node, with the handler's own bearer check and CORS (no platform CORS, no function keys).
 * `aggregator/azure/host.json` empties the route prefix so the paths are /v1/status and /healthz, as
 * everywhere else. State lives in the instance's memory, as on Node: run one instance (see docs/aggregator.md).
 */
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { configFromEnv, type Env } from './config';
import { createAggregator, type AggregatorHandler } from './handler';
import { proxyAwareFetch } from './node';

let handler: AggregatorHandler | undefined;

function handlerFor(env: Env, context: InvocationContext): AggregatorHandler {
  handler ??= createAggregator(configFromEnv(env).config, {
    fetch: proxyAwareFetch(env),
    logger: { info: (line) => context.log(`aggregator: ${line}`), warn: (line) => context.warn(`aggregator: ${line}`) },
  });
  return handler;
}

/** The Functions request as a standard Request, the handler's answer as the Functions response. */
export async function serve(request: HttpRequest, context: InvocationContext, env: Env = process.env): Promise<HttpResponseInit> {
  const url = new URL(request.url);
  const standard = new Request(`http://localhost${url.pathname}${url.search}`, { method: request.method, headers: request.headers });
  const response = await handlerFor(env, context)(standard);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = request.method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers, ...(body ? { body } : {}) };
}

app.http('aggregator', {
  route: '{*path}',
  methods: ['GET', 'HEAD', 'OPTIONS'],
  authLevel: 'anonymous',
  handler: (request, context) => serve(request, context),
});
