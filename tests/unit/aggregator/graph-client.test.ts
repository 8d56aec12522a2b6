// @vitest-environment node
/** The Graph client against a fake token endpoint and a fake Graph: client credentials, token cache, paging. */
import { describe, expect, it } from 'vitest';
import { createGraphClient, GraphError } from '../../../aggregator/graph-client';
import { parseGraphIssues } from '../../../src/core/engine/sources/graph';
import { fixture } from '../../../harness/fixtures';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  fakeClock,
  fakeUpstream,
  graphSettings,
  issuesEndpoint,
  ISSUES_URL,
  jsonBody,
  T0,
  TENANT,
  tokenEndpoint,
  TOKEN_URL,
  type Route,
} from './support';

function setup(
  routes: Record<string, Route> = {},
  settings: Partial<ReturnType<typeof graphSettings>> & Record<string, unknown> = {},
  expiresIn = 3599,
) {
  const token = tokenEndpoint(expiresIn);
  const upstream = fakeUpstream({ [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token), ...routes });
  const clock = fakeClock();
  const client = createGraphClient({ ...graphSettings(), ...settings }, { fetch: upstream.fetch, now: clock.now });
  return { client, upstream, clock, token };
}

/** The fixture's three issues spread over three pages linked by @odata.nextLink. */
function pagedIssues(base = 'https://graph.microsoft.com'): unknown[] {
  const [a, b, c] = (JSON.parse(fixture('graph-issues.json')) as { value: unknown[] }).value;
  const link = (skip: number) => `${base}/v1.0/admin/serviceAnnouncement/issues?$skip=${skip}`;
  return [
    { '@odata.context': 'x', '@odata.nextLink': link(1), value: [a] },
    { '@odata.context': 'x', '@odata.nextLink': link(2), value: [b] },
    { '@odata.context': 'x', value: [c] },
  ];
}

