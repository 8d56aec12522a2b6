/** The page follows storage: settings changed in another window, and the organisation's policy arriving or going. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import {
  byTestId,
  click,
  expectedDefaults,
  input,
  mount,
  setPolicy,
  settle,
  storedSettings,
  storeSettings,
  text,
  typeAndCommit,
  unmount,
  CORP,
  freshPageEachTest,
} from './helpers';

freshPageEachTest();

describe('options: live updates', () => {
  it('shows settings changed elsewhere (another window or device)', async () => {
    const root = await mount();
    await storeSettings({ ...expectedDefaults('en-US'), pollMinutes: 30, watchedRegions: ['europe'], aggregatorUrl: CORP });
    await settle();
    expect(input(root, 'poll-minutes').value).toBe('30');
    expect(input(root, 'region-europe').checked).toBe(true);
    expect(input(root, 'aggregator-url').value).toBe(CORP);
    // Nothing was written back.
    expect((await storedSettings())!.pollMinutes).toBe(30);
  });

  it('switches language when it is changed elsewhere', async () => {
    const root = await mount();
    expect(text(root.querySelector('h2'))).toBe('What to watch');
    await storeSettings({ ...expectedDefaults('en-US'), language: 'ko' });
    await settle();
    expect(document.documentElement.lang).toBe('ko');
    expect(text(root.querySelector('h2'))).toBe('확인할 항목');
  });

  it('locks a field when a policy arrives and unlocks it when the policy goes', async () => {
    await storeSettings({ ...expectedDefaults('en-US'), pollMinutes: 20 });
    const root = await mount();
    expect(input(root, 'aggregator-url').disabled).toBe(false);

    await setPolicy({ aggregatorUrl: CORP, pollMinutes: 3 });
    await settle();
    expect(input(root, 'aggregator-url').disabled).toBe(true);
    expect(input(root, 'aggregator-url').value).toBe(CORP);
    expect(byTestId(root, 'aggregator-locked')).not.toBeNull();
    expect(input(root, 'poll-minutes').value).toBe('3');

    // An edit elsewhere on the page keeps the user's own values for the locked fields.
    await click(input(root, 'banner-teams'));
    expect(await storedSettings()).toMatchObject({
      aggregatorUrl: null,
      pollMinutes: 20,
      bannerApps: ['outlook-business', 'outlook-consumer', 'm365'],
    });

    await fakeBrowser.storage.managed.clear();
    await settle();
    expect(input(root, 'aggregator-url').disabled).toBe(false);
    expect(input(root, 'aggregator-url').value).toBe('');
    expect(byTestId(root, 'aggregator-locked')).toBeNull();
    expect(input(root, 'poll-minutes').value).toBe('20');
  });

  it('keeps a half-typed invalid address when something else changes', async () => {
    const root = await mount();
    await typeAndCommit(input(root, 'aggregator-url'), 'http://example.com');
    await click(input(root, 'banner-teams'));
    expect(input(root, 'aggregator-url').value).toBe('http://example.com');
    expect(byTestId(root, 'aggregator-error')).not.toBeNull();
    expect((await storedSettings())!.aggregatorUrl).toBeNull();
  });

  it('stops listening when closed', async () => {
    await mount();
    await unmount();
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await storeSettings({ ...expectedDefaults('en-US'), pollMinutes: 42 });
    await settle();
    expect(read).not.toHaveBeenCalled();
  });
});
