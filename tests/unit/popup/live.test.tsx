import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { formatRelative } from '../../../src/core/engine/i18n';
import { App } from '../../../src/popup/App';
import { KEYS, SNAPSHOT_KEYS } from '../../../src/platform/storage-keys';
import {
  byTestId,
  flush,
  incident,
  iso,
  makeSnapshot,
  MIN,
  mount,
  NOW,
  probe,
  setUiLanguage,
  storeSnapshot,
  stubLocaleFetch,
  text,
  freshPopupEachTest,
} from './helpers';

type Reply = (reply: unknown) => void;

/** A worker stand-in: records messages and answers only when the test says so. */
function fakeWorker() {
  const received: unknown[] = [];
  let answer: Reply | undefined;
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: Reply) => {
    received.push(message);
    answer = sendResponse;
    return true;
  }) as never);
  return {
    received,
    reply: async (value: unknown) => {
      answer?.(value);
      await flush();
      await flush();
    },
  };
}

freshPopupEachTest();

describe('popup: refresh', () => {
  it('sends {type:"refresh"} and shows progress until the worker replies', async () => {
    await storeSnapshot(makeSnapshot());
    const worker = fakeWorker();
    const root = await mount();
    const button = byTestId(root, 'refresh') as HTMLButtonElement;
    expect(text(button)).toBe('Refresh');
    expect(button.getAttribute('aria-disabled')).toBe('false');

    button.click();
    await flush();
    expect(worker.received).toEqual([{ type: 'refresh' }]);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.spinner')).not.toBeNull();
    expect(text(button)).toBe('Checking…');

    await worker.reply({ ok: true });
    expect(button.getAttribute('aria-disabled')).toBe('false');
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.querySelector('.spinner')).toBeNull();
    expect(byTestId(root, 'refresh-error')).toBeNull();
  });

  it('shows an error line when the worker answers {ok:false}', async () => {
    await storeSnapshot(makeSnapshot());
    const worker = fakeWorker();
    const root = await mount();
    (byTestId(root, 'refresh') as HTMLButtonElement).click();
    await flush();
    await worker.reply({ ok: false });
    const error = byTestId(root, 'refresh-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe("Couldn't refresh. Try again in a moment.");
    expect(byTestId(root, 'refresh')!.getAttribute('aria-disabled')).toBe('false');
  });

  it('shows an error line when sending fails, and clears it on the next success', async () => {
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    // No listener at all: the fake rejects like Chrome does when the worker can't be reached.
    (byTestId(root, 'refresh') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(byTestId(root, 'refresh-error')).not.toBeNull();

    const worker = fakeWorker();
    (byTestId(root, 'refresh') as HTMLButtonElement).click();
    await flush();
    expect(byTestId(root, 'refresh-error')).toBeNull();
    await worker.reply({ ok: true });
    expect(byTestId(root, 'refresh-error')).toBeNull();
  });
});

describe('popup: live updates', () => {
  it('follows storage changes without reopening', async () => {
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    expect(byTestId(root, 'level')!.dataset.level).toBe('ok');

    await act(() => storeSnapshot(makeSnapshot({ incidents: [incident('apac', { regions: ['korea'] })] })));
    await flush();
    expect(byTestId(root, 'level')!.dataset.level).toBe('outage');
    expect(text(byTestId(root, 'headline'))).toBe('Outlook (work or school) outage in Korea');
    expect(byTestId(root, 'incident')!.dataset.incidentId).toBe('azure-rss:apac');

    await act(() => fakeBrowser.storage.local.remove([...SNAPSHOT_KEYS]));
    await flush();
    expect(text(byTestId(root, 'headline'))).toBe('Checking for the first time…');
  });

  it('the first check appearing replaces the first-check message', async () => {
    const root = await mount();
    expect(byTestId(root, 'first-check')).not.toBeNull();
    await act(() => storeSnapshot(makeSnapshot({ probe: probe({ reachable: false, latencyMs: undefined, consecutiveProblems: 2 }) })));
    await flush();
    expect(byTestId(root, 'first-check')).toBeNull();
    expect(byTestId(root, 'verdict')!.dataset.verdict).toBe('local');
  });

  it('ignores changes to other keys and areas', async () => {
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    await act(() => fakeBrowser.storage.local.set({ [KEYS.dismissals]: ['x@y'] }));
    await act(() => fakeBrowser.storage.sync.set({ unrelated: 1 }));
    await flush();
    expect(byTestId(root, 'level')!.dataset.level).toBe('ok');
  });

  it('relative times tick every 30 seconds, and the snapshot turns stale on screen', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    expect(text(byTestId(root, 'checked'))).toBe(`Checked ${formatRelative(iso(2 * MIN), NOW, 'en')}`);

    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(text(byTestId(root, 'checked'))).toBe(`Checked ${formatRelative(iso(2 * MIN), NOW + 60_000, 'en')}`);
    expect(text(byTestId(root, 'checked'))).not.toBe(`Checked ${formatRelative(iso(2 * MIN), NOW, 'en')}`);

    // Three poll intervals (15 min) after the check, the green turns grey without any new snapshot.
    await act(() => {
      vi.advanceTimersByTime(13 * MIN);
    });
    expect(byTestId(root, 'level')!.dataset.level).toBe('unknown');
    expect(text(byTestId(root, 'headline'))).toBe("Can't tell: status is out of date");
  });

  it('retries loading its messages once if the first fetch fails', async () => {
    const fail = async () => {
      throw new TypeError('Failed to fetch');
    };
    // The early fetch on open, then the one that asks for the words: both fail.
    stubLocaleFetch().mockImplementationOnce(fail).mockImplementationOnce(fail);
    await storeSnapshot(makeSnapshot());
    const root = await mount();
    expect(byTestId(root, 'loading')).not.toBeNull();
    await act(() => new Promise((r) => setTimeout(r, 250)));
    await flush();
    expect(text(byTestId(root, 'refresh'))).toBe('Refresh');
  });

  it('shows a loading state before the first read', async () => {
    await storeSnapshot(makeSnapshot());
    const root = document.createElement('div');
    document.body.append(root);
    render(<App />, root);
    expect(byTestId(root, 'loading')).not.toBeNull();
    expect(byTestId(root, 'loading')!.getAttribute('aria-busy')).toBe('true');
    await act(() => {
      render(null, root);
    });
    root.remove();
  });
});