describe('client-credentials token', () => {
  it('posts the client-credentials form to the tenant token endpoint and sends the token to Graph', async () => {
    const { client, upstream, token } = setup();
    await client.fetchIssuePages();
    const [tokenCall, issuesCall] = upstream.calls;
    expect(tokenCall!.url).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`);
    expect(tokenCall!.method).toBe('POST');
    expect(tokenCall!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(tokenCall!.body))).toEqual({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    expect(issuesCall!.url).toBe(ISSUES_URL);
    expect(issuesCall!.headers.get('authorization')).toBe(`Bearer ${token.issued[0]}`);
    expect(issuesCall!.headers.get('accept')).toBe('application/json');
  });

  it('reuses the token and renews it five minutes before it expires', async () => {
    const { client, clock, token } = setup();
    await client.fetchIssuePages();
    expect(client.tokenRefreshAt()).toBe(T0 + 3599_000 - 300_000);
    clock.advance(3599 - 301);
    await client.fetchIssuePages();
    expect(token.issued).toHaveLength(1);
    clock.advance(1);
    await client.fetchIssuePages();
    expect(token.issued).toHaveLength(2);
  });

  it('renews a short-lived token at half its life', async () => {
    const { client, clock, token } = setup({}, {}, 120);
    await client.fetchIssuePages();
    clock.advance(59);
    await client.fetchIssuePages();
    expect(token.issued).toHaveLength(1);
    clock.advance(1);
    await client.fetchIssuePages();
    expect(token.issued).toHaveLength(2);
  });

  it('asks for one token however many walks start at once', async () => {
    const { client, token } = setup();
    await Promise.all([client.fetchIssuePages(), client.fetchIssuePages(), client.fetchIssuePages()]);
    expect(token.issued).toHaveLength(1);
  });

  it('gets a new token once when Graph refuses the cached one, then carries on', async () => {
    const token = tokenEndpoint();
    let revoked = true;
    const issues = issuesEndpoint(token);
    const { client, upstream } = setup({
      [TOKEN_URL]: token.route,
      [ISSUES_URL]: (call) => {
        if (revoked && call.headers.get('authorization') === `Bearer ${token.issued[0]}`)
          return jsonBody({ error: { code: 'InvalidAuthenticationToken' } }, 401);
        return issues(call);
      },
    });
    const pages = await client.fetchIssuePages();
    expect(token.issued).toHaveLength(2);
    expect(upstream.count(ISSUES_URL)).toBe(2);
    expect(parseGraphIssues(pages, '2023-01-25T08:15:00Z').incidents).toHaveLength(3);
    revoked = false;
  });

  it('gives up after one retry when Graph keeps refusing', async () => {
    const { client, token } = setup({ [ISSUES_URL]: () => jsonBody({ error: { code: 'InvalidAuthenticationToken' } }, 401) });
    await expect(client.fetchIssuePages()).rejects.toThrow('Graph answered HTTP 401: the access token was refused');
    expect(token.issued).toHaveLength(2);
  });

  it.each([
    [
      { clientSecret: 'wrong' },
      {},
      'token request answered HTTP 401 (invalid_client, AADSTS7000215): the client id or secret is wrong, or the secret has expired',
    ],
    [{}, { [TOKEN_URL]: () => jsonBody({ token_type: 'Bearer', expires_in: 3599 }) }, 'token response has no usable access_token'],
    [
      {},
      { [TOKEN_URL]: () => jsonBody({ token_type: 'Bearer', access_token: 'abc\r\nX-Evil: 1', expires_in: 3599 }) },
      'token response has no usable access_token',
    ],
    [
      {},
      { [TOKEN_URL]: () => jsonBody({ token_type: 'Bearer', access_token: 'a-valid-looking-token', expires_in: 'soon' }) },
      'token response has no usable expires_in',
    ],
    [
      {},
      { [TOKEN_URL]: () => jsonBody({ token_type: 'pop', access_token: 'a-valid-looking-token', expires_in: 3599 }) },
      'token response is not a bearer token',
    ],
    [{}, { [TOKEN_URL]: () => new Response('<html>proxy</html>', { status: 200 }) }, 'token response is not JSON'],
    [{}, { [TOKEN_URL]: () => Promise.reject(new TypeError(`connect ECONNREFUSED ${CLIENT_SECRET}`)) }, 'token request could not connect'],
  ])('reports a token failure as a GraphError without the secret (%#)', async (settings, routes, message) => {
    const { client } = setup(routes, settings);
    const error = await client.fetchIssuePages().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as Error).message).toBe(message);
    expect((error as Error).message).not.toContain(CLIENT_SECRET);
  });

  it('explains a 403: the application permission or its admin consent is missing', async () => {
    const { client } = setup({ [ISSUES_URL]: () => jsonBody({ error: { code: 'Forbidden' } }, 403) });
    await expect(client.fetchIssuePages()).rejects.toThrow(
      'Graph answered HTTP 403: the app needs the ServiceHealth.Read.All application permission with admin consent',
    );
  });

  it('uses configurable authority and Graph URLs (national clouds, local fakes)', async () => {
    const token = tokenEndpoint();
    const upstream = fakeUpstream({
      [`http://127.0.0.1:9/login/${TENANT}/oauth2/v2.0/token`]: token.route,
      'http://127.0.0.1:9/graph/v1.0/admin/serviceAnnouncement/issues': issuesEndpoint(token),
    });
    const client = createGraphClient(
      { ...graphSettings(), authorityUrl: 'http://127.0.0.1:9/login/', graphUrl: 'http://127.0.0.1:9/graph' },
      { fetch: upstream.fetch, now: fakeClock().now },
    );
    expect(client.issuesUrl).toBe('http://127.0.0.1:9/graph/v1.0/admin/serviceAnnouncement/issues');
    expect(await client.fetchIssuePages()).toHaveLength(1);
  });
});

