/**
 * What each part of the built extension costs, in gzip bytes, found from the built files themselves:
 * the entry points come from dist/manifest.json (content script, service worker, popup and options pages)
 * plus the banner's code the worker injects (src/platform/content-files.ts) and the first-run page the
 * worker opens, and the chunk graph from the import statements of the emitted JavaScript, read with
 * es-module-lexer (the lexer Vite itself uses). That is exactly what the browser loads, including the
 * crxjs content-script loader, which Vite's own build manifest does not know about.
 *
 * Used by `npm run bench` (bench/run.ts) and by the size budgets in `npm test` (tests/build/budgets.test.ts) and by `npm run zip`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { BANNER_SCRIPT, GATE_SCRIPT } from '../src/platform/content-files';

/**
 * Budgets in gzip bytes (1 KB = 1024 bytes). The popup has two: what loads before its headline is painted
 * (boot.js alone, framework-free; until 0.1.x the whole popup loaded first, under 20 KB), and everything
 * it loads when opened, which 0.1.0 put at 18.72 KB and #10-#13 grew to 22.3 KB (event cards, the
 * stored-data schema in the popup): a ceiling against silent growth, not a target. #19 raised it to 26 KB
 * for webextension-polyfill (the design card's one `browser` namespace: 22.10 → 24.72 KB; 3.0 KB on its own);
 * 0.2.0 to 29 KB for the fact box and Copy for IT's notice (#20, about 2 KB) and the crowd verdict (#17,
 * 1.6 KB): 28.76 KB. The headline does not wait for any of it (popupFirstScript, boot.js alone).
 */
export const BUDGETS = {
  contentScript: 4 * 1024,
  popupFirstScript: 4 * 1024,
  popupAll: 29 * 1024,
  totalDist: 150 * 1024,
} as const;
export type BudgetName = keyof typeof BUDGETS;

export interface Part {
  /** Files (relative to dist/, forward slashes) in load order: the entry first. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export interface Sizes {
  dist: string;
  /** What every app page runs: the gate (one classic script, one storage read). */
  contentScript: Part;
  /** The banner's code, injected by the worker only while an alert is proposed (reported, not budgeted). */
  contentBanner: Part;
  /** What the popup page loads before it paints its headline: its script and that script's static imports. */
  popupFirstScript: Part;
  /** Everything the popup loads when opened: also what its script imports with import() (the popup itself). */
  popupAll: Part;
  optionsJs: Part;
  /** The first-run page, which no manifest key names: the worker opens it on install. */
  welcomeJs: Part;
  background: Part;
  /** Every file under dist/ (each gzipped on its own), without build bookkeeping such as .vite/. */
  totalDist: Part;
  /** Chunks only reached through a dynamic import(), not loaded up front (reported, not budgeted). */
  lazy: string[];
  /** Emitted .js files that no entry reaches: a sign the graph below missed a way of loading code. */
  unreached: string[];
}

export interface BudgetCheck {
  name: BudgetName;
  gzipBytes: number;
  budget: number;
  ok: boolean;
}

/** Files that are build bookkeeping, not part of the extension (never zipped, never counted). */
export function isBookkeeping(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.'));
}

/** Gzip at level 9, the usual convention for size budgets. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => !isBookkeeping(f));
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

export function missingBuildMessage(dist: string): string {
  return `build first: ${join(dist, 'manifest.json')} does not exist (run \`npx vite build\`, or \`npm test\`, which builds before testing)`;
}

/** Module scripts of an extension page: `<script type="module" src="/assets/…">`. */
function pageScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const out: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) out.push(resolveFrom(page, src));
  }
  return out;
}

