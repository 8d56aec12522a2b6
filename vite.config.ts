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
  const files = [...readdirSync('icons').filter((f) => f.endsWith('.png')).map((f) => `icons/${f}`), 'managed_schema.json'];
  return {
    name: 'static-files',
    async generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: await readFile(file) });
    },
  };
}

export default defineConfig({
  // crx() stays out of Vitest: unit tests import source modules directly.
  plugins: [preact(), ...(process.env.VITEST ? [] : [crx({ manifest: { ...manifest, version: pkg.version } }), staticFiles()])],
  publicDir: false,
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'chrome120', reportCompressedSize: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'happy-dom', include: ['tests/unit/**/*.test.{ts,tsx}'] },
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
    ],
  },
});
