/** The content script end to end in happy-dom: storage in, shadow-DOM banner out, storage changes live. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from '../../../src/content/app';
import { HOST_ID } from '../../../src/content/banner';
import type { BannerAlert, Snapshot } from '../../../src/core/extension/snapshot';
import { snapshotEntries } from '../../../src/background/snapshot-store';
import { KEYS } from '../../../src/platform/storage-keys';
import { fakeChrome, setPageUrl } from './fake-chrome';

const NOW = Date.parse('2025-11-26T03:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

const outage: BannerAlert = {
  kind: 'incident',
  incidentId: 'graph:EX1234',
  severity: 'outage',
  title: "Users can't access Exchange Online",
  since: iso(NOW - 2 * 3_600_000),
  dismissKey: `graph:EX1234@${iso(NOW - 600_000)}`,
  phase: 'investigating',
  services: ['exchange'],
  regions: ['asia-pacific', 'korea'],
  nextUpdateBy: iso(NOW + 30 * 60_000),
};
const degraded: BannerAlert = {
  kind: 'incident',
  incidentId: 'm365c:OL99',
  severity: 'degraded',
  title: 'Outlook.com mail delays',
  since: iso(NOW - 30 * 60_000),
  dismissKey: `m365c:OL99@${iso(NOW - 60_000)}`,
};
const unreachable: BannerAlert = {
  kind: 'unreachable',
  severity: 'degraded',
  title: '',
  since: iso(NOW - 15 * 60_000),
  dismissKey: `probe@${iso(NOW - 15 * 60_000)}`,
};

function snapshot(banners: Partial<Snapshot['banners']>, over: Partial<Snapshot> = {}): Snapshot {
  return {
    document: { schema: 1, generatedAt: iso(NOW - 60_000), sources: [], incidents: [] },
    level: 'outage',
    assessment: { level: 'outage', reason: 'incident', relevant: [], other: [], recentlyResolved: [], lastKnown: [] },
    banners: { 'outlook-business': null, 'outlook-consumer': null, teams: null, m365: null, ...banners },
    checkedAt: iso(NOW - 60_000),
    online: true,
    pollMinutes: 5,
    language: 'auto',
    ...over,
  };
}

const host = () => document.getElementById(HOST_ID);
/** The banner's shadow root is closed (page scripts cannot reach it): the tests keep the one attachShadow returned. */
let shadow: ShadowRoot | null = null;
const root = () => (host() ? shadow : null);
const card = () => root()?.querySelector<HTMLElement>('[role]') ?? null;
const button = () => root()!.querySelector('button')!;
const link = () => root()!.querySelector('a')!;
/** A click the browser marks as the user's own (isTrusted), which happy-dom does not model. */
function userClick(target: HTMLElement): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

let fake: ReturnType<typeof fakeChrome>;
let stops: (() => void)[] = [];

function setup(init: Parameters<typeof fakeChrome>[0] = {}) {
  fake = fakeChrome(init);
  // Chromium's content script: `chrome`, and no `browser` (the unit set-up installs a fake one).
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', fake.api);
  return fake;
}
async function load(): Promise<void> {
  stops.push(await start());
}

beforeEach(() => {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = attach.call(this, init);
    return shadow;
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  setPageUrl('https://outlook.office.com/mail/inbox');
  document.body.innerHTML = '<div id="app"><button id="new-mail">New mail</button></div>';
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  host()?.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  shadow = null;
});