describe('popup: Korean', () => {
  it('uses Korean when the browser UI is Korean', async () => {
    setUiLanguage('ko-KR');
    await storeSnapshot(makeSnapshot({ incidents: [incident('apac')] }));
    const root = await mount();
    expect(document.documentElement.lang).toBe('ko');
    expect(text(byTestId(root, 'headline'))).toBe('아시아 태평양 지역 Outlook(회사·학교) 장애 발생');
    expect(text(byTestId(root, 'level'))).toBe('장애');
    expect(text(byTestId(root, 'refresh'))).toBe('새로 고침');
    expect(text(byTestId(root, 'checked'))).toBe('마지막 확인: 2분 전');
    expect(text(byTestId(root, 'verdict'))).toContain('내 PC 문제가 아니라 Microsoft 측 문제입니다');
    expect(text(byTestId(root, 'verdict'))).toContain('현재 네트워크에서 Outlook 연결은 정상이므로');
    expect(document.title).toBe('Status Lens: Microsoft 365 상태 확인');
  });

  it("calls a Microsoft advisory 권고 in its headline, as Microsoft's Korean does, never 서비스 저하 (Service degradation)", async () => {
    setUiLanguage('ko-KR');
    const korea = incident('adv', {
      severity: 'advisory',
      services: ['exchange'],
      status: 'advisory',
      regions: ['korea'],
      title: 'Some users may see delays in search',
    });
    const world = incident('adv-world', {
      severity: 'advisory',
      services: ['exchange'],
      status: 'advisory',
      regions: ['global'],
      title: 'Admins may not see message trace results',
    });
    await storeSnapshot(makeSnapshot({ incidents: [korea, world] }));
    const root = await mount();
    expect(text(byTestId(root, 'headline'))).toBe('한국 지역 Outlook(회사·학교) 관련 권고');
    expect(text(byTestId(root, 'ms-status'))).toBe('권고');
    expect(text(root)).toContain('전 세계 Outlook(회사·학교) 관련 권고');
    expect(text(root)).not.toContain('서비스 저하');
  });

  it('uses Korean when the worker recorded it (the setting, policy applied), whatever the browser language', async () => {
    setUiLanguage('en-US');
    await storeSnapshot(makeSnapshot({ language: 'ko', probe: probe({ reachable: false, latencyMs: undefined, consecutiveProblems: 2 }) }));
    const root = await mount();
    expect(document.documentElement.lang).toBe('ko');
    expect(text(byTestId(root, 'verdict'))).toContain('내 네트워크 문제');
    expect(text(byTestId(root, 'empty'))).toBe('선택한 서비스에 진행 중인 문제가 없습니다');
    expect(text(root.querySelector('footer'))).toContain('설정');
  });

  it('switches language live when the worker records a changed setting', async () => {
    setUiLanguage('ko');
    await storeSnapshot(makeSnapshot({ language: 'en' }));
    const root = await mount();
    expect(text(byTestId(root, 'refresh'))).toBe('Refresh');
    // A settings change makes the worker check again and record the new language.
    await act(() => storeSnapshot(makeSnapshot({ language: 'ko' })));
    for (let i = 0; i < 3; i++) await flush();
    expect(text(byTestId(root, 'refresh'))).toBe('새로 고침');
    expect(document.documentElement.lang).toBe('ko');
  });
});
