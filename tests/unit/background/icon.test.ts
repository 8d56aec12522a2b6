/** The toolbar button: the level's look, and the popup's address carrying the glance (core/extension/glance.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintToolbar } from '../../../src/background/icon';
import { type Glance, readGlance } from '../../../src/core/extension/glance';

const NOW = Date.parse('2026-03-10T03:00:00.000Z');
const glance: Glance = {
  locale: 'en',
  level: 'outage',
  look: 'outage',
  levelWord: 'Outage',
  headline: 'Outlook (work or school) outage in Asia Pacific',
  checkedAt: new Date(NOW - 60_000).toISOString(),
  pollMinutes: 1,
};

/** The part of the extension API the toolbar uses, recording what it is asked; setPopup fails when told to. */
function stubBrowser(failingPopups: (popup: string) => boolean = () => false) {
  const popups: string[] = [];
  const titles: string[] = [];
  const done = async () => {};
  vi.stubGlobal('browser', {
    runtime: {
      getURL: (path: string) => `chrome-extension://id/${path}`,
      getManifest: () => ({ action: { default_popup: 'src/popup/index.html' } }),
    },
    action: {
      setIcon: done,
      setBadgeText: done,
      setBadgeBackgroundColor: done,
      setBadgeTextColor: done,
      setTitle: async ({ title }: { title: string }) => void titles.push(title),
      setPopup: async ({ popup }: { popup: string }) => {
        if (failingPopups(popup)) throw new Error('refused');
        popups.push(popup);
      },
    },
  });
  return { popups, titles };
}

describe('paintToolbar', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("opens the popup at the manifest's page with the glance in its address", async () => {
    const { popups, titles } = stubBrowser();
    await paintToolbar('outage', 'tooltip', glance);
    expect(titles).toEqual(['tooltip']);
    expect(popups).toHaveLength(1);
    const [page, query] = popups[0]!.split('?');
    expect(page).toBe('src/popup/index.html');
    expect(readGlance(`?${query}`, NOW)).toEqual(glance);
  });

  it('without a glance (a check that failed), the popup opens bare: no older glance is left behind', async () => {
    const { popups } = stubBrowser();
    await paintToolbar('unknown', 'check failed');
    expect(popups).toEqual(['src/popup/index.html']);
  });

  it('a browser that refuses the address gets the bare page, and the check goes on', async () => {
    const { popups } = stubBrowser((popup) => popup.includes('?'));
    await expect(paintToolbar('outage', 'tooltip', glance)).resolves.toBeUndefined();
    expect(popups).toEqual(['src/popup/index.html']);
  });
});
