/**
 * The first-run page: the account answer sets the watch list (work, personal or both), a policy's locked
 * list stays locked, the colours and the pin steps are there in both languages; and it opens on install
 * only, never on an update, which keeps every setting as it was.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_WATCHED_SERVICES, SERVICES_FOR_APP } from '../../../src/core/engine/catalog';
import { accountOf, repairSettings, servicesForAccount } from '../../../src/core/extension/settings';
import { onFirstInstall } from '../../../src/platform/worker-events';
import { App } from '../../../src/welcome/App';
import { createOptionsState, type OptionsState } from '../../../src/options/state';
import type { Settings } from '../../../src/core/extension/settings';
import { signal } from '@preact/signals';
import { mountPage } from '../support/page';
import {
  byTestId,
  click,
  expectedDefaults,
  freshPageEachTest,
  setPolicy,
  setUiLanguage,
  storedSettings,
  storeSettings,
  text,
} from '../options/helpers';

freshPageEachTest();

const mount = () => mountPage(() => <App />);
const radio = (root: ParentNode, id: string) => byTestId(root, `account-${id}`) as HTMLInputElement;

describe('the account answer', () => {
  it('maps to a watch list and back: work, personal, both (the defaults)', () => {
    expect(servicesForAccount('work')).toEqual([...SERVICES_FOR_APP['outlook-business']]);
    expect(servicesForAccount('work')).not.toContain('outlook');
    expect(servicesForAccount('personal')).toEqual(['outlook', 'azure-networking', 'azure-front-door', 'entra']);
    expect(servicesForAccount('both')).toEqual([...DEFAULT_WATCHED_SERVICES]);
    for (const a of ['work', 'personal', 'both'] as const) expect(accountOf(servicesForAccount(a))).toBe(a);
    expect(accountOf(['teams'])).toBeUndefined();
  });

  it('a work account stops watching personal Outlook.com; personal stops watching Outlook for business', async () => {
    const root = await mount();
    expect(radio(root, 'both').checked).toBe(true);
    await click(radio(root, 'work'));
    expect((await storedSettings())!.watchedServices).toEqual(servicesForAccount('work'));
    expect(radio(root, 'work').checked).toBe(true);
    expect(text(byTestId(root, 'saved'))).toBe('Saved');
    await click(radio(root, 'personal'));
    expect((await storedSettings())!.watchedServices).toEqual(servicesForAccount('personal'));
    // Nothing else changed.
    expect({ ...(await storedSettings())!, watchedServices: [] }).toEqual({ ...expectedDefaults('en-US'), watchedServices: [] });
  });

  it('a watch list of one’s own is shown as no answer, and kept until one is picked', async () => {
    await storeSettings({ ...expectedDefaults('en-US'), watchedServices: ['teams', 'exchange'] });
    const root = await mount();
    expect(['work', 'personal', 'both'].map((a) => radio(root, a).checked)).toEqual([false, false, false]);
    expect((await storedSettings())!.watchedServices).toEqual(['teams', 'exchange']);
  });

  it('an organisation’s locked watch list cannot be changed here, and says why as the options page does', async () => {
    await setPolicy({ watchedServices: ['exchange'] });
    const root = await mount();
    const fieldset = byTestId(root, 'welcome-account') as HTMLFieldSetElement;
    expect(fieldset.disabled).toBe(true);
    expect(text(fieldset.querySelector('legend'))).toMatch(/ Set by your organization$/);
    expect(byTestId(root, 'load-failed')).toBeNull();
  });

  it('settings that cannot be read: the greyed-out choice says so', async () => {
    // The options state as it is after its first read threw (state.ts start): no settings, loadFailed.
    const real = createOptionsState();
    const state: OptionsState = { ...real, settings: signal<Settings | null>(null), loadFailed: signal(true) };
    const root = await mountPage(() => <App state={state} />);
    const fieldset = byTestId(root, 'welcome-account') as HTMLFieldSetElement;
    expect(fieldset.disabled).toBe(true);
    expect(text(byTestId(root, 'load-failed'))).toBe("Settings couldn't be loaded. Close this tab and open the settings again.");
    expect(fieldset.getAttribute('aria-describedby')).toBe('account-load-failed');
  });

  it('a failed save says so in a sentence, never "Couldn\'t save:" and nothing after it', async () => {
    const root = await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(''));
    await click(radio(root, 'work'));
    const saved = byTestId(root, 'saved')!;
    expect(text(saved)).toBe("Couldn't save your answer. Try again, or choose later in the settings.");
    expect(saved.className).toContain('error');
  });
});

describe('the page', () => {
  it('explains the four colours and how to pin the icon, in Korean for a Korean browser', async () => {
    setUiLanguage('ko-KR');
    const root = await mount();
    expect(document.documentElement.lang).toBe('ko');
    expect(text(root.querySelector('h1'))).toBe('Status Lens를 설치해 주셔서 감사합니다');
    expect(text(byTestId(root, 'welcome-pin'))).toContain('확장 프로그램(퍼즐 조각 아이콘)');
    expect(text(byTestId(root, 'colour-outage'))).toMatch(/^장애 .*내 PC 문제가 아닙니다\.$/);
    expect(['ok', 'degraded', 'outage', 'unknown'].map((l) => !!byTestId(root, `colour-${l}`))).toEqual([true, true, true, true]);
    expect(text(root.querySelector('label.choice'))).toContain('회사 또는 학교 계정');
  });

  it('opens the settings', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const root = await mount();
    await click(byTestId(root, 'open-settings')!);
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('existing users keep their settings', () => {
  it('the page opens on install, not on an update or a browser start', async () => {
    const opened = vi.fn();
    onFirstInstall(opened);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(opened).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(opened).toHaveBeenCalledOnce();
  });

  it('a stored v3 watch list, regions and alerts read back unchanged (no migration touches them)', () => {
    const mine = { ...expectedDefaults('en-US'), watchedServices: ['exchange', 'teams'], watchedRegions: ['europe'], notifications: 'any' };
    expect(repairSettings(mine)).toEqual(mine);
  });
});
