/**
 * The popup's page script, built on its own into one small file with no imports (vite.config.ts,
 * popupFirstPaint). When the popup is opened from the toolbar, its address carries the level and headline
 * of the worker's last check (the glance, core/extension/glance.ts): they are painted at once, and only after that
 * frame is the popup itself (main.tsx: Preact, the stored status, the dictionaries) fetched and run; it
 * takes over in the same words. A missing, damaged or stale glance paints nothing, and the popup loads at
 * once and finds its words itself, as it does when opened any other way (a notification, a new tab).
 */
import { readGlance } from '../core/extension/glance';
import { paintGlance } from './first-paint';

/** The popup's own entry chunk and every chunk it imports, as built (set by the build). */
declare const POPUP_MAIN: string;
declare const POPUP_IMPORTS: string[];

/** Resolves after the frame that shows what is in the DOM now has been produced. */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    }),
  );

/** The popup itself, its chunks fetched side by side rather than one after the other. */
function startPopup(): Promise<unknown> {
  for (const href of POPUP_IMPORTS) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  }
  return import(POPUP_MAIN);
}

const glance = readGlance(location.search, Date.now());
if (glance) paintGlance(document.getElementById('app')!, glance);
// Fetching and compiling the popup's chunks takes the main thread: only once the glance is on screen.
void (glance ? afterPaint() : Promise.resolve()).then(startPopup);
