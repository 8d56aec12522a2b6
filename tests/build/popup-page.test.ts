/**
 * The built popup page (vite.config.ts, popupFirstPaint): one small script with no imports that paints the
 * glance, the stylesheet in the page, and the popup itself handed to that script, every chunk of it
 * preloaded. Reads dist/, so it runs after the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureSizes, missingBuildMessage, type Sizes } from '../../harness/sizes';

const DIST = resolve(process.env.EXT_DIST ?? 'dist');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('the built popup page', () => {
  let html: string;
  let boot: string;
  let sizes: Sizes;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(missingBuildMessage(DIST));
    await init;
    html = read('src/popup/index.html');
    boot = read('src/popup/boot.js');
    sizes = await measureSizes(DIST);
  });

  it('has one script, boot.js, and its stylesheet written in: nothing else to fetch before the headline', () => {
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0].replace(/\s+/g, ' '))).toEqual([
      '<script type="module" src="./boot.js">',
    ]);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toMatch(/<style>[^<]*\.top\.lvl-outage[^<]*<\/style>/);
  });

  it('boot.js imports nothing before it paints, then the popup itself, with every chunk the popup loads preloaded', () => {
    const [imports] = parse(boot);
    expect(imports.filter((i) => i.d === -1)).toEqual([]);
    const dynamic = imports.filter((i) => i.d >= 0).map((i) => i.n);
    expect(dynamic).toHaveLength(1);
    const popup = sizes.popupAll.files.filter((f) => f !== 'src/popup/boot.js');
    expect(`/${popup[0]}`).toBe(dynamic[0]);
    const named = new Set([...boot.matchAll(/"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]));
    expect([...named].sort()).toEqual(popup.map((f) => `/${f}`).sort());
  });
});
