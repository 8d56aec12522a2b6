import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatRelative, formatTime, formatTimeZoned } from '../../../src/core/engine/i18n';
import {
  allByTestId,
  byTestId,
  flush,
  incident,
  iso,
  makeSnapshot,
  MIN,
  mount,
  NOW,
  probe,
  PUBLIC_SOURCE_IDS,
  sources,
  storeSnapshot,
  text,
  freshPopupEachTest,
} from './helpers';
import { snapshotEntries } from '../../../src/background/snapshot-store';
import { KEYS } from '../../../src/platform/storage-keys';
import { LEVEL_SHAPES } from '../../../src/popup/level-icon';
import { confirmedForOutlook } from '../../../src/core/extension/assess';
import { DEFAULT_WATCHED_SERVICES } from '../../../src/core/engine/catalog';

const XSS = '<img src=x onerror=alert(1)>';
/** Characters that matter to HTML but are allowed in plain text: shown literally. */
const PUNCTUATION = `& "quoted" 'single'`;
const LONG_UPDATE =
  'Engineers identified a networking configuration change in the Asia Pacific region that is causing mail delivery delays ' +
  'and failed sign-ins for Outlook on the web. We are rolling back the change and will provide another update within 60 minutes.';

function apacOutage(title = `Exchange Online outage ${PUNCTUATION}`, unchecked = false) {
  return makeSnapshot({
    unchecked,
    incidents: [
      incident('global-degraded', {
        severity: 'degraded',
        services: ['m365'],
        regions: ['global'],
        title: 'Some users may see delays in Microsoft 365',
      }),
      incident('apac', {
        title,
        services: ['exchange', 'azure-networking'],
        regions: ['asia-pacific', 'korea'],
        phase: 'mitigating',
        updates: [
          { at: iso(10 * MIN), text: LONG_UPDATE },
          { at: iso(40 * MIN), text: 'Older update, only in the history' },
        ],
      }),
      incident('teams-eu', { services: ['teams'], regions: ['europe'], severity: 'degraded', title: 'Teams chat delays in Europe' }),
      incident('fixed', {
        phase: 'resolved',
        resolvedAt: iso(120 * MIN),
        title: 'Earlier Outlook sign-in problem',
      }),
    ],
  });
}

freshPopupEachTest();

