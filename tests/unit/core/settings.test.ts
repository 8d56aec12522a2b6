import { describe, expect, it } from 'vitest';
import { APP_IDS } from '../../../src/core/engine/apps';
import {
  applyPolicy,
  DEFAULT_SETTINGS,
  defaultRegions,
  defaultSettings,
  isAllowedSourceUrl,
  MIGRATIONS,
  repairSettings,
  SETTINGS_VERSION,
} from '../../../src/core/extension/settings';

describe('settings', () => {
  it('derives watched regions from language and time zone', () => {
    expect(defaultRegions({ uiLanguage: 'ko', timeZone: 'UTC' })).toEqual(['korea', 'asia-pacific']);
    expect(defaultRegions({ uiLanguage: 'en-US', timeZone: 'Asia/Seoul' })).toEqual(['korea', 'asia-pacific']);
    expect(defaultRegions({ uiLanguage: 'en-GB', timeZone: 'Europe/London' })).toEqual(['europe']);
    expect(defaultRegions({ uiLanguage: 'en', timeZone: 'Asia/Singapore' })).toEqual(['asia-pacific']);
    expect(defaultRegions({ uiLanguage: 'en', timeZone: 'UTC' })).toEqual([]);
  });

  it('repairs a corrupt field to its default and keeps the rest', () => {
    const stored = { version: 2, pollMinutes: 'soon', watchedRegions: ['korea', 'atlantis'], banner: false, language: 'ko' };
    expect(repairSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, watchedRegions: ['korea'], bannerApps: [], language: 'ko' });
  });

  it.each(['4', null, undefined, 4.5, -1])("a damaged or lost version (%j) keeps the person's choices", (version) => {
    const mine = { ...DEFAULT_SETTINGS, notifications: 'off', bannerApps: ['teams'], watchedServices: ['exchange'], version };
    expect(repairSettings(mine)).toEqual({
      ...DEFAULT_SETTINGS,
      notifications: 'off',
      bannerApps: ['teams'],
      watchedServices: ['exchange'],
    });
  });

  it.each([null, undefined, 42, 'settings', [], { version: 'x' }])('never throws on %j', (stored) => {
    expect(repairSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it("fills fields missing from an older stored object with the caller's defaults", () => {
    const seoul = defaultSettings({ uiLanguage: 'ko', timeZone: 'Asia/Seoul' });
    expect(repairSettings({ version: 2, pollMinutes: 10 }, seoul)).toEqual({ ...seoul, pollMinutes: 10 });
  });

  it('migrates v1 (notifications on/off) to v2 (which incidents notify), keeping everything else', () => {
    expect(repairSettings({ version: 1, notifications: true, pollMinutes: 15 })).toMatchObject({
      version: SETTINGS_VERSION,
      notifications: 'outage',
      pollMinutes: 15,
    });
    expect(repairSettings({ version: 1, notifications: false }).notifications).toBe('off');
    expect(repairSettings({ notifications: false }).notifications).toBe('off');
  });

  it('migrates v2 to v3: anyone watching a Microsoft 365 service also watches what it stands on', () => {
    expect(repairSettings({ version: 2, watchedServices: ['exchange', 'teams'] }).watchedServices).toEqual([
      'exchange',
      'teams',
      'azure-networking',
      'azure-front-door',
      'entra',
    ]);
    // Someone who watches only Azure compute is not given Microsoft 365's foundations.
    expect(repairSettings({ version: 2, watchedServices: ['azure'] }).watchedServices).toEqual(['azure']);
    expect(repairSettings({ version: 3, watchedServices: ['exchange'] }).watchedServices).toEqual(['exchange']);
  });

  it('migrates v3 to v4: the banner switch becomes the apps that show it, off staying off everywhere', () => {
    const v3 = { version: 3, watchedServices: ['exchange'], pollMinutes: 15, notifications: 'any', language: 'ko' };
    expect(MIGRATIONS[3]!({ ...v3, banner: true })).toEqual({ ...v3, version: 4, bannerApps: [...APP_IDS] });
    expect(MIGRATIONS[3]!({ ...v3, banner: false })).toEqual({ ...v3, version: 4, bannerApps: [] });
    // Everything else the person chose survives the whole chain.
    expect(repairSettings({ ...v3, banner: false })).toEqual({
      ...DEFAULT_SETTINGS,
      watchedServices: ['exchange'],
      pollMinutes: 15,
      notifications: 'any',
      language: 'ko',
      bannerApps: [],
    });
    expect(repairSettings({ ...v3, banner: true }).bannerApps).toEqual([...APP_IDS]);
    // A damaged switch is not a choice: the default, every app.
    expect(repairSettings({ ...v3, banner: 'yes' }).bannerApps).toEqual([...APP_IDS]);
    expect(repairSettings({ version: 1, banner: false }).bannerApps).toEqual([]);
    expect(repairSettings({ version: 4, bannerApps: ['teams', 'skype'] }).bannerApps).toEqual(['teams']);
    expect(repairSettings({ version: 4, bannerApps: ['skype'] }).bannerApps).toEqual([...APP_IDS]);
    expect(repairSettings({ version: 4, bannerApps: [] }).bannerApps).toEqual([]);
    expect(DEFAULT_SETTINGS.bannerApps).toEqual(['outlook-business', 'outlook-consumer', 'teams', 'm365']);
  });

  it('takes a policy written for v0.1 (`banner`) as the apps that show it; `bannerApps` wins when both are set', () => {
    const user = DEFAULT_SETTINGS;
    expect(applyPolicy(user, { banner: false })).toEqual({ settings: { ...user, bannerApps: [] }, locked: ['bannerApps'] });
    expect(applyPolicy(user, { banner: true }).settings.bannerApps).toEqual([...APP_IDS]);
    expect(applyPolicy(user, { banner: false, bannerApps: ['teams'] })).toEqual({
      settings: { ...user, bannerApps: ['teams'] },
      locked: ['bannerApps'],
    });
    expect(applyPolicy(user, { banner: 'no' })).toEqual({ settings: user, locked: [] });
  });

  it('accepts https source URLs, and http only to this machine', () => {
    expect(isAllowedSourceUrl('https://status.example.org/v1/status')).toBe(true);
    expect(isAllowedSourceUrl('http://127.0.0.1:8787/v1/status')).toBe(true);
    expect(isAllowedSourceUrl('http://localhost:8787/v1/status')).toBe(true);
    expect(isAllowedSourceUrl('http://status.example.org/')).toBe(false);
    expect(isAllowedSourceUrl('https://user:pw@status.example.org/')).toBe(false);
    expect(isAllowedSourceUrl('javascript:alert(1)')).toBe(false);
    // Only the names the manifest's optional host permissions can grant.
    expect(isAllowedSourceUrl('http://[::1]:8787/v1/status')).toBe(false);
    expect(isAllowedSourceUrl('http://192.168.0.10/v1/status')).toBe(false);
  });

  it('refuses an aggregator address longer than a status document may name it, from storage or policy', () => {
    const long = `https://status.corp.example/v1/status?services=${'exchange,'.repeat(250)}`;
    expect(isAllowedSourceUrl(long.slice(0, 2048))).toBe(true);
    expect(isAllowedSourceUrl(long)).toBe(false);
    expect(repairSettings({ ...DEFAULT_SETTINGS, aggregatorUrl: long }).aggregatorUrl).toBeNull();
    expect(applyPolicy(DEFAULT_SETTINGS, { aggregatorUrl: long }).locked).toEqual([]);
  });

  it("lays valid policy values over the user's and locks exactly those", () => {
    const user = { ...DEFAULT_SETTINGS, pollMinutes: 30, banner: false };
    const policy = { aggregatorUrl: 'https://status.corp.example/v1/status', pollMinutes: 2, banner: 'yes', unknownKey: 1 };
    expect(applyPolicy(user, policy)).toEqual({
      settings: { ...user, aggregatorUrl: 'https://status.corp.example/v1/status', pollMinutes: 2 },
      locked: ['aggregatorUrl', 'pollMinutes'],
    });
    expect(applyPolicy(user, undefined)).toEqual({ settings: user, locked: [] });
  });

  it("never sends the organisation's token to an address the user typed", () => {
    const user = { ...DEFAULT_SETTINGS, aggregatorUrl: 'https://attacker.example/v1/status' };
    const onlyToken = applyPolicy(user, { aggregatorToken: 'org-token-0123456789abcdef' });
    expect(onlyToken.settings).toMatchObject({ aggregatorUrl: 'https://attacker.example/v1/status', aggregatorToken: null });
    const both = applyPolicy(user, {
      aggregatorUrl: 'https://status.corp.example/v1/status',
      aggregatorToken: 'org-token-0123456789abcdef',
    });
    expect(both.settings).toMatchObject({
      aggregatorUrl: 'https://status.corp.example/v1/status',
      aggregatorToken: 'org-token-0123456789abcdef',
    });
  });

  it('refuses a token with CR, LF or other control characters (it becomes a header line)', () => {
    const policy = (aggregatorToken: string) => ({ aggregatorUrl: 'https://status.corp.example/v1/status', aggregatorToken });
    expect(applyPolicy(DEFAULT_SETTINGS, policy('abc\r\nX-Evil: 1')).settings.aggregatorToken).toBeNull();
    expect(applyPolicy(DEFAULT_SETTINGS, policy('abc\ndef')).settings.aggregatorToken).toBeNull();
    expect(repairSettings({ aggregatorToken: 'tab\there' }).aggregatorToken).toBeNull();
    expect(applyPolicy(DEFAULT_SETTINGS, policy('fine-token-0123456789')).settings.aggregatorToken).toBe('fine-token-0123456789');
  });

  it('ignores a policy list with no known id left, rather than reading it as "every region"', () => {
    const user = { ...DEFAULT_SETTINGS, watchedRegions: ['korea' as const] };
    expect(applyPolicy(user, { watchedRegions: ['Korea'] })).toEqual({ settings: user, locked: [] });
    expect(applyPolicy(user, { watchedRegions: [] }).settings.watchedRegions).toEqual([]);
    expect(repairSettings({ watchedServices: ['Outlook'] }).watchedServices).toEqual(DEFAULT_SETTINGS.watchedServices);
  });
});
