/** Putting the banner's code into a page that asked for it (worker only; the `scripting` permission). */
import { BANNER_SCRIPT } from './content-files';
import { ext } from './extension-api';

/**
 * Runs the banner's code in one frame, in the content script's own isolated world (never the page's):
 * nothing of it is web-accessible, so a page cannot fetch it to learn the extension is there.
 */
export async function injectBannerCode(tabId: number, frameId: number): Promise<void> {
  await ext().scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [BANNER_SCRIPT] });
}
