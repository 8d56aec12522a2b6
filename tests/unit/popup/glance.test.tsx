/**
 * The popup's first paint (src/popup/glance.ts, painted by boot.ts from the address the worker set): it looks
 * like the popup's own header line, and the popup replaces it with that header, in the same words.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glanceOf } from '../../../src/core/extension/tooltip';
import type { Glance } from '../../../src/core/extension/glance';
import { translator } from '../../../src/core/engine/i18n';
import { fixture } from '../../../harness/fixtures';
import { type Level, LEVELS, type Look } from '../../../src/core/extension/level';
import type { Reason } from '../../../src/core/extension/snapshot';
import { App } from '../../../src/popup/App';
import { GLANCE_ID, paintGlance } from '../../../src/popup/first-paint';
import { Header } from '../../../src/popup/Header';
import type { View } from '../../../src/popup/view';
import {
  byTestId,
  freshPopupEachTest,
  incident,
  iso,
  makeSnapshot,
  MIN,
  mount,
  probe,
  PUBLIC_SOURCE_IDS,
  sources,
  storeSnapshot,
  text,
} from './helpers';
import { localeResponse, mountPage, settle } from '../support/page';

const glance = (over: Partial<Glance> = {}): Glance => ({
  locale: 'en',
  level: 'outage',
  look: 'outage',
  levelWord: 'Outage',
  headline: 'Outlook (work or school) outage in Asia Pacific',
  checkedAt: iso(2 * MIN),
  pollMinutes: 5,
  ...over,
});

describe('the painted glance', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = '';
  });

  // Each level, and yellow from this network with its own look ("your network").
  const CASES: [Level, Reason | undefined, Look][] = [
    ...LEVELS.map((level): [Level, undefined, Look] => [level, undefined, level]),
    ['degraded', 'probe-unreachable', 'network'],
  ];
  it.each(CASES)("draws the level word and headline as the popup's header draws them (%s, %s)", (level, reason, look) => {
    const root = document.createElement('div');
    document.body.append(root);
    paintGlance(root, glance({ level, look, levelWord: `word ${look}`, headline: `headline ${level}` }));
    const painted = document.getElementById(GLANCE_ID)!;

    const header = document.createElement('div');
    const view = { t: (key: string) => (key === `popup_level_${look}` ? `word ${look}` : key), locale: 'en', now: Date.now() } as View;
    render(
      <Header
        view={view}
        level={level}
        reason={reason}
        headline={`headline ${level}`}
        snapshot={null}
        refresh="idle"
        onRefresh={() => {}}
      />,
      header,
    );

    expect(painted.className).toBe(header.querySelector('header')!.className);
    for (const part of ['[data-testid="level"]', 'h1']) {
      expect(painted.querySelector(part)!.outerHTML, part).toBe(header.querySelector(part)!.outerHTML);
    }
    // Before the app's root, which the app renders into and removes it from.
    expect(painted.nextElementSibling).toBe(root);
    // Busy until the popup has loaded and replaced it.
    expect(painted.getAttribute('aria-busy')).toBe('true');
  });

  it('puts text as text: markup in a headline is not parsed', () => {
    const root = document.createElement('div');
    document.body.append(root);
    paintGlance(root, glance({ headline: '<img src=x onerror=alert(1)>' }));
    const painted = document.getElementById(GLANCE_ID)!;
    expect(painted.querySelector('h1')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(painted.querySelector('img')).toBeNull();
  });

  it("sets the page's language", () => {
    const root = document.createElement('div');
    document.body.append(root);
    paintGlance(root, glance({ locale: 'ko', levelWord: '장애', headline: '아시아 태평양 지역 Outlook(회사·학교) 장애 발생' }));
    expect(document.documentElement.lang).toBe('ko');
  });
});

describe('the popup taking over from the glance', () => {
  freshPopupEachTest();

  it('keeps the glance while it loads, with no spinner of its own, then shows its header in its place, in the same words', async () => {
    await storeSnapshot(makeSnapshot({ incidents: [incident('apac', { services: ['exchange'], regions: ['asia-pacific'] })] }));
    // The dictionaries arrive only when let through: until then the popup is loading.
    const held: (() => void)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        await new Promise<void>((release) => held.push(release));
        return localeResponse(String(input))!;
      }),
    );
    const anchor = document.createElement('div');
    document.body.append(anchor);
    paintGlance(anchor, glance());
    const painted = document.getElementById(GLANCE_ID)!;

    const root = await mountPage(() => <App glance={painted} />);
    expect(painted.isConnected).toBe(true);
    expect(root.childElementCount).toBe(0);

    for (const release of held) release();
    await settle();
    expect(painted.isConnected).toBe(false);
    expect(document.querySelectorAll('[data-testid="headline"]')).toHaveLength(1);
    expect(text(byTestId(root, 'headline'))).toBe(glance().headline);
    expect(byTestId(root, 'level')?.getAttribute('data-level')).toBe('outage');
  });

  it.each([
    ['all clear', () => makeSnapshot()],
    ['an outage in the region', () => makeSnapshot({ incidents: [incident('apac')] })],
    ['a degradation worldwide', () => makeSnapshot({ incidents: [incident('g', { severity: 'degraded', regions: ['global'] })] })],
    ['probably the network', () => makeSnapshot({ probe: probe({ reachable: false, latencyMs: undefined, consecutiveProblems: 2 }) })],
    [
      'every source failing',
      () => makeSnapshot({ sources: sources(Object.fromEntries(PUBLIC_SOURCE_IDS.map((id) => [id, 'timed out after 10000 ms']))) }),
    ],
    ['offline', () => makeSnapshot({ online: false, probe: null })],
  ])("the worker's glance says what the popup's header then says: %s", async (_case, build) => {
    const snapshot = build();
    await storeSnapshot(snapshot);
    const root = await mount();
    const t = translator(JSON.parse(fixture('../../_locales/en/messages.json')));
    const lead = snapshot.document.incidents.find((i) => i.id === snapshot.assessment.headline);
    const words = glanceOf(snapshot, lead, 'en', t);
    expect(text(byTestId(root, 'level'))).toBe(words.levelWord);
    expect(text(byTestId(root, 'headline'))).toBe(words.headline);
    expect(byTestId(root, 'level')?.getAttribute('data-level')).toBe(words.level);
  });

  it('without a glance, the popup shows its own spinner while it loads', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    const root = await mountPage(() => <App />);
    expect(byTestId(root, 'loading')).not.toBeNull();
  });
});
