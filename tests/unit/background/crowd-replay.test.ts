/**
 * 29 Oct 2025, replayed through the real check cycle with an organisation aggregator. COMPOSED from the
 * public record, not captured: Microsoft's Azure Front Door post says "Starting at approximately 16:00 UTC"
 * and the first Azure post we hold is from 16:57; the organisation's reports here begin failing at 16:05
 * (simulated: 40 browsers at two sites, reporting every 5 minutes, the aggregator counting a 5-minute
 * window). What a person sees: "possible outage, not yet confirmed" within two report intervals of 16:05,
 * and after 16:57 "confirmed by Microsoft — your organization saw it 52 minutes earlier".
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { crowdPart, FRONT_DOOR_29_OCT } from '../../../harness/crowd-office';
import { fixture } from '../../../harness/fixtures';
import { checkAt } from './replay';
import { translator } from '../../../src/core/engine/i18n';
import type { StatusDocument } from '../../../src/core/engine/model';
import { crowdSentence } from '../../../src/core/extension/describe';
import { applyPolicy, DEFAULT_SETTINGS } from '../../../src/core/extension/settings';

const STATUS = 'https://status.corp.example.test/v1/status';
const MIN = 60_000;
const REPORT_INTERVAL = 5 * MIN;
const FAILING_FROM = Date.parse('2025-10-29T16:05:00.000Z');
const FIRST_POST = '2025-10-29T16:57:00.000Z';
const settings = applyPolicy(DEFAULT_SETTINGS, {
  aggregatorUrl: STATUS,
  aggregatorToken: 'corp-token-0123456789',
  crowdSite: 'Seoul HQ',
}).settings;
const en = translator(JSON.parse(fixture('../../_locales/en/messages.json')));

/** What the aggregator serves at `now`: its window sees the failures once a window of reports has them. */
function served(now: number): StatusDocument {
  const at = new Date(now).toISOString();
  const failing = now - FAILING_FROM >= REPORT_INTERVAL;
  return {
    schema: 1,
    generatedAt: at,
    sources: [{ id: 'azure-rss', url: 'https://azure.status.microsoft/en-us/status/feed/', fetchedAt: at, ok: true }],
    incidents: at >= FIRST_POST ? [FRONT_DOOR_29_OCT] : [],
    crowd: crowdPart({
      at,
      since: new Date(FAILING_FROM).toISOString(),
      sites: [
        { site: 'Seoul HQ', browsers: 24, failing: failing ? 21 : 0 },
        { site: 'Busan', browsers: 16, failing: failing ? 13 : 0 },
      ],
    }),
  };
}

describe('29 Oct 2025 (composed), the organisation ahead of Microsoft', () => {
  beforeEach(() => fakeBrowser.reset());

  it('possible outage within two report intervals of 16:05; after 16:57 confirmed, 52 minutes earlier', async () => {
    const seen: ({ at: string } & Awaited<ReturnType<typeof checkAt>>)[] = [];
    for (let now = Date.parse('2025-10-29T16:00:00.000Z'); now <= Date.parse('2025-10-29T17:05:00.000Z'); now += REPORT_INTERVAL) {
      const network = (async (input: RequestInfo | URL) => {
        const url = String(input);
        if (url === STATUS) return new Response(JSON.stringify(served(now)), { headers: { 'content-type': 'application/json' } });
        // Front Door failing: this browser's own check of Outlook fails too, from 16:05.
        if (url.startsWith('https://outlook.office.com/')) return new Response(null, { status: now >= FAILING_FROM ? 504 : 302 });
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      const { snapshot, tooltip, notified } = await checkAt(now, network, settings, en);
      seen.push({ at: new Date(now).toISOString(), snapshot, tooltip, notified });
    }

    const firstWarning = seen.find((s) => s.snapshot.assessment.reason === 'crowd-everyone')!;
    expect(Date.parse(firstWarning.at) - FAILING_FROM).toBeLessThanOrEqual(2 * REPORT_INTERVAL);
    expect(firstWarning.snapshot.level).toBe('outage');
    expect(firstWarning.tooltip).toMatch(
      /^Possible Outlook outage — not yet confirmed by Microsoft\nPossible Microsoft outage, not yet confirmed: Outlook fails at 2 of 2 offices \(40 browsers\) since 4:05 PM/,
    );
    expect(firstWarning.notified.map((e) => e.kind)).toEqual(['crowd']);
    // Once per run: not again at the next check.
    expect(seen[seen.indexOf(firstWarning) + 1]!.notified).toEqual([]);

    const confirmed = seen.find((s) => s.at >= FIRST_POST)!;
    expect(confirmed.snapshot.assessment).toMatchObject({
      level: 'outage',
      reason: 'incident',
      crowd: { kind: 'confirmed', postedAt: FIRST_POST, crowdSince: '2025-10-29T16:05:00.000Z' },
    });
    expect(crowdSentence(confirmed.snapshot.assessment.crowd!, { t: en, locale: 'en', clock: { locale: 'en' }, now: 0 })).toBe(
      'Confirmed by Microsoft — your organization saw it 52 minutes before Microsoft posted.',
    );
    expect(confirmed.tooltip).toContain('your organization saw it 52 minutes before Microsoft posted');
    // The lead time stays with the event at the next check.
    expect(seen.at(-1)!.snapshot.assessment.crowd).toEqual(confirmed.snapshot.assessment.crowd);
    // Before the failures the crowd said nothing, and the icon was green.
    expect(seen[0]!.snapshot.level).toBe('ok');
  });
});