describe('popup: an outage in Asia Pacific', () => {
  it('shows the red level with a shape, the headline naming service and region, and the verdict', async () => {
    await storeSnapshot(apacOutage());
    const root = await mount();

    const level = byTestId(root, 'level')!;
    expect(level.dataset.level).toBe('outage');
    expect(level.querySelector('svg')).not.toBeNull();
    expect(text(level)).toBe('Outage');
    expect(root.querySelector('header')!.className).toContain('lvl-outage');
    expect(text(byTestId(root, 'headline'))).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(byTestId(root, 'headline')!.tagName).toBe('H1');
    expect(root.querySelector('[aria-live="polite"]')!.contains(byTestId(root, 'headline'))).toBe(true);
    expect(byTestId(root, 'verdict')!.dataset.verdict).toBe('microsoft');
    const verdict = text(byTestId(root, 'verdict'));
    expect(verdict).toContain("Not your PC: it's on Microsoft's side");
    // The probe's answer is part of the verdict's one sentence, not a line of its own under the headline.
    expect(verdict).toContain("your connection to Outlook works, so the fault is on Microsoft's side");
    expect(verdict).toContain('No need to restart or reinstall anything');
    expect(byTestId(root, 'probe')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists the outage card first with chips, times, phase, link and the newest update as plain text', async () => {
    await storeSnapshot(apacOutage());
    const root = await mount();

    const cards = allByTestId(root, 'incident');
    expect(cards.map((c) => c.dataset.incidentId)).toEqual(['azure-rss:apac', 'azure-rss:global-degraded']);
    const card = cards[0]!;
    expect(card.tagName).toBe('ARTICLE');
    // The heading is ours, in the UI language; Microsoft's title is under "Microsoft's original".
    expect(text(card.querySelector('h3'))).toBe('Outlook (work or school) outage in Asia Pacific');
    expect(text(byTestId(card, 'original-title'))).toBe(`Exchange Online outage ${PUNCTUATION}`);
    expect(byTestId(card, 'original-title')!.lang).toBe('en');
    const chips = [...card.querySelectorAll('.chips li')].map((li) => li.textContent);
    expect(chips).toEqual(['Outlook (work or school)', 'Azure networking', 'Asia Pacific', 'Korea']);
    expect(text(byTestId(card, 'reading'))).toBe('Status Lens reads this as: Outage · Restoring service');
    const clock = { locale: 'en-US' };
    expect(text(byTestId(card, 'facts'))).toContain(`Since${formatTimeZoned(iso(60 * MIN), NOW, clock)} 1 h 0 min so far`);
    expect(text(byTestId(card, 'duration'))).toBe('1 h 0 min so far');
    expect(text(card)).toContain(`Last updated ${formatTime(iso(10 * MIN), NOW, clock)}`);
    expect(text(byTestId(card, 'update-text'))).toBe(LONG_UPDATE);
    expect(byTestId(card, 'update-text')!.lang).toBe('en');
    // Older updates are in the full history, collapsed, newest first, each with its source.
    const history = card.querySelector<HTMLDetailsElement>('details.history')!;
    expect(history.open).toBe(false);
    expect(text(history.querySelector('summary'))).toBe('All updates (2)');
    expect(allByTestId(history, 'history-item').map(text)).toEqual([
      `${formatTime(iso(10 * MIN), NOW, clock)} · Azure status feed${LONG_UPDATE}`,
      `${formatTime(iso(40 * MIN), NOW, clock)} · Azure status feedOlder update, only in the history`,
    ]);
    const link = card.querySelector('.link a')!;
    expect(link.getAttribute('href')).toBe('https://azure.status.microsoft/en-us/status/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('labels an incident from a source that cannot be read now as last known, and one Microsoft stopped listing as ending', async () => {
    await storeSnapshot(
      makeSnapshot({
        incidents: [incident('stale'), incident('gone', { services: ['outlook'], missingSince: iso(1 * MIN) })],
        sources: sources({ 'azure-rss': 'data is stale: built 40 minutes ago' }),
      }),
    );
    const root = await mount();
    const cards = allByTestId(root, 'incident');
    expect(cards.map((c) => !!byTestId(c, 'last-known'))).toEqual([true, true]);
    expect(cards.map((c) => !!byTestId(c, 'confirming-end'))).toEqual([false, true]);
    expect(text(byTestId(cards[0]!, 'last-known'))).toMatch(/^Last known/);
  });

  it('never renders markup from storage: a stored title with a tag in it is rejected whole, as the worker would', async () => {
    await storeSnapshot(apacOutage(`Exchange Online outage ${XSS}`, true));
    const root = await mount();
    expect(byTestId(root, 'invalid')).not.toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).not.toContain('Exchange Online outage');
  });

  it("drops a stored incident link outside Microsoft's hosts (damaged or foreign), and keeps the incident", async () => {
    const s = apacOutage();
    const apac = s.document.incidents.find((i) => i.id === 'azure-rss:apac')!;
    apac.url = 'https://azure.status.microsoft.evil.example/x';
    await storeSnapshot(s);
    const root = await mount();
    const card = allByTestId(root, 'incident')[0]!;
    expect(card.dataset.incidentId).toBe('azure-rss:apac');
    expect(card.querySelector('.link a')).toBeNull();
  });

  it('clamps a long update with a Show more / Show less button', async () => {
    await storeSnapshot(apacOutage());
    const root = await mount();
    const card = allByTestId(root, 'incident')[0]!;
    const update = byTestId(card, 'update-text')!;
    const more = card.querySelector<HTMLButtonElement>('button.more')!;
    expect(update.classList.contains('clamp')).toBe(true);
    expect(text(more)).toBe('Show more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(update.id);
    more.click();
    await flush();
    expect(update.classList.contains('clamp')).toBe(false);
    expect(text(more)).toBe('Show less');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    // A short update has nothing to expand.
    expect(allByTestId(root, 'incident')[1]!.querySelector('button.more')).toBeNull();
  });

  it('collapses other incidents under a details element and lists the recently resolved ones', async () => {
    await storeSnapshot(apacOutage());
    const root = await mount();
    const other = byTestId(root, 'incident-other')!;
    const details = other.closest('details')!;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Other active problems (1)');
    expect(details.querySelector('summary h1, summary h2, summary h3')).toBeNull();
    expect(other.dataset.incidentId).toBe('azure-rss:teams-eu');
    const resolved = allByTestId(root, 'incident-resolved');
    expect(resolved).toHaveLength(1);
    expect(text(resolved[0]!)).toContain('Earlier Outlook sign-in problem');
    expect(text(resolved[0]!)).toContain(`Resolved ${formatTime(iso(120 * MIN), NOW, { locale: 'en-US' })}`);
    expect(text(root)).toContain('Resolved in the last 24 hours');
  });
});

describe('popup opened from a notification (?incident=<id>)', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('brings the requested incident into view, opening the collapsed list it is in', async () => {
    history.replaceState(null, '', '/src/popup/index.html?incident=azure-rss%3Ateams-eu');
    await storeSnapshot(apacOutage());
    const root = await mount();
    const card = byTestId(root, 'incident-other')!;
    expect(card.closest('details')!.open).toBe(true);
    expect(card.classList.contains('requested')).toBe(true);
    expect(document.activeElement).toBe(card);
  });

  it('ignores an id it does not know', async () => {
    history.replaceState(null, '', '/src/popup/index.html?incident=nope%22%5D');
    await storeSnapshot(apacOutage());
    const root = await mount();
    expect(root.querySelector('.requested')).toBeNull();
  });
});

describe('popup: other states', () => {
  it('names the Outlook address the probe checked: the one the person uses', async () => {
    await storeSnapshot(makeSnapshot({ probe: probe({ host: 'outlook.cloud.microsoft' }) }));
    const root = await mount();
    expect(text(byTestId(root, 'verdict'))).toContain('Reachability checked from your network at outlook.cloud.microsoft');
  });

  it('every source switched off: says so and where to turn them back on, not a proxy and a list that is not there', async () => {
    await storeSnapshot(makeSnapshot({ sources: [], lastSuccessAgoMs: null }));
    const root = await mount();
    const verdict = text(byTestId(root, 'verdict'));
    expect(verdict).toContain('Every status source is switched off and no organization status service is set');
    expect(verdict).toContain('Settings → Advanced (for IT)');
    expect(verdict).toContain('your organization switched them off');
    expect(text(root)).not.toMatch(/see the list below|proxy/);
  });

  it('no source answered: the proxy or firewall, and the list of failing sources below', async () => {
    await storeSnapshot(makeSnapshot({ sources: sources(Object.fromEntries(PUBLIC_SOURCE_IDS.map((id) => [id, 'could not connect']))) }));
    const root = await mount();
    expect(text(byTestId(root, 'verdict'))).toContain('A proxy or firewall may be blocking them; see the list below.');
    expect(allByTestId(root, 'source-error')).toHaveLength(PUBLIC_SOURCE_IDS.length);
  });

  it('all clear: green, the verdict with the probe in it, checked time and the empty message', async () => {
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('ok');
    expect(text(byTestId(root, 'headline'))).toBe('No problems reported on your services');
    expect(byTestId(root, 'verdict')!.dataset.verdict).toBe('fine');
    expect(text(byTestId(root, 'verdict'))).toContain('Outlook looks fine');
    expect(text(byTestId(root, 'verdict'))).toContain('and Outlook answers from your network');
    expect(text(byTestId(root, 'checked'))).toBe(`Checked ${formatRelative(iso(2 * MIN), NOW, 'en')}`);
    expect(byTestId(root, 'coverage')).not.toBeNull();
    expect(text(byTestId(root, 'empty'))).toBe('No active problems on the services you watch');
    expect(allByTestId(root, 'incident')).toHaveLength(0);
    expect(allByTestId(root, 'source-error')).toHaveLength(0);
    expect(root.querySelector('header')).not.toBeNull();
    expect(root.querySelector('main')).not.toBeNull();
    expect(root.querySelector('footer')).not.toBeNull();
  });

  it('no answer from Outlook while Microsoft reports nothing: "your network", its own look, concrete steps and Copy for IT', async () => {
    await storeSnapshot(
      makeSnapshot({
        probe: probe({ reachable: false, latencyMs: undefined, error: 'timeout', outcome: 'timeout', consecutiveProblems: 2 }),
      }),
    );
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('degraded');
    expect(root.querySelector('[data-testid="level"] path')!.getAttribute('d')).toBe(LEVEL_SHAPES.network);
    expect(text(byTestId(root, 'level'))).toBe('Your network');
    expect(root.querySelector('header')!.className).toContain('lvl-degraded');
    expect(text(byTestId(root, 'headline'))).toBe("Outlook can't be reached from your network");
    const verdict = byTestId(root, 'verdict')!;
    expect(verdict.dataset.verdict).toBe('local');
    expect(text(verdict.querySelector('h2'))).toBe('Your network');
    expect(text(verdict)).toContain(
      "Microsoft reports no problem on the services you watch, but Outlook doesn't answer from your network.",
    );
    expect(text(verdict)).toMatch(/check your VPN or proxy first, then try another network/);
    expect(byTestId(root, 'copy')).not.toBeNull();
    // Reports are the organisation's choice: without its policy there is no button.
    expect(byTestId(root, 'report-manual')).toBeNull();
  });

  it('Outlook answering HTTP 503 while the status sites answer: Outlook\'s side, not yet posted — not "your network"', async () => {
    await storeSnapshot(
      makeSnapshot({
        probe: probe({ reachable: false, httpStatus: 503, error: 'answered HTTP 503', outcome: 'server-error', consecutiveProblems: 2 }),
      }),
    );
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('degraded');
    expect(root.querySelector('[data-testid="level"] path')!.getAttribute('d')).toBe(LEVEL_SHAPES.degraded);
    expect(text(byTestId(root, 'headline'))).toBe('Outlook answers with server errors');
    const verdict = byTestId(root, 'verdict')!;
    expect(verdict.dataset.verdict).toBe('server');
    expect(text(verdict.querySelector('h2'))).toBe('Outlook answers with server errors; Microsoft has not posted (yet)');
    expect(text(verdict)).toContain('(HTTP 503)');
    expect(text(verdict)).not.toMatch(/check your VPN/);
    expect(byTestId(root, 'copy')).not.toBeNull();
  });

  it('"your network" right after Microsoft resolved something says recovery may still be reaching you', async () => {
    const fixed = incident('fixed', { phase: 'resolved', resolvedAt: iso(5 * MIN) });
    await storeSnapshot(
      makeSnapshot({ incidents: [fixed], probe: probe({ reachable: false, latencyMs: undefined, consecutiveProblems: 2 }) }),
    );
    const root = await mount();
    expect(text(byTestId(root, 'verdict'))).toContain(
      `Microsoft resolved a problem at ${formatTime(iso(5 * MIN), NOW, { locale: 'en-US' })}; recovery may still be reaching you.`,
    );
  });

  it('probe slow: local verdict and the latency in seconds', async () => {
    await storeSnapshot(makeSnapshot({ probe: probe({ slow: true, latencyMs: 4200, consecutiveProblems: 2 }) }));
    const root = await mount();
    expect(byTestId(root, 'verdict')!.dataset.verdict).toBe('local');
    expect(byTestId(root, 'verdict')!.dataset.reason).toBe('probe-slow');
    expect(text(byTestId(root, 'verdict'))).toContain('Outlook is slow from your network (4.2 s).');
  });

  it('a single failed probe is not green yet: it says it is checking again', async () => {
    await storeSnapshot(makeSnapshot({ probe: probe({ reachable: false, latencyMs: undefined, consecutiveProblems: 1 }) }));
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'verdict'))).toContain("Outlook didn't answer from your network once; checking again in a few seconds.");
  });

  it('a stale snapshot is grey with the stale headline, even when it held an outage', async () => {
    const old = apacOutage();
    old.checkedAt = iso(20 * MIN);
    old.lastSuccessAt = iso(20 * MIN);
    await storeSnapshot(old);
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'headline'))).toBe("Can't tell: status is out of date");
    const verdict = byTestId(root, 'verdict')!;
    expect(verdict.dataset.verdict).toBe('unknown');
    expect(verdict.dataset.reason).toBe('stale');
    expect(text(verdict)).toContain(`The last check was ${formatRelative(iso(20 * MIN), NOW, 'en')}`);
  });

  it('no snapshot yet: the first-check message and a refresh button', async () => {
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'headline'))).toBe('Checking for the first time…');
    expect(byTestId(root, 'first-check')).not.toBeNull();
    expect(byTestId(root, 'refresh')!.tagName).toBe('BUTTON');
    expect(byTestId(root, 'coverage')).not.toBeNull();
  });

  it('an unreadable stored value shows an error state instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.heartbeat]: { level: 'ok' } });
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'headline'))).toBe("The saved status couldn't be read");
    expect(byTestId(root, 'invalid')).not.toBeNull();
  });

  type Parts = { heartbeat: Record<string, unknown>; status: Record<string, unknown> & { assessment: object }; banner: unknown };
  it.each<[string, (p: Parts) => Record<string, unknown>]>([
    [
      'an older status without the other/resolved lists',
      (p) => ({ ...p, status: { ...p.status, assessment: { ...p.status.assessment, other: undefined, recentlyResolved: undefined } } }),
    ],
    ['an unreadable check time', (p) => ({ ...p, heartbeat: { ...p.heartbeat, checkedAt: 'yesterday' } })],
    [
      'a check stamped a year ahead',
      (p) => ({ ...p, heartbeat: { ...p.heartbeat, checkedAt: new Date(NOW + 365 * 86_400_000).toISOString() } }),
    ],
    ['a null source entry', (p) => ({ ...p, status: { ...p.status, sources: [null] } })],
    [
      'an incident with an unreadable start',
      (p) => ({ ...p, status: { ...p.status, incidents: [{ ...incident('x'), startedAt: '2020-01-01T00:00:00+09' }] } }),
    ],
    ['a status without its heartbeat', ({ heartbeat: _missing, ...p }) => p],
  ])('%s shows "couldn\'t be read", with the footer and refresh still there', async (_name, damage) => {
    await fakeBrowser.storage.local.set(damage(snapshotEntries(apacOutage()) as Parts));
    const root = await mount();
    expect(byTestId(root, 'invalid')).not.toBeNull();
    expect(byTestId(root, 'refresh')).not.toBeNull();
    expect(root.querySelector('footer')).not.toBeNull();
  });

  it('offline: grey, with the offline reason', async () => {
    await storeSnapshot(
      makeSnapshot({
        online: false,
        sources: sources({ 'azure-rss': 'offline', 'm365-consumer': 'offline', 'azure-summary': 'offline', 'admin-center': 'offline' }),
        lastSuccessAgoMs: 90 * MIN,
        probe: null,
      }),
    );
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'headline'))).toBe("Can't tell: you're offline");
    expect(byTestId(root, 'verdict')!.dataset.reason).toBe('offline');
    expect(text(byTestId(root, 'verdict'))).toContain('Your browser is offline');
    expect(text(byTestId(root, 'checked'))).toContain(`last successful check ${formatRelative(iso(90 * MIN), NOW, 'en')}`);
    expect(byTestId(root, 'empty')).toBeNull();
  });

  it('failing sources are named with their error in the UI language; partial data is "can\'t tell"', async () => {
    await storeSnapshot(
      makeSnapshot({ sources: sources({ 'm365-consumer': 'answered HTTP 503', 'azure-summary': 'SyntaxError: JSON at 3' }) }),
    );
    const root = await mount();
    expect(byTestId(root, 'verdict')!.dataset.reason).toBe('partial-data');
    const errors = allByTestId(root, 'source-error');
    expect(errors.map(text)).toEqual([
      'Microsoft 365 status (personal accounts): answered HTTP 503',
      "Azure status summary: answer couldn't be read",
    ]);
    // The worker's own words stay reachable for IT, in the tooltip.
    expect(errors[1]!.title).toBe('SyntaxError: JSON at 3');
    expect(text(byTestId(root, 'coverage'))).toMatch(/^Some problems are posted by Microsoft only to your organization's admins/);
  });

  it('with an organisation aggregator the coverage note is not shown', async () => {
    await storeSnapshot(makeSnapshot({ sources: sources({}, ['aggregator']) }));
    const root = await mount();
    expect(byTestId(root, 'coverage')).toBeNull();
    expect(byTestId(root, 'level')!.dataset.level).toBe('ok');
  });

  it('links to the official status pages and Service health from the header, and opens the settings', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    const pages = byTestId(root, 'status-pages')!;
    expect(pages.closest('header')).not.toBeNull();
    const hrefs = [...pages.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://status.cloud.microsoft/',
      'https://azure.status.microsoft/en-us/status/',
      'https://admin.microsoft.com/Adminportal/Home#/servicehealth',
    ]);
    const footer = root.querySelector('footer')!;
    const settings = [...footer.querySelectorAll('button')].find((b) => text(b) === 'Settings')!;
    settings.click();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe("popup: the organisation's answer about Outlook beside Microsoft's post", () => {
  const failing = probe({
    reachable: false,
    httpStatus: undefined,
    error: 'no answer within 10 s',
    outcome: 'timeout',
    consecutiveProblems: 2,
  });
  const justYou = { kind: 'just-you', site: 'Seoul HQ', working: 41 } as const;

  it.each([
    ['an advisory on Outlook', incident('adv', { severity: 'advisory', services: ['exchange'], regions: ['korea'] })],
    ['an incident on another watched service', incident('teams', { severity: 'outage', services: ['teams'], regions: ['korea'] })],
  ])('"just you" with %s: one story, the network, with Microsoft\'s post as a separate fact', async (_, posted) => {
    const watch = { services: [...DEFAULT_WATCHED_SERVICES, 'teams' as const], regions: ['korea' as const] };
    const snap = makeSnapshot({ incidents: [posted], probe: failing, crowd: justYou, watch });
    // The worker gives "just you" only when Microsoft confirms nothing on Outlook's own services.
    expect(confirmedForOutlook(snap.document, watch, 'business')).toBeUndefined();
    await storeSnapshot(snap);
    const root = await mount();
    const verdict = byTestId(root, 'verdict')!;
    expect(verdict.dataset.verdict).toBe('local');
    expect(text(verdict.querySelector('h2'))).toBe('Just you');
    expect(text(verdict)).toContain('Outlook works for 41 other browsers at Seoul HQ');
    expect(text(verdict)).toContain('Microsoft also reports an issue on a service you watch (below), but Outlook works for others');
    expect(text(verdict)).not.toMatch(/No need to restart|that is also why|Not your PC/);
    expect(byTestId(verdict, 'copy')).not.toBeNull();
  });

  it('"your office" with an advisory on Outlook: the office network, without the single-browser advice', async () => {
    const incidents = [incident('adv', { severity: 'advisory', services: ['exchange'], regions: ['korea'] })];
    const office = { kind: 'your-office', site: 'Seoul HQ', failingShare: 0.8, reporters: 20, otherSitesFine: 3 } as const;
    await storeSnapshot(makeSnapshot({ incidents, probe: failing, crowd: office }));
    const root = await mount();
    const verdict = byTestId(root, 'verdict')!;
    expect(text(verdict.querySelector('h2'))).toBe('Your office');
    expect(text(verdict)).toContain('Microsoft also reports an issue');
    expect(text(verdict)).not.toMatch(/No need to restart|check your VPN or proxy first/);
  });
});
