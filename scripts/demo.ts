/**
 * `npm run demo`: the built extension in Chromium against the fixture server, replaying an APAC incident
 * (investigating → mitigating → resolved), with a fake Outlook tab and the popup open in a tab, so anyone
 * can watch it work without waiting for a real outage. Headed when there is a display. It ends on its own
 * once the extension has confirmed the ending (green), or on Ctrl+C.
 *
 *   npm run demo                 # 60 s per step
 *   DEMO_STEP_SECONDS=20 npm run demo
 */
import { badge, launchExtension, readSnapshot, refresh, until } from '../harness/extension';
import { FixtureServer } from '../harness/fixture-server';
import { apacTimeline } from '../harness/timeline';

const stepSeconds = Number(process.env.DEMO_STEP_SECONDS ?? 60);
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';

const server = new FixtureServer();
const steps = apacTimeline(stepSeconds);
server.use(steps[0]!.answers);
const ext = await launchExtension(await server.start(), {
  headless,
  ...(process.env.DEMO_LOCALE ? { locale: process.env.DEMO_LOCALE } : {}),
});
console.log(`Demo running${headless ? ' headless (no DISPLAY)' : ''}: ${stepSeconds} s per step. Ctrl+C to stop.`);

const outlook = await ext.context.newPage();
await outlook.goto('https://outlook.office.com/mail/');
const popup = await ext.context.newPage();
await popup.setViewportSize({ width: 380, height: 640 });
await popup.goto(ext.popupUrl);

/** What the toolbar shows now, for people watching the terminal (or a headless run). */
async function report(step: string): Promise<void> {
  const [snapshot, shown] = await Promise.all([readSnapshot(ext), badge(ext)]);
  const title = await ext.inExtension(() => chrome.action.getTitle({}));
  console.log(`→ ${step}: level ${snapshot?.level ?? 'none'}, badge "${shown.text}", tooltip "${title}"`);
}

/**
 * The ending: the check that first misses the incident keeps it (feeds flap), and the worker confirms it
 * with a check of its own about 20 s later. Report that one, then stop on the green it reaches.
 */
async function confirmEnding(): Promise<void> {
  const missed = await readSnapshot(ext);
  if (missed?.level === 'ok') return;
  console.log('  (Microsoft stopped listing it; the extension confirms with its next check, in about 20 s)');
  const confirmed = await until(
    () => readSnapshot(ext),
    (s) => !!s && s.checkedAt > (missed?.checkedAt ?? '') && s.level === 'ok',
    90_000,
  );
  await report(confirmed?.level === 'ok' ? 'resolved, confirmed' : 'resolved, not confirmed within 90 s');
}

const last = steps.at(-1)!;
const timers = steps.slice(1).map((step) =>
  setTimeout(async () => {
    server.use(step.answers);
    await refresh(ext).catch(() => {});
    await report(step.name).catch(() => {});
    if (step !== last) return;
    await confirmEnding().catch(() => {});
    await stop();
  }, step.at * 1000),
);
await refresh(ext);
await report(steps[0]!.name);

async function stop(): Promise<void> {
  timers.forEach(clearTimeout);
  await ext.close();
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
