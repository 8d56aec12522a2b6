/**
 * Least privilege and content security, checked on every build: the manifest asks for no more than it
 * needs, and no source file can turn data into HTML or code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { APP_IDS, appsWithAlert, pagePatterns } from '../../src/core/engine/apps';

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
const APP_PATTERNS = pagePatterns(APP_IDS);

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

  it('declares no content script: the worker registers the gate only on the pages of apps with an alert', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(pagePatterns(appsWithAlert({ 'outlook-business': null, 'outlook-consumer': null, teams: null, m365: null }))).toEqual([]);
    expect(pagePatterns(appsWithAlert({ 'outlook-business': {}, teams: {} }))).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://teams.microsoft.com/*',
      'https://teams.cloud.microsoft/*',
    ]);
    // Every pattern the gate can be registered on is a host the manifest already grants.
    for (const pattern of APP_PATTERNS) expect(manifest.host_permissions).toContain(pattern);
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