/** Resolves a specifier the way the browser does for an extension file: "/x" from the root, "./x" from the importer. */
function resolveFrom(importer: string, specifier: string): string {
  const path = specifier.split(/[?#]/)[0]!;
  if (path.startsWith('/')) return posix.normalize(path.slice(1));
  return posix.normalize(posix.join(posix.dirname(importer), path));
}

interface Edges {
  /** Loaded as soon as the file runs: static imports, and the crxjs loader's import(chrome.runtime.getURL("…")). */
  eager: string[];
  lazy: string[];
}

/** The chunks a built JS file loads, from its import statements. */
function edgesOf(dist: string, file: string): Edges {
  const source = readFileSync(join(dist, file), 'utf8');
  const [imports] = parse(source, file);
  const eager: string[] = [];
  const lazy: string[] = [];
  for (const imp of imports) {
    // d === -1: static import/export-from; d >= 0: dynamic import(); d === -2: import.meta.
    if (imp.d === -2) continue;
    if (imp.n !== undefined && imp.d === -1) {
      eager.push(resolveFrom(file, imp.n));
      continue;
    }
    if (imp.n !== undefined) {
      lazy.push(resolveFrom(file, imp.n));
      continue;
    }
    // A computed specifier: crxjs's content-script loader imports its entry through runtime.getURL("…")
    // right away, so that counts as part of the script.
    const expression = source.slice(imp.s, imp.e);
    const url = /\.getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/.exec(expression)?.[1];
    if (url) eager.push(resolveFrom('', `/${url.replace(/^\//, '')}`));
  }
  return { eager, lazy };
}

/** The files `entries` load, in load order; `followLazy`: their import() targets too, transitively. */
function closure(dist: string, entries: string[], lazySink: Set<string>, reached: Set<string>, followLazy = false): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    if (!existsSync(join(dist, file))) throw new Error(`${file} is loaded by the extension but missing from ${dist}`);
    seen.push(file);
    reached.add(file);
    const { eager, lazy } = edgesOf(dist, file);
    for (const l of lazy) lazySink.add(l);
    eager.forEach(visit);
    if (followLazy) lazy.forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

function part(dist: string, files: string[]): Part {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = readFileSync(join(dist, f));
    bytes += data.byteLength;
    gzipBytes += gzipSize(data);
  }
  return { files, bytes, gzipBytes };
}

export async function measureSizes(distDir = 'dist'): Promise<Sizes> {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(missingBuildMessage(dist));
  await init;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const lazy = new Set<string>();
  const reached = new Set<string>();
  const graph = (entries: string[]) => part(dist, closure(dist, entries, lazy, reached));

  const workerEntries = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const popup = manifest.action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (!existsSync(join(dist, GATE_SCRIPT)) || workerEntries.length === 0 || !popup || !options) {
    throw new Error(`${dist} lacks the content script, or its manifest a background script, popup or options page`);
  }

  const sizes: Sizes = {
    dist,
    contentScript: graph([GATE_SCRIPT]),
    contentBanner: graph([BANNER_SCRIPT]),
    popupFirstScript: graph(pageScripts(dist, popup)),
    popupAll: part(dist, closure(dist, pageScripts(dist, popup), new Set(), reached, true)),
    optionsJs: graph(pageScripts(dist, options)),
    welcomeJs: graph(pageScripts(dist, WELCOME_PAGE)),
    background: graph(workerEntries),
    totalDist: part(dist, listFiles(dist)),
    lazy: [],
    unreached: [],
  };
  // Lazy chunks are followed too, so that "unreached" only lists code nothing can load.
  const lazyFiles = closure(
    dist,
    [...lazy].filter((f) => !reached.has(f)),
    new Set(),
    reached,
  );
  sizes.lazy = lazyFiles;
  sizes.unreached = listFiles(dist).filter((f) => f.endsWith('.js') && !reached.has(f));
  return sizes;
}

/** The first-run page, as src/background/index.ts opens it. */
const WELCOME_PAGE = 'src/welcome/index.html';

export function checkBudgets(sizes: Sizes): BudgetCheck[] {
  return (Object.keys(BUDGETS) as BudgetName[]).map((name) => {
    const gzipBytes = sizes[name].gzipBytes;
    return { name, gzipBytes, budget: BUDGETS[name], ok: gzipBytes <= BUDGETS[name] };
  });
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

/** For messages: where dist/ is relative to the working directory. */
export function shortPath(path: string): string {
  return relative(process.cwd(), path) || '.';
}

export const PROJECT_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
