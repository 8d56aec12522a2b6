import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/**
 * Files crxjs cannot see in the manifest: the level icons (chosen at run time by setIcon) and the
 * enterprise policy schema (storage.managed_schema). Emitted as they are.
 */
function staticFiles(): Plugin {
  const files = [
    ...readdirSync('icons')
      .filter((f) => f.endsWith('.png'))
      .map((f) => `icons/${f}`),
    'managed_schema.json',
  ];
  return {
    name: 'static-files',
    async generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: await readFile(file) });
    },
  };
}

/**
 * `TARGET=firefox vite build` builds the same source for Firefox into dist-firefox/ (see docs/firefox.md):
 * an event page (`background.scripts`) instead of a service worker, the gecko id and minimum version, the
 * data-collection declaration, and none of Chrome's own keys (`key`, `minimum_chrome_version`).
 */
const FIREFOX = process.env.TARGET === 'firefox';
export const GECKO_ID = 'ms-status-lens@example.org';

function extensionManifest() {
  const base = { ...manifest, version: pkg.version };
  if (!FIREFOX) return base;
  const { key: _key, minimum_chrome_version: _minimum, background: _worker, ...rest } = base as typeof base & { key?: string };
  return {
    ...rest,
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 (also the current ESR, which managed fleets run): the first with data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none' as const] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

export default defineConfig({
  // crx() stays out of Vitest: unit tests import source modules directly.
  plugins: [
    preact(),
    ...(process.env.VITEST ? [] : [crx({ manifest: extensionManifest(), browser: FIREFOX ? 'firefox' : 'chrome' }), staticFiles()]),
  ],
  publicDir: false,
  build: {
    outDir: FIREFOX ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: FIREFOX ? ['chrome120', 'firefox140'] : 'chrome120',
    reportCompressedSize: true,
    modulePreload: {
      // The banner loads the code that shows it with import() only when it has something to show. A
      // <link rel=modulepreload> for it would be put into Outlook's own page and fetched from Outlook's origin.
      resolveDependencies: (_file, deps, { hostId }) => (hostId.includes('content') ? [] : deps),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'happy-dom', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        // Checks on the built extension (dist/), run after `vite build`.
        extends: true,
        test: { name: 'built', environment: 'node', include: ['tests/build/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // The scenarios shared by both browsers (harness/driver.ts), in Firefox ESR: `npm run test:firefox`.
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: [
            'tests/e2e/smoke.e2e.test.ts',
            'tests/e2e/ui.e2e.test.ts',
            'tests/e2e/requests.e2e.test.ts',
            'tests/e2e/*.firefox.test.ts',
          ],
          env: { E2E_BROWSER: 'firefox' },
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
