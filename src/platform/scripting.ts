/** Putting the banner's code into a page that asked for it (worker only; the `scripting` permission). */
import { ext } from './extension-api';

/** The banner's own script, built beside the content script (vite.config.ts contentScripts()). */
export const BANNER_SCRIPT = 'src/content/banner.js';

/**
 * Runs the banner's code in one frame, in the content script's own isolated world (never the page's):
 * nothing of it is web-accessible, so a page cannot fetch it to learn the extension is there.
 */
export async function injectBannerCode(tabId: number, frameId: number): Promise<void> {
  await ext().scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [BANNER_SCRIPT] });
}
