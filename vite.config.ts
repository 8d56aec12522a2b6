import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };
import { BANNER_SCRIPT, GATE_SCRIPT } from './src/platform/content-files';
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
 * Each `_locales/<language>/messages.json` as the extension reads it: a message's `description` is for translators (it
 * stays in the source files), so the built copies leave it out (about 1.5 KB gzip of English). Emitted before crxjs
 * copies the manifest's files, which leaves a file already in the bundle alone.
 */
function localesWithoutDescriptions(): Plugin {
  return {
    name: 'locales-without-descriptions',
    async generateBundle() {
      for (const language of readdirSync('_locales')) {
        const fileName = `_locales/${language}/messages.json`;
        const messages = JSON.parse(await readFile(fileName, 'utf8')) as Record<string, { description?: string }>;
        for (const message of Object.values(messages)) delete message.description;
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(messages) });
      }
    },
  };
}

/**
 * The popup's first paint (src/popup/boot.ts; bench/README.md has the measurements). The page keeps one
 * script, boot.js, bundled on its own with no imports. The popup's own entry chunk (main.tsx) and the
 * chunks it imports leave the page and are handed to boot.js, which preloads and runs them after the
 * frame that shows the headline (at once when there is no headline to show). The stylesheet is written
 * into the page. Measured: a stylesheet link holds module scripts back until it has loaded, each chunk
 * the first script imports is one more request before it runs, and the popup's chunks compiled
 * alongside held the first frame back; each cost about as much as the margin to a trivial page.
 */
function popupFirstPaint(target: string[]): Plugin {
  const page = 'src/popup/index.html';
  return {
    name: 'popup-first-paint',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[page];
      const main = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(`/${page}`));
      if (html?.type !== 'asset' || main?.type !== 'chunk') throw new Error(`${page} and its entry chunk are not in the bundle`);
      // Everything main imports statically, transitively: what boot.js preloads.
      const imports: string[] = [];
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (imports.includes(file) || chunk?.type !== 'chunk') return;
        imports.push(file);
        chunk.imports.forEach(visit);
      };
      main.imports.forEach(visit);
      const styles = [...(main.viteMetadata?.importedCss ?? [])];
      const css = styles.length === 1 ? bundle[styles[0]!] : undefined;
      const elsewhere = Object.values(bundle).some(
        (o) => o !== html && o.type === 'asset' && o.fileName.endsWith('.html') && String(o.source).includes(styles[0]!),
      );
      if (css?.type !== 'asset' || elsewhere)
        throw new Error(`${page}: expected one stylesheet of its own, found ${styles.join(', ') || 'none'}`);

      // The page's module script, its preloads and its stylesheet link go; exactly those, or the build fails.
      const ours = new Set([main.fileName, ...imports, css.fileName].map((f) => `/${f}`));
      let removed = 0;
      const source = String(html.source).replace(
        /\s*<(?:script\s+type="module"|link\s+rel="(?:modulepreload|stylesheet)")[^>]*?(?:src|href)="([^"]+)"[^>]*>(?:<\/script>)?/g,
        (tag, url: string) => {
          if (url === './boot.js') return tag;
          if (!ours.has(url)) throw new Error(`${page}: unexpected ${tag.trim()}`);
          removed++;
          return '';
        },
      );
      if (removed !== ours.size) throw new Error(`${page}: removed ${removed} of the ${ours.size} tags the build wrote for the popup`);
      const style = String(css.source).trim();
      if (/<\/style/i.test(style)) throw new Error(`${css.fileName} cannot be written into a <style> element`);
      html.source = source.replace('</head>', () => `<style>${style}</style></head>`);
      delete bundle[css.fileName];

      const boot = await esbuild({
        entryPoints: ['src/popup/boot.ts'],
        bundle: true,
        write: false,
        format: 'esm',
        minify: true,
        target,
        // A literal import(), so the chunk graph (harness/sizes.ts) sees what the popup loads.
        define: { POPUP_MAIN: JSON.stringify(`/${main.fileName}`), POPUP_IMPORTS: JSON.stringify(imports.map((f) => `/${f}`)) },
        external: ['/assets/*'],
      });
      this.emitFile({ type: 'asset', fileName: 'src/popup/boot.js', source: boot.outputFiles[0]!.text });
    },
  };
}

/**
 * The content script, built outside crxjs (whose loader would import its chunks from web-accessible
 * resources any page can fetch to tell the extension is there, and load three modules on every page):
 * - GATE_SCRIPT, the one content script: a single classic script, registered by the worker only on the
 *   pages of apps a banner has something to say in (src/platform/app-pages.ts), run at document_start,
 *   which takes the extension API before the page has any element (src/platform/captured-api.ts) and reads
 *   storage once;
 * - BANNER_SCRIPT, the banner's code, which the worker injects (scripting.executeScript,
 *   src/platform/scripting.ts) only when an alert is proposed for the page's app.
 * Neither is web-accessible. Both take `webextension-polyfill` as the captured API object.
 */
const CONTENT_SCRIPTS = { [GATE_SCRIPT]: 'src/content/index.ts', [BANNER_SCRIPT]: 'src/content/banner-entry.ts' };

function contentScripts(target: string[]): Plugin {
  return {
    name: 'content-scripts',
    enforce: 'post',
    async generateBundle() {
      for (const [fileName, entry] of Object.entries(CONTENT_SCRIPTS)) {
        const out = await esbuild({
          entryPoints: [entry],
          bundle: true,
          write: false,
          format: 'iife',
          minify: true,
          target,
          alias: { 'webextension-polyfill': './src/platform/captured-api.ts' },
        });
        this.emitFile({ type: 'asset', fileName, source: out.outputFiles[0]!.text });
      }
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
      : [
          crx({ manifest: extensionManifest(), browser: FIREFOX ? 'firefox' : 'chrome' }),
          staticFiles(),
          localesWithoutDescriptions(),
          popupFirstPaint(TARGETS),
          contentScripts(TARGETS),
        ]),
  ],
  publicDir: false,
  build: {
    // The first-run page is in no manifest key: the worker opens it on install.
    rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
    outDir: FIREFOX ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: TARGETS,
    reportCompressedSize: true,
    modulePreload: {
      // Chromium and Firefox (the versions we support) know <link rel=modulepreload>: no polyfill to load first.
      polyfill: false,
      // The banner loads the code that shows it with import() only when it has something to show. A
      // <link rel=modulepreload> for it would be put into Outlook's own page and fetched from Outlook's origin.
      resolveDependencies: (_file, deps, { hostId }) => (hostId.includes('content') ? [] : deps),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Fast: no process, server, browser or linter (those are in `integration`).
        // Unit tests install an in-memory fake as `browser` (or `chrome`): the platform reaches it through this stand-in.
        resolve: { alias: { 'webextension-polyfill': resolve('tests/unit/support/extension-api.ts') } },
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        // What starts something: the linters and the compiler on probe files, workerd, Node processes, loopback servers.
        extends: true,
        test: { name: 'integration', environment: 'node', include: ['tests/integration/**/*.test.ts'] },
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
            'tests/e2e/apps.e2e.test.ts',
            'tests/e2e/helpdesk.e2e.test.ts',
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
