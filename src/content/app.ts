/**
 * The banner's life cycle: one storage read on load, then only storage.onChanged. The worker decides
 * whether there is a banner (the apps chosen, the policy included) and in which language. When all is well
 * nothing else runs: the code that checks the stored values and shows the banner (show.ts), and its words,
 * arrive only once the banner key proposes an alert for this app (the worker injects them on request).
 */
import { appForHost, type AppId } from '../core/engine/apps';
import { onStorageChanged, readKeys, requestBannerCode, type StorageChanges } from '../platform/browser';
import { KEYS } from '../platform/storage-keys';
import { SHOW_BANNER, slot, type CreateBanner } from './handoff';
import type { Banner } from './show';

/** All the banner reads: its own key, the heartbeat (staleness) and the dismissals. */
const BANNER_KEYS = [KEYS.banner, KEYS.heartbeat, KEYS.dismissals];

/**
 * A first look at the raw banner key: is anything proposed for this app at all? Nothing is shown on this
 * alone; show.ts reads the values in full through core/extension/stored.ts.
 */
function proposesAlert(banner: unknown, app: AppId): boolean {
  const banners = (banner as { banners?: unknown } | null | undefined)?.banners;
  return typeof banners === 'object' && banners !== null && !!(banners as Partial<Record<AppId, unknown>>)[app];
}

/** The banner's code: already in this isolated world, or injected by the worker on request. */
async function bannerCode(): Promise<CreateBanner> {
  if (!slot[SHOW_BANNER]) await requestBannerCode();
  const create = slot[SHOW_BANNER];
  if (!create) throw new Error('the banner code did not arrive');
  return create;
}

/** Starts the banner for this page; resolves once the first decision is on screen. Returns a stop function. */
export async function start(host = location.hostname): Promise<() => void> {
  const app = appForHost(host);
  if (!app) return () => {};

  /** What is stored, as last read or changed: checked each time it is used. */
  const stored: Record<string, unknown> = {};
  let banner: Banner | undefined;
  let loading: Promise<Banner> | undefined;
  let stopped = false;

  async function update(): Promise<void> {
    if (!proposesAlert(stored[KEYS.banner], app!)) return banner?.hide();
    try {
      // Not kept after a failure (extension reloaded under this tab): the next change tries again.
      loading ??= bannerCode().then(
        (create) => (banner = create(app!)),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
      const shown = banner ?? (await loading);
      if (!stopped) await shown.update(stored);
    } catch {
      // Nothing is shown rather than something unchecked.
    }
  }

  /** Keys changed since load: a change that lands while the first read is in flight is newer than that read. */
  const changed = new Set<string>();
  let ready = false;
  const listener = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const mine = BANNER_KEYS.filter((key) => key in changes);
    if (mine.length === 0) return;
    for (const key of mine) {
      changed.add(key);
      stored[key] = changes[key]?.newValue;
    }
    if (ready) void update();
  };

  let stopListening = () => {};
  try {
    stopListening = onStorageChanged(listener);
    const got = await readKeys('local', BANNER_KEYS);
    for (const key of BANNER_KEYS) if (!changed.has(key)) stored[key] = got[key];
    ready = true;
  } catch {
    return () => {};
  }
  await update();
  return () => {
    stopped = true;
    stopListening();
    banner?.hide();
  };
}
