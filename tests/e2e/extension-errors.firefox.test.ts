/**
 * A Firefox run fails on any uncaught error of the add-on (`JavaScript error: moz-extension://…` on
 * Firefox's output): harness/firefox.ts's close() throws. Pinned here with a copy of the package whose
 * background script throws once it has started.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readSnapshot, until } from '../../harness/driver';
import { FIREFOX_DIST, launchFirefox } from '../../harness/firefox';
import { FixtureServer, SCENARIOS } from '../../harness/fixture-server';

const server = new FixtureServer();
const broken = mkdtempSync(join(tmpdir(), 'msl-firefox-broken-'));

afterAll(async () => {
  await server.stop();
  rmSync(broken, { recursive: true, force: true });
});

it('an uncaught error in the extension fails the Firefox run', async () => {
  cpSync(FIREFOX_DIST, broken, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8')) as { background: { scripts: string[] } };
  const script = join(broken, manifest.background.scripts[0]!);
  writeFileSync(script, `${readFileSync(script, 'utf8')}\nsetTimeout(() => { throw new Error('deliberate test error'); }, 200);\n`);
  server.use(SCENARIOS.quiet);
  const ext = await launchFirefox(await server.start(), { extensionDir: broken });
  expect(
    await until(
      () => readSnapshot(ext),
      (s) => !!s,
    ),
  ).toBeDefined();
  await new Promise((r) => setTimeout(r, 1_000));
  await expect(ext.close()).rejects.toThrow(/JavaScript error: moz-extension:\/\/.*deliberate test error/);
});
