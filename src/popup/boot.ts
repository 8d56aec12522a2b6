/**
 * The popup's page script, built on its own into one small file (vite.config.ts, popupFirstPaint).
 * When the popup is opened from the toolbar, its address carries the level and headline of the worker's
 * last check (the glance, core/glance.ts): they are painted at once, and the popup itself (main.tsx:
 * Preact, the stored status, the dictionaries), fetched meanwhile, runs after that frame and takes over.
 * A missing, damaged or stale glance paints nothing, and the popup finds its words itself, as it does
 * when opened any other way.
 */
import { readGlance } from '../core/glance';
import { paintGlance } from './glance';

/** The popup's own script and the chunks it imports, as built (set by the build). */
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
// Loading the popup's chunks takes the main thread: only once the glance is on screen.
void (glance ? afterPaint() : Promise.resolve()).then(startPopup);
