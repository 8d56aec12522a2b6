/** Static guards for the options page: safe rendering and its locale keys (the platform boundary is the linter's: biome.jsonc). */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const OPTIONS = resolve(ROOT, 'src/options');
const sources = readdirSync(OPTIONS)
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ file: f, code: readFileSync(resolve(OPTIONS, f), 'utf8') }));
const locale = (lang: string) =>
  JSON.parse(readFileSync(resolve(ROOT, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

describe('options source guards', () => {
  it('never renders HTML from strings', () => {
    for (const { file, code } of sources) expect(code, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
  });

  it('never asks with window.confirm', () => {
    for (const { file, code } of sources) expect(code, file).not.toMatch(/\b(window\.)?confirm\(/);
  });

  it('the manifest opens the page in a tab', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.options_ui).toEqual({ page: 'src/options/index.html', open_in_tab: true });
  });
});

describe('options locale keys', () => {
  const en = locale('en');
  const ko = locale('ko');
  const used = new Set<string>();
  for (const { code } of sources) for (const m of code.matchAll(/['"`](options_[A-Za-z0-9_]+)['"`]/g)) used.add(m[1]!);

  it('en and ko have the same options_ keys', () => {
    const keys = (d: Record<string, unknown>) =>
      Object.keys(d)
        .filter((k) => k.startsWith('options_'))
        .sort();
    expect(keys(ko)).toEqual(keys(en));
  });

  it('every key the page uses exists in both languages, with the same substitutions', () => {
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      expect(en[key], `en ${key}`).toBeDefined();
      expect(ko[key], `ko ${key}`).toBeDefined();
      const subs = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
      expect(subs(ko[key]!.message), key).toEqual(subs(en[key]!.message));
    }
  });

  it('every options_ key in the files is used', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('options_'))) expect(used.has(key), key).toBe(true);
  });

  it('Korean texts are really Korean', () => {
    for (const key of used) {
      expect(ko[key]!.message, key).toMatch(/[가-힣]/);
    }
  });
});
