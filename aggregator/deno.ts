/**
 * Deno (and Deno Deploy) entry: `deno serve --allow-net --allow-env --allow-read aggregator/deno.ts`.
 * The same runtime-neutral handler as Node, state in the process's memory; variables from Deno.env.
 * Deno resolves this tree's extensionless imports through the repository's tsconfig (moduleResolution: bundler).
 */
import { clientBehindProxies } from './client-address';
import { configFromEnv } from './config';
import { createAggregator } from './handler';

declare const Deno: { env: { toObject(): Record<string, string> } };

const { config, trustedProxies } = configFromEnv(Deno.env.toObject());
const handler = createAggregator(config, {
  // Called detached: some runtimes reject fetch with a foreign `this`.
  fetch: (input, init) => fetch(input, init),
  logger: { info: (line) => console.log(`aggregator: ${line}`), warn: (line) => console.warn(`aggregator: ${line}`) },
});

export default {
  fetch: (request: Request, info: { remoteAddr?: { hostname?: string } }) =>
    handler(request, {
      address: clientBehindProxies(info?.remoteAddr?.hostname, request.headers.get('x-forwarded-for'), trustedProxies),
    }),
};