describe('showing the banner', () => {
  it('shows an outage on a business host as a red role=alert card: our name and the answer first, our sentence second, Microsoft’s title under it', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    const c = card();
    expect(c).not.toBeNull();
    expect(c!.getAttribute('role')).toBe('alert');
    expect(c!.className).toBe('b o');
    expect(c!.textContent).toMatch(/^Status LensNot your PC: Microsoft reports an outage affecting Outlook since /);
    expect(c!.querySelector('.d')!.textContent).toBe(' (2 h 0 min so far)');
    const [lead, original] = [...c!.querySelectorAll('small')];
    expect(lead!.textContent).toMatch(
      /^Microsoft is investigating a service interruption affecting Outlook \(work or school\) in Asia Pacific\. Next update by \d{1,2}:\d{2}\s(AM|PM)\.$/,
    );
    expect(original!.textContent).toBe(`Microsoft's original: ${outage.title}`);
    const title = original!.querySelector('[lang]')!;
    expect(title.textContent).toBe(outage.title);
    expect(title.getAttribute('lang')).toBe('en');
    expect(button().getAttribute('aria-label')).toBe('Dismiss (shown again if the situation changes)');
    expect(button().textContent).toBe('×');
  });

  it('keeps its shadow root closed to the page', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    expect(host()!.shadowRoot).toBeNull();
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
  });

  it('uses role=status and the amber style for a degradation', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': { ...outage, severity: 'degraded' } })) });
    await load();
    expect(card()!.getAttribute('role')).toBe('status');
    expect(card()!.className).toBe('b');
    expect(card()!.textContent).toContain('Not your PC: Microsoft reports problems affecting Outlook');
    const css = root()!.querySelector('style')!.textContent!;
    expect(css).toContain('#c50f1f');
    expect(css).toContain('#f7b900');
  });

  it('puts a title in as text only: characters that matter to HTML are shown literally', async () => {
    const title = `Mail down & "quoted" 'single' &amp;`;
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': { ...outage, title } })) });
    await load();
    expect(card()!.textContent).toContain(title);
  });

  it('never shows markup from storage: a stored title with a tag in it is rejected whole, as the worker would', async () => {
    const title = 'Mail down <img src=x onerror=alert(1)> & <script>alert(2)</script>';
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': { ...outage, title } })) });
    await load();
    expect(host()).toBeNull();
    expect(document.querySelectorAll('img, script').length).toBe(0);
  });

  it('says "unreachable from your network" without a relative time or link for a probe alert', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': unreachable })) });
    await load();
    const text = card()!.textContent!;
    expect(text).toContain("Outlook can't be reached from your network since");
    expect(text).toContain('Microsoft reports no incident — check your VPN, proxy or Wi-Fi.');
    expect(text).not.toContain('so far');
    expect([...root()!.querySelectorAll('small')].map((el) => el.hidden)).toEqual([true, true]);
    expect(card()!.getAttribute('role')).toBe('status');
    expect(link().hidden).toBe(true);
    expect(link().hasAttribute('href')).toBe(false);
  });

  it('"Details" opens this event in the extension: its own page, through the worker', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    expect(link().textContent).toBe('Details');
    expect(link().getAttribute('href')).toBe('chrome-extension://fakeextensionid/src/popup/index.html?incident=graph%3AEX1234');
    expect(link().hidden).toBe(false);
    userClick(link());
    expect(fake.api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'open-incident', incidentId: outage.incidentId });
    // The page's own script cannot make it open tabs.
    fake.api.runtime.sendMessage.mockClear();
    link().click();
    expect(fake.api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('comes back with the next check after the page removed it', async () => {
    const entries = snapshotEntries(snapshot({ 'outlook-business': outage }));
    setup({ local: entries });
    await load();
    expect(host()).not.toBeNull();
    // Outlook's own script throws the host element away.
    host()!.remove();
    expect(host()).toBeNull();
    fake.write('local', { [KEYS.heartbeat]: { ...(entries[KEYS.heartbeat] as object), checkedAt: iso(NOW - 30_000) } });
    await vi.waitFor(() => expect(host()).not.toBeNull());
    expect(card()!.textContent).toContain(outage.title);
    expect(document.querySelectorAll(`#${HOST_ID}`)).toHaveLength(1);
  });

  it('uses banners.consumer on outlook.live.com', async () => {
    setPageUrl('https://outlook.live.com/mail/0/');
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage, 'outlook-consumer': degraded })) });
    await load();
    expect(card()!.textContent).toContain(degraded.title);
    expect(card()!.textContent).not.toContain(outage.title);
  });

  it('treats outlook.office365.com as business', async () => {
    setPageUrl('https://outlook.office365.com/mail/');
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage, 'outlook-consumer': degraded })) });
    await load();
    expect(card()!.textContent).toContain(outage.title);
  });
});

