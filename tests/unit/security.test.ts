/**
 * Least privilege and content security, checked on every build: the manifest asks for no more than it
 * needs, and no source file can turn data into HTML or code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { APP_HOSTS } from '../../src/core/engine/apps';

const ROOT = resolve(process.cwd());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const sources = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'aggregator'))].map((path) => ({
  path: path.slice(ROOT.length + 1),
  code: readFileSync(path, 'utf8'),
}));

/** The hosts of core/engine/apps.ts, as match patterns, in the manifest's order. */
const APP_PATTERNS = Object.keys(APP_HOSTS).map((host) => `https://${host}/*`);

describe('manifest: least privilege', () => {
  it('asks only for alarms, storage, notifications and scripting (the banner code, into app pages it already runs on)', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
  });

  it('has host access only to the default sources and the apps the banner runs on; anything else is optional', () => {
    expect(manifest.host_permissions).toEqual([
      'https://azure.status.microsoft/*',
      'https://rssfeed.azure.status.microsoft/*',
      'https://status.cloud.microsoft/*',
      ...APP_PATTERNS,
    ]);
    const everything = JSON.stringify(manifest);
    for (const broad of ['<all_urls>', '"tabs"', '"webRequest"', '"cookies"', '"history"', '*://*/*', '*.cloud.microsoft']) {
      expect(everything).not.toContain(broad);
    }
  });

  it('runs the content script only on Outlook, Teams and the Microsoft 365 app, at document_start, top frame only', () => {
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual(APP_PATTERNS);
    expect(manifest.content_scripts.map((c) => [c.run_at, c.all_frames])).toEqual([['document_start', false]]);
  });

  it('exposes no file to web pages (a page could fetch one to tell the extension is installed)', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('has a strict extension-page CSP: own scripts only, no objects, no eval', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
  });
});

describe('source: no remote data becomes HTML or code', () => {
  const FORBIDDEN: [string, RegExp][] = [
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\(\s*['"`]/],
    ['remote script import', /import\(\s*['"`]https?:/],
  ];

  it.each(FORBIDDEN)('no %s anywhere in src/ or aggregator/', (_name, pattern) => {
    const offenders = sources.filter((s) => pattern.test(s.code)).map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('every link that opens a new tab carries rel="noopener noreferrer"', () => {
    for (const { path, code } of sources.filter((s) => s.path.endsWith('.tsx'))) {
      for (const m of code.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)) expect(m[0], path).toMatch(/rel="noopener noreferrer"/);
    }
    const content = sources.find((s) => s.path === 'src/content/banner.ts')!.code;
    expect(content).toContain("link.rel = 'noopener noreferrer'");
  });
});
