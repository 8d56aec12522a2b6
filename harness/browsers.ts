/** One way to start either browser with the extension for the scenarios both run (harness/driver.ts). */
import type { BrowserKind, ExtensionDriver } from './driver';
import { launchExtension } from './extension';
import { launchFirefox } from './firefox';

export interface ScenarioOptions {
  locale?: string;
  /** The browser's time zone, e.g. "Asia/Seoul" (the machine's when unset). */
  timezoneId?: string;
  /** Send every host name to the fixture server, which records it (default: only Microsoft's). */
  everyHost?: boolean;
  /** Load the unpacked extension from here instead of dist/ or dist-firefox/. */
  extensionDir?: string;
}

export function launchBrowser(browser: BrowserKind, fixturePort: number, options: ScenarioOptions = {}): Promise<ExtensionDriver> {
  if (browser === 'firefox') return launchFirefox(fixturePort, options);
  return launchExtension(fixturePort, {
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.everyHost ? { rules: `MAP * 127.0.0.1:${fixturePort}` } : {}),
    ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}),
  });
}
