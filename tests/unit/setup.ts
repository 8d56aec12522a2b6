/** Every unit test finds the extension API where src/platform looks for it: an in-memory fake as `browser`. */
import { fakeBrowser } from '@webext-core/fake-browser';

Object.assign(globalThis, { browser: fakeBrowser });
