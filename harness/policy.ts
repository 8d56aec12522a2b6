/**
 * Real enterprise policy for the E2E tests: a JSON file in Chromium's machine policy directory, read by the
 * browser itself (ConfigDirPolicyLoader), with the extension's policy under "3rdparty" → "extensions" →
 * <id>. Machine-wide, so every file is named after the test process and always removed again.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './extension';

/** The extension id fixed by the manifest's "key" (docs/enterprise.md says the same). */
export const FIXED_EXTENSION_ID = 'globanopcikmkmpjijmopniblfjbplmp';

/** Debian's Chromium reads mandatory machine policy from here (Google Chrome: /etc/opt/chrome/policies/managed). */
export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Every file these tests write starts with this, then the writing process id. */
export const POLICY_PREFIX = 'msl-e2e-';

/** Chromium's id for a manifest key: SHA-256 of the public key (DER), first 32 hex digits mapped 0-f → a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** The id the built extension will get, from dist/manifest.json's key; undefined when it has none. */
export function builtExtensionId(dist = DIST): string | undefined {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { key?: string };
  return manifest.key ? extensionIdFromKey(manifest.key) : undefined;
}

/** Whether this process may write machine policy (root, or a writable CHROMIUM_POLICY_DIR). */
export function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const written = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A file younger than this whose writer is still running belongs to a run in progress. */
const LIVE_RUN_MS = 30 * 60_000;

/** Removes files an earlier run left behind (killed before its cleanup ran); a live run's files stay. */
export function removeStalePolicyFiles(): string[] {
  let names: string[];
  try {
    names = readdirSync(POLICY_DIR);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(POLICY_PREFIX) || !name.endsWith('.json')) continue;
    const path = join(POLICY_DIR, name);
    const pid = Number(name.slice(POLICY_PREFIX.length).split('-')[0]);
    if (pid === process.pid && written.has(path)) continue;
    let young = false;
    try {
      young = Date.now() - statSync(path).mtimeMs < LIVE_RUN_MS;
    } catch {
      continue;
    }
    if (pid !== process.pid && Number.isInteger(pid) && pid > 0 && alive(pid) && young) continue;
    rmSync(path, { force: true });
    removed.push(name);
  }
  return removed;
}

let exitHookInstalled = false;

function removeWritten(): void {
  for (const path of written) rmSync(path, { force: true });
  written.clear();
}

/**
 * Last resort when a run ends without its afterAll (an uncaught error, process.exit, Ctrl-C): still remove
 * the files. A kill -9 leaves them for removeStalePolicyFiles at the next run.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', removeWritten);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeWritten();
      // Nobody else handles it (the runner may): end the process the way the signal would have.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

/**
 * Writes one mandatory policy file: `extensionPolicy` for the extension `id`, plus any Chrome policies
 * in `chromePolicy` (e.g. ExtensionSettings). Chromium watches the directory, so a running browser picks
 * it up within seconds; one started afterwards reads it at start.
 */
export function writeExtensionPolicy(
  id: string,
  extensionPolicy: Record<string, unknown>,
  chromePolicy: Record<string, unknown> = {},
): PolicyFile {
  mkdirSync(POLICY_DIR, { recursive: true });
  installExitHook();
  const path = join(POLICY_DIR, `${POLICY_PREFIX}${process.pid}-${Date.now().toString(36)}.json`);
  const body = { ...chromePolicy, '3rdparty': { extensions: { [id]: extensionPolicy } } };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o644 });
  written.add(path);
  return {
    path,
    remove() {
      rmSync(path, { force: true });
      written.delete(path);
    },
  };
}
