import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { APP_IDS } from '../../../src/core/engine/apps';
import { DEFAULT_WATCHED_SERVICES, REGION_IDS, SERVICE_IDS } from '../../../src/core/engine/catalog';
import { PUBLIC_SOURCES } from '../../../src/core/engine/sources';
import {
  byTestId,
  click,
  descriptions,
  expectedDefaults,
  input,
  mount,
  setPolicy,
  setUiLanguage,
  settle,
  storedSettings,
  storeSettings,
  text,
  typeAndCommit,
  CORP,
  freshPageEachTest,
} from './helpers';

freshPageEachTest();

/** The browser's answer to a host permission request (the fake has no permissions API of its own). */
const grantHosts = (answer: boolean) => vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(answer as never);

describe('options: first open', () => {
  it('shows the defaults in labelled groups, in English', async () => {
    const root = await mount();
    const defaults = expectedDefaults('en-US');
    expect(document.documentElement.lang).toBe('en');
    expect(byTestId(root, 'options-form')).not.toBeNull();
    expect([...root.querySelectorAll('h2')].map(text)).toEqual([
      'What to watch',
      'Alerts',
      'Language',
      'Where status comes from',
      'Checking',
      'Start over',
    ]);
    // Sources, addresses and the interval are folded for IT while they are the defaults.
    const advanced = byTestId(root, 'advanced') as HTMLDetailsElement;
    expect(advanced.open).toBe(false);
    expect(text(advanced.querySelector('summary'))).toBe('Advanced (for IT)');
    expect(advanced.contains(byTestId(root, 'poll-minutes'))).toBe(true);

    for (const id of SERVICE_IDS) {
      const box = input(root, `service-${id}`);
      if (id === 'other') {
        expect(box).toBeNull();
        continue;
      }
      expect(box.checked, id).toBe(DEFAULT_WATCHED_SERVICES.includes(id));
    }
    expect(text(root.querySelector('label[for="opt-service-exchange"]'))).toBe('Outlook (work or school)');
    for (const id of REGION_IDS) {
      const box = input(root, `region-${id}`);
      if (id === 'global') {
        expect(box).toBeNull();
        continue;
      }
      expect(box.checked, id).toBe(defaults.watchedRegions.includes(id));
    }
    const regionGroup = input(root, 'region-korea').closest('fieldset')!;
    expect(text(regionGroup.querySelector('legend'))).toBe('Regions');
    expect(descriptions(regionGroup).join(' ')).toMatch(/Worldwide problems always count.*no region is selected/);

    for (const def of PUBLIC_SOURCES) {
      const sw = input(root, `source-${def.id}`);
      expect(sw.checked).toBe(true);
      expect(sw.getAttribute('role')).toBe('switch');
      expect(text(sw.closest('li'))).toContain(def.url);
    }
    expect(input(root, 'aggregator-url').value).toBe('');
    expect(input(root, 'poll-minutes').value).toBe('5');
    expect((byTestId(root, 'notifications') as HTMLSelectElement).value).toBe('outage');
    for (const app of APP_IDS) expect(input(root, `banner-${app}`).checked, app).toBe(true);
    expect((byTestId(root, 'language') as HTMLSelectElement).value).toBe('auto');
    expect(text(byTestId(root, 'saved'))).toBe('');
    expect(byTestId(root, 'saved')!.getAttribute('aria-live')).toBe('polite');
    expect(byTestId(root, 'aggregator-locked')).toBeNull();
    // Opening the page writes nothing.
    expect(await storedSettings()).toBeUndefined();
  });

  it('gives every control a real label and every checkbox group a fieldset and legend', async () => {
    const root = await mount();
    const controls = [...root.querySelectorAll<HTMLElement>('input, select')];
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      expect(control.id, control.outerHTML).not.toBe('');
      expect(root.querySelectorAll(`label[for="${control.id}"]`).length, control.id).toBe(1);
    }
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const box of root.querySelectorAll('input[type="checkbox"]')) {
      expect(box.closest('fieldset')?.querySelector('legend'), box.id).not.toBeNull();
    }
    for (const button of root.querySelectorAll('button')) expect(button.getAttribute('type')).toBe('button');
  });

  it('still renders corrupt stored settings, with the bad fields repaired', async () => {
    await storeSettings({ version: 2, pollMinutes: 'soon', watchedRegions: 'korea', banner: false, notifications: 'loud', language: 'ko' });
    const root = await mount();
    expect(input(root, 'poll-minutes').value).toBe('5');
    // v2's banner switch, off, is carried over (settings.MIGRATIONS[3]): no app shows the banner.
    for (const app of APP_IDS) expect(input(root, `banner-${app}`).checked, app).toBe(false);
    expect((byTestId(root, 'notifications') as HTMLSelectElement).value).toBe('outage');
    const defaults = expectedDefaults('en-US');
    for (const id of REGION_IDS.filter((r) => r !== 'global')) {
      expect(input(root, `region-${id}`).checked).toBe(defaults.watchedRegions.includes(id));
    }
    // The valid language survived, so the page is in Korean.
    expect(document.documentElement.lang).toBe('ko');
  });
});

