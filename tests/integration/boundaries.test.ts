/**
 * The layering is enforced by the linter (biome.jsonc) and the per-environment tsconfigs, not by reading
 * source text. These tests pin that enforcement: each probe is a small file placed where it would live in
 * the project, checked in a scratch folder with the project's own configs, and the tools must refuse
 * exactly the probes that cross a boundary.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** path → [source, the rule that must refuse it, or null when it must pass]. */
const LINT_PROBES: Record<string, [string, string | null]> = {
  'src/core/engine/probe-surface.ts': ["export { x } from '../../popup/state';", 'lint/style/noRestrictedImports'],
  'src/core/engine/sources/probe-background.ts': ["export { x } from '../../../background/check';", 'lint/style/noRestrictedImports'],
  'src/core/engine/probe-extension.ts': ["export { LEVELS } from '../extension/level';", 'lint/style/noRestrictedImports'],
  'src/core/extension/probe-platform.ts': ["export { x } from '../../platform/browser';", 'lint/style/noRestrictedImports'],
  'src/core/extension/probe-polyfill.ts': ["export { default } from 'webextension-polyfill';", 'lint/style/noRestrictedImports'],
  'src/core/extension/probe-preact.ts': ["export { signal } from '@preact/signals';", 'lint/style/noRestrictedImports'],
  'src/core/engine/probe-node.ts': ["export { readFileSync } from 'node:fs';", 'lint/correctness/noNodejsModules'],
  'src/core/engine/probe-chrome.ts': ['export const id = chrome.runtime.id;', 'lint/style/noRestrictedGlobals'],
  'src/core/extension/probe-navigator.ts': ['export const language = navigator.language;', 'lint/style/noRestrictedGlobals'],
  'src/core/engine/probe-ok.ts': ["export { parse } from 'valibot';\nexport { SEVERITIES } from './model';", null],
  'src/core/extension/probe-ok.ts': ["export { LEVELS } from './level';\nexport { SEVERITIES } from '../engine/model';", null],
  'src/popup/probe-polyfill.ts': ["export { default } from 'webextension-polyfill';", 'lint/style/noRestrictedImports'],
  'src/options/probe-chrome.ts': ['export const id = chrome.runtime.id;', 'lint/style/noRestrictedGlobals'],
  'src/content/probe-browser.ts': ['export const id = browser.runtime.id;', 'lint/style/noRestrictedGlobals'],
  'src/background/probe-node.ts': ["export { createServer } from 'node:http';", 'lint/correctness/noNodejsModules'],
  'src/background/probe-ok.ts': ["export { readLocal } from '../platform/browser';", null],
  'src/platform/probe-polyfill.ts': ["export { default } from 'webextension-polyfill';", null],
  'src/platform/probe-surface.ts': ["export { x } from '../popup/state';", 'lint/style/noRestrictedImports'],
  'aggregator/probe-node.ts': ["export { createServer } from 'node:http';", 'lint/correctness/noNodejsModules'],
  'aggregator/probe-platform.ts': ["export { x } from '../src/platform/browser';", 'lint/style/noRestrictedImports'],
  'aggregator/probe-surface.ts': ["export { x } from '../src/background/check';", 'lint/style/noRestrictedImports'],
  'aggregator/probe-extension.ts': ["export { LEVELS } from '../src/core/extension/level';", 'lint/style/noRestrictedImports'],
  'aggregator/probe-ok.ts': ["export { SEVERITIES } from '../src/core/engine/model';", null],
  'aggregator/node.ts': ["export { createServer } from 'node:http';", null],
  'aggregator/workerd.ts': ["export { readFileSync } from 'node:fs';", null],
};

/** tsconfig folder → globals of other environments that it must not know. */
const TYPE_PROBES: Record<string, string[]> = {
  'src/core/engine': ['document', 'window', 'chrome', 'process', 'Buffer'],
  'src/core/extension': ['document', 'window', 'chrome', 'process', 'Buffer'],
  'src/platform': ['document', 'process'],
  'src/background': ['document', 'chrome', 'process'],
  'src/popup': ['chrome', 'process'],
  'src/content': ['chrome', 'process'],
  aggregator: ['process', 'Buffer', 'document'],
};
/** What every one of those environments does have: the web platform's runtime-neutral APIs. */
const TYPE_PROBE_OK = 'export const get = (url: string) => fetch(new URL(url), { signal: AbortSignal.timeout(1_000) });';