describe('staying quiet', () => {
  it('shows nothing, asks for no code and no words, and reads storage once when all is well', async () => {
    setup({ local: { ...snapshotEntries(snapshot({})), [KEYS.outlookHost]: 'outlook.office.com' } });
    await load();
    expect(host()).toBeNull();
    expect(fake.api.runtime.sendMessage).not.toHaveBeenCalled();
    expect(fake.api.storage.local.get).toHaveBeenCalledTimes(1);
    expect(fake.api.i18n.getUILanguage).not.toHaveBeenCalled();
  });

  it('shows nothing before the first check (no snapshot at all)', async () => {
    setup();
    await load();
    expect(host()).toBeNull();
    expect(fake.sent('show-banner') + fake.sent('banner-words')).toBe(0);
  });

  it('shows nothing for a stale snapshot (older than 3 polls)', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { checkedAt: iso(NOW - 16 * 60_000), pollMinutes: 5 })) });
    await load();
    expect(host()).toBeNull();
    expect(fake.sent('show-banner') + fake.sent('banner-words')).toBe(0);
  });

  it('still shows a snapshot that is old but within 3 polls', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { checkedAt: iso(NOW - 14 * 60_000), pollMinutes: 5 })) });
    await load();
    expect(card()).not.toBeNull();
  });

  it('does nothing at all on a host that is not Outlook', async () => {
    setPageUrl('https://example.com/');
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage, 'outlook-consumer': outage })) });
    await load();
    expect(host()).toBeNull();
    expect(fake.api.storage.local.get).not.toHaveBeenCalled();
  });

  it('survives garbage in storage', async () => {
    setup({ local: { [KEYS.heartbeat]: 'nonsense', [KEYS.banner]: { banners: 1 }, [KEYS.dismissals]: 42 } });
    await load();
    expect(host()).toBeNull();
  });

  it('shows nothing for a banner decision with one damaged field (dropped whole)', async () => {
    const entries = snapshotEntries(snapshot({ 'outlook-business': outage }));
    setup({ local: { ...entries, [KEYS.banner]: { ...(entries[KEYS.banner] as object), language: 'fr' } } });
    await load();
    expect(host()).toBeNull();
  });

  it('shows nothing for a check stamped in the future (it could never go stale)', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { checkedAt: iso(NOW + 365 * 86_400_000) })) });
    await load();
    expect(host()).toBeNull();
  });

  it('goes stale from the heartbeat alone, and a fresh heartbeat alone brings it back', async () => {
    const entries = snapshotEntries(snapshot({ 'outlook-business': outage }, { checkedAt: iso(NOW - 16 * 60_000) }));
    setup({ local: entries });
    await load();
    expect(host()).toBeNull();
    fake.write('local', { [KEYS.heartbeat]: { ...(entries[KEYS.heartbeat] as object), checkedAt: iso(NOW - 60_000) } });
    await vi.waitFor(() => expect(card()?.textContent).toContain(outage.title));
  });
});

describe('dismissing', () => {
  it('sends the dismiss message and hides at once', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    userClick(button());
    expect(host()).toBeNull();
    expect(fake.api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'dismiss', key: outage.dismissKey });
    // The worker writes the next snapshot before it has stored the key: still hidden.
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': outage })));
    await Promise.resolve();
    expect(host()).toBeNull();
  });

  it('ignores a click the page’s own script makes (not isTrusted)', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    button().click();
    button().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(host()).not.toBeNull();
    expect(fake.sent('dismiss')).toBe(0);
  });

  it('gives focus back to where it was in Outlook after dismissing', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    const before = document.getElementById('new-mail')!;
    before.focus();
    button().dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: before }));
    button().focus();
    userClick(button());
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('stays dismissed on a fresh load, and comes back when the incident is updated', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    userClick(button());
    // What the worker does on {type:'dismiss'}.
    fake.write('local', { [KEYS.dismissals]: [outage.dismissKey] });
    stops.pop()!();

    // Reload: a new content script with the same storage.
    const stored = fake.stores;
    setup({ local: stored.local });
    await load();
    expect(host()).toBeNull();

    // The incident's severity or phase changes: a new dismissKey (assess.bannerFor).
    const updated = { ...outage, dismissKey: 'graph:EX1234@outage/mitigating', title: 'Update: still investigating' };
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': updated })));
    await vi.waitFor(() => expect(card()?.textContent).toContain('Update: still investigating'));
  });

  it('ignores a failing sendMessage (extension reloaded under the tab)', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    fake.api.runtime.sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    userClick(button());
    expect(host()).toBeNull();
  });
});

describe('live updates through storage.onChanged', () => {
  it('shows a banner when an incident starts, without reload', async () => {
    setup({ local: snapshotEntries(snapshot({})) });
    await load();
    expect(host()).toBeNull();
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': outage })));
    await vi.waitFor(() => expect(card()?.textContent).toContain(outage.title));
  });

  it('removes the banner when the snapshot is cleared or the incident ends', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    expect(host()).not.toBeNull();
    fake.write('local', snapshotEntries(snapshot({})));
    expect(host()).toBeNull();

    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': outage })));
    await vi.waitFor(() => expect(host()).not.toBeNull());
    fake.remove('local', KEYS.banner);
    expect(host()).toBeNull();
  });

  it('updates the same card in place when the wording changes, and never switches the role of a live node', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': degraded })) });
    await load();
    const before = card();
    expect(before!.getAttribute('role')).toBe('status');
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': { ...degraded, title: 'Reworded' } })));
    await vi.waitFor(() => expect(card()?.textContent).toContain('Reworded'));
    expect(card()).toBe(before);
    // Escalated to an outage: a new alert node replaces the polite one.
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': { ...outage, title: 'Escalated to outage' } })));
    await vi.waitFor(() => expect(card()?.textContent).toContain('Escalated to outage'));
    expect(card()).not.toBe(before);
    expect(before!.getAttribute('role')).toBe('status');
    expect(card()!.getAttribute('role')).toBe('alert');
    expect(document.querySelectorAll(`#${HOST_ID}`).length).toBe(1);
  });

  it('ignores unrelated storage changes', async () => {
    setup({ local: snapshotEntries(snapshot({})) });
    await load();
    fake.write('local', { [KEYS.sources]: {}, somethingElse: true });
    fake.write('sync', { [KEYS.settings]: { banner: true } });
    expect(host()).toBeNull();
    expect(fake.api.storage.local.get).toHaveBeenCalledTimes(1);
  });

  it('hides when the snapshot goes stale while the banner is up', async () => {
    vi.useRealTimers();
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { checkedAt: iso(NOW - 14 * 60_000) })) });
    await load();
    expect(host()).not.toBeNull();
    // 14 of the allowed 15 minutes have passed; the banner's own refresh timer notices the 15th.
    await vi.advanceTimersByTimeAsync(59_000);
    expect(host()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(host()).toBeNull();
  });

  it('stops listening after stop()', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    stops.pop()!();
    expect(host()).toBeNull();
    expect(fake.listeners.size).toBe(0);
  });
});