describe('options: saving', () => {
  it('saves a region as soon as it is ticked, keeping every other field', async () => {
    const mine = {
      ...expectedDefaults('en-US'),
      watchedRegions: ['korea'],
      pollMinutes: 15,
      notifications: 'any',
      bannerApps: ['outlook-business'],
    };
    await storeSettings(mine);
    const root = await mount();
    await click(input(root, 'region-europe'));
    expect(await storedSettings()).toEqual({ ...mine, watchedRegions: ['korea', 'europe'] });
    expect(text(byTestId(root, 'saved'))).toBe('Saved');

    await click(input(root, 'region-korea'));
    expect((await storedSettings())!.watchedRegions).toEqual(['europe']);
    expect(input(root, 'region-korea').checked).toBe(false);
  });

  it('counts quick successive clicks, each from the latest value', async () => {
    const root = await mount();
    input(root, 'service-teams').click();
    input(root, 'service-onedrive').click();
    input(root, `source-${PUBLIC_SOURCES[0]!.id}`).click();
    await settle();
    const stored = (await storedSettings())!;
    expect(stored.watchedServices).toEqual(SERVICE_IDS.filter((s) => [...DEFAULT_WATCHED_SERVICES, 'teams', 'onedrive'].includes(s)));
    expect(stored.disabledSources).toEqual([PUBLIC_SOURCES[0]!.id]);
    expect(input(root, 'service-teams').checked).toBe(true);
    expect(input(root, 'service-onedrive').checked).toBe(true);
  });

  it('warns when no service is ticked', async () => {
    await storeSettings({ ...expectedDefaults('en-US'), watchedServices: ['exchange'] });
    const root = await mount();
    expect(text(root)).not.toContain('No service is selected');
    await click(input(root, 'service-exchange'));
    expect((await storedSettings())!.watchedServices).toEqual([]);
    expect(descriptions(input(root, 'service-exchange').closest('fieldset')!).join(' ')).toContain('No service is selected');
  });

  it('shows what Microsoft 365 stands on as ticked and fixed while a Microsoft 365 service is watched', async () => {
    await storeSettings({ ...expectedDefaults('en-US'), watchedServices: ['exchange'] });
    const root = await mount();
    for (const id of ['azure-front-door', 'entra', 'azure-networking']) {
      expect(input(root, `service-${id}`).checked, id).toBe(true);
      expect(input(root, `service-${id}`).disabled, id).toBe(true);
    }
    await click(input(root, 'service-exchange'));
    expect(input(root, 'service-entra').checked).toBe(false);
    expect(input(root, 'service-entra').disabled).toBe(false);
  });

  it('shows the stored defaults the same way: what Microsoft 365 stands on is fixed from the start, nothing to untick', async () => {
    await storeSettings(expectedDefaults('en-US'));
    const root = await mount();
    for (const id of ['azure-front-door', 'entra', 'azure-networking']) {
      const box = input(root, `service-${id}`);
      expect([box.checked, box.disabled], id).toEqual([true, true]);
      expect(descriptions(box.closest('fieldset')!).join(' ')).toContain('so those count whenever one of them is selected');
    }
  });

  it('keeps keyboard focus on a box it toggles: none turns disabled under the focus (nothing is dropped to the page)', async () => {
    await storeSettings(expectedDefaults('en-US'));
    const root = await mount();
    // Unticking the last Microsoft 365 service frees the foundations; each toggled box keeps its focus.
    for (const id of ['exchange', 'outlook', 'm365']) {
      const box = input(root, `service-${id}`);
      box.focus();
      await click(box);
      await settle();
      expect(document.activeElement, id).toBe(input(root, `service-${id}`));
      expect(input(root, `service-${id}`).disabled, id).toBe(false);
    }
    const afd = input(root, 'service-azure-front-door');
    expect([afd.checked, afd.disabled]).toEqual([true, false]);
    afd.focus();
    await click(afd);
    await settle();
    expect((await storedSettings())!.watchedServices).not.toContain('azure-front-door');
    const after = input(root, 'service-azure-front-door');
    expect([after.checked, after.disabled]).toEqual([false, false]);
    expect(document.activeElement).toBe(after);
  });

  it('turns a public source off and on again', async () => {
    const root = await mount();
    await click(input(root, 'source-azure-summary'));
    expect((await storedSettings())!.disabledSources).toEqual(['azure-summary']);
    await click(input(root, 'source-azure-summary'));
    expect((await storedSettings())!.disabledSources).toEqual([]);
  });

  it('warns when every public source is off and no organization service replaces them, as it does for no service', async () => {
    const [last, ...others] = PUBLIC_SOURCES.map((s) => s.id);
    await storeSettings({ ...expectedDefaults('en-US'), disabledSources: others });
    const root = await mount();
    expect(byTestId(root, 'sources-none')).toBeNull();
    await click(input(root, `source-${last}`));
    expect((await storedSettings())!.disabledSources).toHaveLength(PUBLIC_SOURCES.length);
    const fieldset = input(root, `source-${last}`).closest('fieldset')!;
    expect(descriptions(fieldset).join(' ')).toContain('Every public source is off and no organization status service is set');
    await click(input(root, `source-${last}`));
    expect(byTestId(root, 'sources-none')).toBeNull();
  });

  it('saves notifications, the banner apps and the language', async () => {
    const root = await mount();
    await typeAndCommit(byTestId(root, 'notifications') as HTMLSelectElement, 'any');
    await click(input(root, 'banner-teams'));
    expect(await storedSettings()).toMatchObject({ notifications: 'any', bannerApps: ['outlook-business', 'outlook-consumer', 'm365'] });
    await typeAndCommit(byTestId(root, 'language') as HTMLSelectElement, 'ko');
    expect((await storedSettings())!.language).toBe('ko');
    expect(document.documentElement.lang).toBe('ko');
    expect(text(root.querySelector('h2'))).toBe('확인할 항목');
    expect(text(byTestId(root, 'saved'))).toBe('저장됨');
  });

  it('shows a save failure in words', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const root = await mount();
    await click(input(root, 'banner-teams'));
    expect(text(byTestId(root, 'saved'))).toBe("Couldn't save: QUOTA_BYTES_PER_ITEM quota exceeded");
  });
});

