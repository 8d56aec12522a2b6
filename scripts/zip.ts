/**
 * `npm run zip` (after both builds and `web-ext lint`): the store archives in release/.
 *
 *   ms-status-lens-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (dist/, without the development `key`)
 *   ms-status-lens-<version>-firefox.zip  addons.mozilla.org (dist-firefox/, `TARGET=firefox vite build`)
 *   ms-status-lens-<version>-source.zip   the tracked source, which AMO asks for because the code is bundled
 *
 * Archives are reproducible: sorted entries and a fixed timestamp (the last commit's, or SOURCE_DATE_EPOCH).
 * Then each archive is unzipped to a temporary folder and checked: the Firefox one must have a background
 * script that exists and a complete chunk graph; then each is loaded into its browser (Debian's Chromium,
 * and Firefox ESR where it is installed) with the end-to-end harness against the local fixture server,
 * until its first check paints the toolbar and the popup shows it.
 *
 *   --no-verify   write and statically check the archives without starting a browser
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { launchBrowser } from '../harness/browsers';
import { badge, type BrowserKind, readSnapshot, testId, until } from '../harness/driver';
import { FIREFOX } from '../harness/firefox';
import { FixtureServer, SCENARIOS } from '../harness/fixture-server';
import { kb, listFiles, measureSizes } from '../harness/sizes';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const OUT = 'release';
const verify = !process.argv.includes('--no-verify');

function timestamp(): Date {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  try {
    return new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim()) * 1000);
  } catch {
    return new Date('2025-01-01T00:00:00Z');
  }
}
const MTIME = timestamp();

type Transform = (file: string, data: Uint8Array) => Uint8Array;

function archive(
  name: string,
  root: string,
  files: string[],
  transform: Transform = (_f, d) => d,
): { path: string; bytes: number; files: number } {
  const entries: Zippable = {};
  for (const file of [...files].sort()) entries[file] = [transform(file, readFileSync(join(root, file))), { level: 9, mtime: MTIME }];
  const path = join(OUT, name);
  writeFileSync(path, zipSync(entries));
  return { path, bytes: statSync(path).size, files: files.length };
}

function manifestOf(dir: string): Record<string, unknown> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${dir}/manifest.json is missing: build first (npm run zip builds both targets)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** The Chrome Web Store refuses a manifest with a `key` ("key field is not allowed in manifest"): it is for unpacked development only. */
const storeManifest: Transform = (file, data) => {
  if (file !== 'manifest.json') return data;
  const { key: _key, ...manifest } = JSON.parse(Buffer.from(data).toString('utf8')) as Record<string, unknown>;
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
};

function checkFirefoxManifest(dir: string): void {
  const m = manifestOf(dir) as {
    manifest_version?: number;
    background?: { scripts?: string[]; service_worker?: string };
    browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  };
  const problems: string[] = [];
  if (m.manifest_version !== 3) problems.push('manifest_version is not 3');
  if (m.background?.service_worker) problems.push('background.service_worker is set (Firefox runs background.scripts)');
  const scripts = m.background?.scripts ?? [];
  if (scripts.length === 0) problems.push('no background.scripts');
  for (const s of scripts) if (!existsSync(join(dir, s))) problems.push(`background script ${s} does not exist`);
  if (!m.browser_specific_settings?.gecko?.id) problems.push('no browser_specific_settings.gecko.id');
  if (!m.browser_specific_settings?.gecko?.data_collection_permissions?.required?.length) problems.push('no data_collection_permissions');
  if (problems.length) throw new Error(`dist-firefox/manifest.json: ${problems.join('; ')}`);
}

function unzipTo(zipPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'msl-unzipped-'));
  for (const [file, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
    if (file.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), data);
  }
  return dir;
}

/** Loads an unzipped package into its browser and waits for its first check to paint the toolbar. */
async function loadIn(browser: BrowserKind, dir: string): Promise<string> {
  const server = new FixtureServer();
  server.use(SCENARIOS.quiet);
  const ext = await launchBrowser(browser, await server.start(), { extensionDir: dir });
  try {
    const snapshot = await until(
      () => readSnapshot(ext),
      (s) => s?.level === 'ok',
      30_000,
    );
    if (snapshot?.level !== 'ok') throw new Error(`the unzipped ${browser} package did not complete a green check (${snapshot?.level})`);
    const page = await ext.open(ext.popupUrl);
    await page.waitFor(testId('headline'));
    const headline = await page.text(testId('headline'));
    const { color } = await badge(ext);
    return `loaded as ${ext.id}, first check "${snapshot.level}", badge rgb(${color.slice(0, 3).join(',')}), popup says "${headline}"`;
  } finally {
    await ext.close();
    await server.stop();
  }
}

mkdirSync(OUT, { recursive: true });
const chromeManifest = manifestOf('dist');
checkFirefoxManifest('dist-firefox');
for (const [dir, m] of [
  ['dist', chromeManifest],
  ['dist-firefox', manifestOf('dist-firefox')],
] as const) {
  if (m.version !== pkg.version)
    throw new Error(`${dir}/manifest.json says version ${String(m.version)}, package.json ${pkg.version}: rebuild`);
}

const base = `${pkg.name}-${pkg.version}`;
const chrome = archive(`${base}-chrome.zip`, 'dist', listFiles('dist'), storeManifest);
const firefox = archive(`${base}-firefox.zip`, 'dist-firefox', listFiles('dist-firefox'));
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && existsSync(f) && statSync(f).isFile());
const source = archive(`${base}-source.zip`, '.', tracked);

for (const a of [chrome, firefox, source]) console.log(`${a.path}: ${a.files} files, ${kb(a.bytes)}`);

// The archives themselves, not the folders they came from.
const firefoxDir = unzipTo(firefox.path);
try {
  checkFirefoxManifest(firefoxDir);
  const sizes = await measureSizes(firefoxDir);
  if (sizes.unreached.length) throw new Error(`firefox package: scripts nothing loads: ${sizes.unreached.join(', ')}`);
  console.log(
    `firefox package: background.scripts resolve (${sizes.background.files.length} files), content script ${sizes.contentScript.files.length} files`,
  );
  if (verify && existsSync(FIREFOX)) console.log(`firefox package: ${await loadIn('firefox', firefoxDir)}`);
  else if (verify)
    console.log(`firefox package: not loaded into Firefox (no ${FIREFOX}; \`apt-get install firefox-esr\` or set FIREFOX_PATH)`);
} finally {
  rmSync(firefoxDir, { recursive: true, force: true });
}

const chromeDir = unzipTo(chrome.path);
try {
  if ('key' in manifestOf(chromeDir)) throw new Error('chrome package: manifest still has a key');
  if (verify) console.log(`chrome package: ${await loadIn('chromium', chromeDir)}`);
} finally {
  rmSync(chromeDir, { recursive: true, force: true });
}