describe('language', () => {
  it('shows Korean text when the effective setting (recorded in the snapshot) says ko', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { language: 'ko' })) });
    await load();
    const text = card()!.textContent!;
    expect(text).toContain('내 PC 문제가 아닙니다.');
    expect(text).toContain('Microsoft 측 Outlook 장애');
    expect(text).toContain(outage.title);
    expect(text).toContain('(2시간 0분째)');
    expect(root()!.querySelector('style')!.textContent).toContain('.b:lang(ko) p{word-break:keep-all}');
    expect(root()!.querySelector('.d')!.textContent).toBe(' (2시간 0분째)');
    expect(link().textContent).toBe('자세히 보기');
    expect(button().getAttribute('aria-label')).toMatch(/^닫기/);
    expect(fake.words).toHaveBeenCalledWith('ko');
    expect(card()!.getAttribute('lang')).toBe('ko');
  });

  it('follows a Korean browser when the setting is auto', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': unreachable })), uiLanguage: 'ko-KR' });
    await load();
    expect(card()!.textContent).toContain('현재 네트워크에서 Outlook에 연결할 수 없습니다');
    expect(card()!.textContent).toContain('VPN, 프록시 또는 Wi-Fi');
  });

  it('switches language live when the worker records a new setting', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { language: 'en' })) });
    await load();
    expect(card()!.textContent).toContain('Microsoft reports an outage');
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': outage }, { language: 'ko' })));
    await vi.waitFor(() => expect(card()!.textContent).toContain('Microsoft 측 Outlook 장애'));
  });

  it('falls back to English when the Korean words cannot be had', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage }, { language: 'ko' })) });
    const serve = fake.words.getMockImplementation()!;
    fake.words.mockImplementation(async (locale) => {
      if (locale === 'ko') throw new Error('Could not establish connection. Receiving end does not exist.');
      return serve(locale);
    });
    await load();
    expect(card()!.textContent).toContain('Microsoft reports an outage');
  });

  it('asks the worker for each language once', async () => {
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    fake.write('local', snapshotEntries(snapshot({ 'outlook-business': { ...outage, title: 'second' } })));
    await vi.waitFor(() => expect(card()!.textContent).toContain('second'));
    expect(fake.words).toHaveBeenCalledTimes(1);
  });
});

describe('placement', () => {
  it('lives on <html> in a shadow root, fixed, and leaves Outlook’s body untouched', async () => {
    const bodyBefore = document.body.innerHTML;
    const childrenBefore = [...document.body.children];
    setup({ local: snapshotEntries(snapshot({ 'outlook-business': outage })) });
    await load();
    const h = host()!;
    expect(h.parentElement).toBe(document.documentElement);
    expect(root()).not.toBeNull();
    expect(h.children.length).toBe(0);
    expect([...document.body.children]).toEqual(childrenBefore);
    expect(document.body.innerHTML).toBe(bodyBefore);
    const css = root()!.querySelector('style')!.textContent!;
    expect(css).toMatch(/:host\{all:initial/);
    expect(css).toMatch(/\.b\{position:fixed;bottom:16px;left:50%;transform:translateX\(-50%\)/);
    expect(css).toContain('max-width:min(720px,calc(100vw - 32px))');
    expect(css).toMatch(/prefers-reduced-motion:reduce\)\{\.b\{animation:none\}/);
    // No styles leak into the page.
    expect(document.head.querySelectorAll('style').length).toBe(0);
  });
});