describe('options: aggregator URL', () => {
  it('rejects http://example.com with an inline error tied to the field, and saves nothing', async () => {
    const root = await mount();
    const field = input(root, 'aggregator-url');
    await typeAndCommit(field, 'http://example.com');
    const error = byTestId(root, 'aggregator-error')!;
    expect(text(error)).toMatch(/^Enter an address that starts with https:\/\//);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toContain(error.id);
    expect(await storedSettings()).toBeUndefined();
    expect(text(byTestId(root, 'saved'))).toBe('');

    for (const bad of ['javascript:alert(1)', 'https://user:pw@status.example.com/', 'not a url', 'ftp://status.example.com/']) {
      await typeAndCommit(field, bad);
      expect(byTestId(root, 'aggregator-error'), bad).not.toBeNull();
    }
    expect(await storedSettings()).toBeUndefined();
  });

  it('saves a valid https address, clears the error, and asks for access to that host', async () => {
    const request = grantHosts(true);
    const root = await mount();
    const field = input(root, 'aggregator-url');
    await typeAndCommit(field, 'http://example.com');
    expect(byTestId(root, 'aggregator-error')).not.toBeNull();
    await typeAndCommit(field, `  ${CORP}  `);
    expect(byTestId(root, 'aggregator-error')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect((await storedSettings())!.aggregatorUrl).toBe(CORP);
    expect(field.value).toBe(CORP);
    expect(request).toHaveBeenCalledWith({ origins: ['https://status.corp.example/*'] });
    expect(byTestId(root, 'sources-unused')).not.toBeNull();

    // Plain http is fine for this machine, for testing.
    await typeAndCommit(field, 'http://localhost:8080/v1/status');
    expect((await storedSettings())!.aggregatorUrl).toBe('http://localhost:8080/v1/status');

    // Emptying the field goes back to the public sources.
    await typeAndCommit(field, '');
    expect((await storedSettings())!.aggregatorUrl).toBeNull();
    expect(byTestId(root, 'sources-unused')).toBeNull();
  });

  it('offers to allow access when the browser has not granted the host', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = grantHosts(false);
    await storeSettings({ ...expectedDefaults('en-US'), aggregatorUrl: CORP });
    const root = await mount();
    const note = byTestId(root, 'aggregator-access')!;
    expect(text(note)).toContain("hasn't yet allowed");
    request.mockResolvedValue(true as never);
    await click(note.querySelector('button')!);
    expect(request).toHaveBeenCalledWith({ origins: ['https://status.corp.example/*'] });
    expect(byTestId(root, 'aggregator-access')).toBeNull();
  });
});

describe('options: host access granted from the browser prompt', () => {
  it('hides the "allow access" note as soon as the browser reports the grant', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const heard: (() => void)[] = [];
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(((l: () => void) => void heard.push(l)) as never);
    await storeSettings({ ...expectedDefaults('en-US'), aggregatorUrl: CORP });
    const root = await mount();
    expect(byTestId(root, 'aggregator-access')).not.toBeNull();
    contains.mockResolvedValue(true as never);
    await act(async () => {
      for (const l of heard) l();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(byTestId(root, 'aggregator-access')).toBeNull();
  });
});

describe('options: organisation policy', () => {
  it('shows a locked aggregator disabled, with the note and the policy value, and never writes it', async () => {
    const own = { ...expectedDefaults('en-US'), aggregatorUrl: 'https://mine.example/v1/status' };
    await storeSettings(own);
    await setPolicy({ aggregatorUrl: CORP, aggregatorToken: 'secret-token', pollMinutes: 10 });
    const root = await mount();

    const field = input(root, 'aggregator-url');
    expect(field.disabled).toBe(true);
    expect(field.value).toBe(CORP);
    const lock = byTestId(root, 'aggregator-locked')!;
    expect(text(lock)).toBe('Set by your organization');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toContain(lock.id);
    // Read through its CORS headers: nobody is asked to grant host access for it.
    expect(byTestId(root, 'aggregator-access')).toBeNull();
    const poll = input(root, 'poll-minutes');
    expect(poll.disabled).toBe(true);
    expect(poll.value).toBe('10');
    expect(text(byTestId(root, 'locked-pollMinutes'))).toBe('Set by your organization');
    // Unlocked fields stay editable.
    expect(input(root, 'region-korea').disabled).toBe(false);
    expect(byTestId(root, 'locked-watchedRegions')).toBeNull();

    await click(input(root, 'region-japan'));
    await click(input(root, 'banner-teams'));
    const stored = (await storedSettings())!;
    expect(stored.aggregatorUrl).toBe(own.aggregatorUrl);
    expect(stored.pollMinutes).toBe(own.pollMinutes);
    expect(stored.aggregatorToken).toBeNull();
    expect(JSON.stringify(stored)).not.toContain('corp.example');
    expect(JSON.stringify(stored)).not.toContain('secret-token');
    expect(stored.bannerApps).not.toContain('teams');
    expect(stored.watchedRegions).toContain('japan');
    // Still showing the policy's values.
    expect(input(root, 'aggregator-url').value).toBe(CORP);
    expect(input(root, 'poll-minutes').value).toBe('10');
  });

  it('locks a checkbox group and a switch, showing the policy values', async () => {
    await setPolicy({ watchedServices: ['teams'], banner: false, disabledSources: ['azure-rss'], notifications: 'off', language: 'en' });
    const root = await mount();
    expect(input(root, 'service-teams').checked).toBe(true);
    expect(input(root, 'service-exchange').checked).toBe(false);
    expect(input(root, 'service-exchange').disabled).toBe(true);
    expect(text(input(root, 'service-teams').closest('fieldset')!.querySelector('legend'))).toBe('Services Set by your organization');
    // A policy written for v0.1 (`banner: false`) switches the banner off in every app, locked.
    for (const app of APP_IDS) {
      expect(input(root, `banner-${app}`).checked, app).toBe(false);
      expect(input(root, `banner-${app}`).disabled, app).toBe(true);
    }
    expect(input(root, 'source-azure-rss').checked).toBe(false);
    expect(input(root, 'source-azure-rss').disabled).toBe(true);
    expect((byTestId(root, 'notifications') as HTMLSelectElement).disabled).toBe(true);
    expect((byTestId(root, 'language') as HTMLSelectElement).disabled).toBe(true);
    // Testing a source changes nothing, so it stays available.
    expect((byTestId(root, 'test-azure-rss') as HTMLButtonElement).disabled).toBe(false);
  });

  it('ignores invalid policy values: those fields stay the user’s own', async () => {
    await setPolicy({ aggregatorUrl: 'http://evil.example/', pollMinutes: 500 });
    const root = await mount();
    expect(input(root, 'aggregator-url').disabled).toBe(false);
    expect(input(root, 'poll-minutes').value).toBe('5');
    expect(byTestId(root, 'aggregator-locked')).toBeNull();
  });
});

describe('options: check interval', () => {
  it('rejects values out of range or not whole, and saves a good one', async () => {
    const root = await mount();
    const field = input(root, 'poll-minutes');
    for (const bad of ['0', '61', '2.5', '-3', '', 'soon']) {
      await typeAndCommit(field, bad);
      const error = byTestId(root, 'poll-minutes-error');
      expect(error, bad).not.toBeNull();
      expect(text(error)).toBe('Enter a whole number of minutes from 1 to 60.');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')!.split(' ')).toContain(error!.id);
    }
    expect(await storedSettings()).toBeUndefined();
    await typeAndCommit(field, '15');
    expect(byTestId(root, 'poll-minutes-error')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect((await storedSettings())!.pollMinutes).toBe(15);
    await typeAndCommit(field, '60');
    expect((await storedSettings())!.pollMinutes).toBe(60);
    await typeAndCommit(field, '1');
    expect((await storedSettings())!.pollMinutes).toBe(1);
  });
});

describe('options: reset', () => {
  it('asks inside the page, can be cancelled, and then restores the defaults', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await storeSettings({
      ...expectedDefaults('en-US'),
      watchedRegions: ['japan'],
      pollMinutes: 30,
      bannerApps: [],
      disabledSources: ['azure-rss'],
      aggregatorUrl: CORP,
      language: 'en',
    });
    const root = await mount();
    const reset = byTestId(root, 'reset') as HTMLButtonElement;
    const box = byTestId(root, 'reset-confirm')!.closest('.confirm') as HTMLElement;
    expect(box.hidden).toBe(true);

    await click(reset);
    expect(box.hidden).toBe(false);
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(byTestId(root, 'reset-confirm'));
    expect(text(box)).toContain('Reset every setting on this page to its default?');
    expect((await storedSettings())!.pollMinutes).toBe(30);

    await click(byTestId(root, 'reset-cancel')!);
    expect(box.hidden).toBe(true);
    expect(document.activeElement).toBe(reset);
    expect((await storedSettings())!.pollMinutes).toBe(30);

    await click(reset);
    await click(byTestId(root, 'reset-confirm')!);
    expect(await storedSettings()).toEqual(expectedDefaults('en-US'));
    expect(box.hidden).toBe(true);
    expect(input(root, 'poll-minutes').value).toBe('5');
    expect(input(root, 'banner-teams').checked).toBe(true);
    expect(input(root, 'aggregator-url').value).toBe('');
    expect(input(root, 'source-azure-rss').checked).toBe(true);
    expect(text(byTestId(root, 'saved'))).toBe('Saved');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('uses the defaults for the browser’s language: Korean watches Korea and Asia Pacific', async () => {
    setUiLanguage('ko-KR');
    await storeSettings({ ...expectedDefaults('ko-KR'), watchedRegions: ['europe'] });
    const root = await mount();
    await click(byTestId(root, 'reset')!);
    await click(byTestId(root, 'reset-confirm')!);
    expect((await storedSettings())!.watchedRegions).toEqual(['korea', 'asia-pacific']);
    expect(input(root, 'region-korea').checked).toBe(true);
    expect(input(root, 'region-europe').checked).toBe(false);
  });
});

describe('options: Korean', () => {
  it('shows Korean labels when the browser is Korean', async () => {
    setUiLanguage('ko-KR');
    await setPolicy({ aggregatorUrl: CORP });
    const root = await mount();
    expect(document.documentElement.lang).toBe('ko');
    expect(document.title).toBe('Status Lens: Microsoft 365 상태 확인 설정');
    expect([...root.querySelectorAll('h2')].map(text)).toEqual([
      '확인할 항목',
      '알림',
      '언어',
      '상태 정보 출처',
      '확인 주기',
      '처음 상태로',
    ]);
    expect(text(root.querySelector('label[for="opt-service-exchange"]'))).toBe('Outlook(회사·학교)');
    expect(text(root.querySelector('label[for="opt-region-korea"]'))).toBe('한국');
    expect(text(byTestId(root, 'aggregator-locked'))).toBe('조직에서 설정함');
    expect(text(byTestId(root, 'reset'))).toBe('기본값으로 되돌리기');
    expect(text(byTestId(root, 'test-azure-rss'))).toBe('연결 테스트');
    const options = [...(byTestId(root, 'notifications') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['사용 안 함', '서비스 중단만 알림', '서비스 중단 및 서비스 저하 알림']);
    const languages = [...(byTestId(root, 'language') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(languages).toEqual(['자동(브라우저 언어)', 'English', '한국어']);
  });

  it('follows a fixed language setting over the browser language', async () => {
    setUiLanguage('ko-KR');
    await storeSettings({ ...expectedDefaults('ko-KR'), language: 'en' });
    const root = await mount();
    expect(document.documentElement.lang).toBe('en');
    expect(text(root.querySelector('h2'))).toBe('What to watch');
  });
});
