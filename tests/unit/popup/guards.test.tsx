/** Static guards for the popup: safe rendering and locale keys (the platform boundary is the linter's: biome.jsonc). */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOKS } from '../../../src/core/extension/level';

const ROOT = resolve(import.meta.dirname, '../../..');
const POPUP = resolve(ROOT, 'src/popup');
const sources = readdirSync(POPUP)
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ file: f, code: readFileSync(resolve(POPUP, f), 'utf8') }));
const locale = (lang: string) =>
  JSON.parse(readFileSync(resolve(ROOT, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

describe('popup source guards', () => {
  it('never renders HTML from strings', () => {
    for (const { file, code } of sources) expect(code, file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
  });
});

describe('popup locale keys', () => {
  const en = locale('en');
  const ko = locale('ko');
  const used = new Set<string>();
  for (const { code } of sources) for (const m of code.matchAll(/['"`](popup_[A-Za-z0-9_]+)['"`]/g)) used.add(m[1]!);
  for (const look of LOOKS) used.add(`popup_level_${look}`);
  // Named by core/extension/describe.ts levelWord, which the popup's header calls.
  used.add('popup_level_unconfirmed');

  it('en and ko have the same popup_ keys', () => {
    const popupKeys = (d: Record<string, unknown>) =>
      Object.keys(d)
        .filter((k) => k.startsWith('popup_'))
        .sort();
    expect(popupKeys(ko)).toEqual(popupKeys(en));
  });

  it('every key the popup uses exists in both languages, with the same substitutions', () => {
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) {
      expect(en[key], `en ${key}`).toBeDefined();
      expect(ko[key], `ko ${key}`).toBeDefined();
      const subs = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
      expect(subs(ko[key]!.message), key).toEqual(subs(en[key]!.message));
    }
  });

  it('every popup_ key in the files is used', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('popup_'))) expect(used.has(key), key).toBe(true);
  });
});
