/**
 * Size budgets of the built extension (gzip): content script <= 4 KB, popup JS before its headline <= 4 KB,
 * all the popup loads <= 26 KB, all of dist/ <= 150 KB (harness/sizes.ts says why). Reads dist/, so it
 * runs after the build (`npm run test:built`, a step of `npm test`); the same numbers appear in
 * `npm run bench`. The chunk graph comes from harness/sizes.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, kb, measureSizes, missingBuildMessage, type Sizes } from '../../harness/sizes';

const DIST = resolve(process.env.EXT_DIST ?? 'dist');

describe('size budgets of the built extension (gzip)', () => {
  let sizes: Sizes;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(missingBuildMessage(DIST));
    sizes = await measureSizes(DIST);
  });

  it('finds every chunk the extension loads', () => {
    // The content script is one classic script that imports nothing; the banner's code is one more, injected on demand.
    expect(sizes.contentScript.files).toEqual(['src/content/gate.js']);
    expect(sizes.contentBanner.files).toEqual(['src/content/banner.js']);
    expect(sizes.popupFirstScript.files.length).toBeGreaterThanOrEqual(1);
    // The popup's first script hands over to the popup itself with import(): that is counted in popupAll.
    expect(sizes.popupAll.files.slice(0, sizes.popupFirstScript.files.length)).toEqual(sizes.popupFirstScript.files);
    expect(sizes.popupAll.files.length).toBeGreaterThan(sizes.popupFirstScript.files.length);
    expect(sizes.background.files.length).toBeGreaterThanOrEqual(2);
    expect(sizes.unreached, 'emitted scripts that no entry point loads').toEqual([]);
  });

  it.each(Object.keys(BUDGETS) as (keyof typeof BUDGETS)[])('%s is within its budget', (name) => {
    const check = checkBudgets(sizes).find((c) => c.name === name)!;
    const files = name === 'totalDist' ? `${sizes.totalDist.files.length} files` : sizes[name].files.join(', ');
    expect(
      check.gzipBytes,
      `${name} is ${kb(check.gzipBytes)} gzip, over its budget of ${kb(check.budget)} (${files})`,
    ).toBeLessThanOrEqual(check.budget);
  });
});
