import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build as esbuild } from 'esbuild';
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
 * The popup's first paint (src/popup/boot.ts; bench/README.md has the measurements). The page keeps one
 * script, boot.js, bundled on its own with no imports; the popup's own script (main.tsx) and its chunks
 * leave the page and are handed to boot.js, which asks for them at once and runs them after the frame
 * that shows the headline. The stylesheet is written into the page. A stylesheet link holds module
 * scripts back until it has loaded, and the popup's chunks, fetched and run alongside, held back the
 * first frame: together as long as a whole trivial page.
 */
function popupFirstPaint(target: string[]): Plugin {
  const page = 'src/popup/index.html';
  return {
    name: 'popup-first-paint',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[page];
      if (html?.type !== 'asset') throw new Error(`${page} is not in the bundle`);
      let source = String(html.source);
      const take = (pattern: RegExp): RegExpExecArray[] => {
        const found = [...source.matchAll(pattern)];
        for (const m of found) source = source.replace(m[0], '');
        return found;
      };
      const [main, ...others] = take(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g);
      const preloads = take(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g).map((m) => m[1]!);
      const [stylesheet] = take(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g);
      const css = stylesheet && bundle[stylesheet[1]!];
      if (!main || others.length > 0 || !stylesheet || css?.type !== 'asset') {
        throw new Error(`${page}: expected one module script and one stylesheet`);
      }
      delete bundle[stylesheet[1]!];
      html.source = source.replace('</head>', `<style>${String(css.source).trim()}</style></head>`);

      const boot = await esbuild({
        entryPoints: ['src/popup/boot.ts'],
        bundle: true,
        write: false,
        format: 'esm',
        minify: true,
        target,
        // A literal import(), so the chunk graph (harness/sizes.ts) sees what the popup loads.
        define: { POPUP_MAIN: JSON.stringify(main[1]), POPUP_IMPORTS: JSON.stringify(preloads) },
        external: ['/assets/*'],
      });
      this.emitFile({ type: 'asset', fileName: 'src/popup/boot.js', source: boot.outputFiles[0]!.text });
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
const TARGETS = FIREFOX ? ['chrome120', 'firefox140'] : ['chrome120'];

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
    ...(process.env.VITEST
      ? []
      : [crx({ manifest: extensionManifest(), browser: FIREFOX ? 'firefox' : 'chrome' }), staticFiles(), popupFirstPaint(TARGETS)]),
  ],
  publicDir: false,
  build: {
    outDir: FIREFOX ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: TARGETS,
    reportCompressedSize: true,
    // The only dynamic import left is the banner's (src/content/app.ts): a <link rel=modulepreload> for it
    // would be put into Outlook's own page and fetched from Outlook's origin. The popup preloads its own
    // chunks (popupFirstPaint).
    modulePreload: false,
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