describe('@odata.nextLink paging', () => {
  it('follows nextLink to the last page, with the bearer token on every page', async () => {
    const token = tokenEndpoint();
    const { client, upstream } = setup({ [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token, pagedIssues()) });
    const pages = await client.fetchIssuePages();
    expect(pages).toHaveLength(3);
    const graphCalls = upstream.calls.filter((c) => c.url.startsWith(ISSUES_URL));
    expect(graphCalls.map((c) => c.url)).toEqual([ISSUES_URL, `${ISSUES_URL}?$skip=1`, `${ISSUES_URL}?$skip=2`]);
    expect(graphCalls.every((c) => c.headers.get('authorization') === `Bearer ${token.issued[0]}`)).toBe(true);
    expect(
      parseGraphIssues(pages, '2023-01-25T08:15:00Z')
        .incidents.map((i) => i.id)
        .sort(),
    ).toEqual(['graph:ex502279', 'graph:mo502273', 'graph:pb502140']);
  });

  it('stops at the page limit with an error rather than walking forever', async () => {
    const token = tokenEndpoint();
    const { client, upstream } = setup({ [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token, pagedIssues()) }, { maxPages: 2 });
    await expect(client.fetchIssuePages()).rejects.toThrow('more than 2 pages of issues');
    expect(upstream.count(ISSUES_URL)).toBe(2);
  });

  it('never sends the token to a nextLink on another host', async () => {
    const token = tokenEndpoint();
    const pages = pagedIssues('https://graph.evil.example');
    const { client, upstream } = setup({ [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token, pages) });
    await expect(client.fetchIssuePages()).rejects.toThrow('@odata.nextLink points away from Graph; not followed');
    expect(upstream.calls.some((c) => c.url.includes('evil'))).toBe(false);
  });

  it('detects a nextLink that loops back', async () => {
    const token = tokenEndpoint();
    const loop = [{ '@odata.nextLink': ISSUES_URL, value: [] }];
    const { client, upstream } = setup({ [TOKEN_URL]: token.route, [ISSUES_URL]: issuesEndpoint(token, loop) });
    await expect(client.fetchIssuePages()).rejects.toThrow('Graph paging loops back on itself');
    expect(upstream.count(ISSUES_URL)).toBe(1);
  });

  it('rejects a page that is not JSON', async () => {
    const { client } = setup({ [ISSUES_URL]: () => new Response('{oops', { headers: { 'content-type': 'application/json' } }) });
    await expect(client.fetchIssuePages()).rejects.toThrow('a page of issues is not valid JSON');
  });
});

describe('redirects, sizes and deadlines', () => {
  it('refuses a token endpoint that redirects, without following it', async () => {
    const { client, upstream } = setup({
      [TOKEN_URL]: () => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/steal' } }),
    });
    await expect(client.fetchIssuePages()).rejects.toThrow('token request answered a redirect (HTTP 302), which is not followed');
    expect(upstream.calls[0]!.url).toBe(TOKEN_URL);
    expect(upstream.calls).toHaveLength(1);
  });

  it('refuses a Graph page that redirects to another origin: never read as Graph data', async () => {
    const { client, upstream } = setup({
      [ISSUES_URL]: () => new Response(null, { status: 307, headers: { location: 'https://evil.example/issues' } }),
    });
    await expect(client.fetchIssuePages()).rejects.toThrow(/Graph answered a redirect \(HTTP 307\), which is not followed/);
    expect(upstream.calls.every((c) => !c.url.includes('evil.example'))).toBe(true);
  });

  it('reads the token response through the streamed cap, even with no Content-Length', async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            controller.enqueue(new TextEncoder().encode('x'.repeat(16 * 1024)));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const { client } = setup({ [TOKEN_URL]: endless });
    await expect(client.fetchIssuePages()).rejects.toThrow('token response too large');
    expect(pulled).toBeLessThan(10);
  });

  it('stops walking pages once the refresh deadline has passed', async () => {
    const { client } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(client.fetchIssuePages(controller.signal)).rejects.toThrow('stopped: the refresh deadline passed');
  });
});