let scratch: string;

function place(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${text}\n`);
}

/** Runs a project tool and returns what it printed, whether or not it exited with an error. */
function run(bin: string, args: string[], cwd: string): string {
  try {
    return execFileSync(join(BIN, bin), args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? '');
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'msl-boundaries-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the linter enforces the import boundaries', () => {
  const found = new Map<string, string[]>();

  beforeAll(() => {
    const dir = join(scratch, 'lint');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
    for (const [path, [code]] of Object.entries(LINT_PROBES)) place(dir, path, code);
    const report = JSON.parse(run('biome', ['lint', '--reporter=json', '--vcs-enabled=false', '--max-diagnostics=none', '.'], dir)) as {
      diagnostics: { category: string; location: { path: string } }[];
    };
    for (const d of report.diagnostics) found.set(d.location.path, [...(found.get(d.location.path) ?? []), d.category]);
  }, 30_000);

  it.each(Object.entries(LINT_PROBES))('%s', (path, [, rule]) => {
    expect(found.get(path) ?? []).toEqual(rule ? [rule] : []);
  });
});

describe('each environment compiles only with the types it has', () => {
  it.each(Object.entries(TYPE_PROBES))(
    '%s knows the web platform and none of %j',
    (project, globals) => {
      const root = join(scratch, 'types', project);
      place(root, join(project, 'probe-ok.ts'), TYPE_PROBE_OK);
      place(
        root,
        join(project, 'probe-leak.ts'),
        globals.map((g) => `export const ${g}Leak = typeof ${g} === 'object' && ${g};`).join('\n'),
      );
      copyFileSync(join(ROOT, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
      copyFileSync(join(ROOT, project, 'tsconfig.json'), join(root, project, 'tsconfig.json'));
      const errors = run('tsc', ['-p', project], root).trim().split('\n');
      expect(errors.filter((e) => !e.startsWith(`${project}/probe-leak.ts`))).toEqual([]);
      for (const g of globals)
        expect(
          errors.some((e) => e.includes(`Cannot find name '${g}'`)),
          g,
        ).toBe(true);
    },
    30_000,
  );
});

describe('the engine compiles on its own', () => {
  // rootDir in src/core/engine/tsconfig.json: what the aggregator shares cannot reach into the extension's rules.
  it('an engine file that imports from src/core/extension does not compile', () => {
    const root = join(scratch, 'engine-alone');
    place(root, 'src/core/extension/level.ts', "export const LEVELS = ['ok'] as const;");
    place(root, 'src/core/engine/probe-ok.ts', 'export const ok = 1;');
    place(root, 'src/core/engine/probe-reach.ts', "export { LEVELS } from '../extension/level';");
    copyFileSync(join(ROOT, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
    copyFileSync(join(ROOT, 'src/core/engine/tsconfig.json'), join(root, 'src/core/engine/tsconfig.json'));
    const errors = run('tsc', ['-p', 'src/core/engine'], root).trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/TS6059: File '.*src\/core\/extension\/level\.ts' is not under 'rootDir'/);
  }, 30_000);
});

describe('no foreign type library reaches an environment through its imports', () => {
  // A package's own .d.ts can pull in Node's types (miniflare's do); the compiler then knows `process`
  // everywhere in that program. These are the real projects, with the files they import.
  it.each(['src/core/engine', 'src/core/extension', 'src/platform', 'src/background', 'aggregator'])(
    '%s loads neither Node nor DOM types',
    (project) => {
      const files = run('tsc', ['-p', project, '--listFilesOnly'], ROOT).split('\n');
      expect(files.filter((f) => f.includes('/@types/node/') || /\/lib\.dom(\.[a-z]+)?\.d\.ts$/.test(f))).toEqual([]);
      expect(files.some((f) => f.includes(`/${project}/`))).toBe(true);
    },
  );
});
