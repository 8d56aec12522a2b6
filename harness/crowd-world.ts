/**
 * One real Chromium with the extension under the organisation's policy (reports on, site "Seoul HQ"),
 * pointed at the aggregator fixture, whose document carries a simulated office's crowd part (40 browsers at
 * two sites; harness/crowd-office.ts). Shared by the end-to-end test and `npm run screenshots`.
 */
import type { CrowdPart } from '../src/core/engine/crowd';
import type { Snapshot } from '../src/core/extension/snapshot';
import { AggregatorFixture, CORP_STATUS_URL } from './aggregator-fixture';
import { crowdPart } from './crowd-office';
import { defaultRules, type Extension, launchExtension, readSnapshot, refresh, until } from './extension';
import { type Answer, FixtureServer } from './fixture-server';
import { FIXED_EXTENSION_ID, type PolicyFile, removeStalePolicyFiles, writeExtensionPolicy } from './policy';

export const CROWD_TOKEN = 'corp-crowd-token-0123456789abcdef';
export const SITE = 'Seoul HQ';
export const CROWD_POLICY = { aggregatorUrl: CORP_STATUS_URL, aggregatorToken: CROWD_TOKEN, crowdReports: true, crowdSite: SITE };

/** Outlook from this browser: a network error (the connection drops), or the redirect to sign-in. */
export const PROBE_FAILS: Answer = { reset: true };
export const PROBE_WORKS: Answer = { status: 302, headers: { location: 'https://login.microsoftonline.com/' } };

/** The simulated office: 24 browsers at Seoul HQ, 16 at Busan, so many of each failing (since `since`, or 12 minutes). */
export function office(seoulFailing: number, busanFailing: number, seoulBrowsers = 24, since?: string): (now: Date) => CrowdPart {
  return (now) =>
    crowdPart({
      at: now.toISOString(),
      since: since ?? new Date(now.getTime() - 12 * 60_000).toISOString(),
      sites: [
        { site: SITE, browsers: seoulBrowsers, failing: seoulFailing },
        { site: 'Busan', browsers: 16, failing: busanFailing },
      ],
    });
}

export interface CrowdWorld {
  server: FixtureServer;
  corp: AggregatorFixture;
  ext: Extension;
  /** Serves this office and this probe answer, and checks until the stored verdict is `reason`. */
  show(crowd: (now: Date) => CrowdPart, probe: Answer, reason: Snapshot['assessment']['reason']): Promise<Snapshot | undefined>;
  close(): Promise<void>;
}

export interface CrowdWorldOptions {
  locale?: string;
  timezoneId?: string;
  /** Every other host name to the fixture server too, which records it (requests.e2e.test.ts). */
  everyHost?: boolean;
}

export async function crowdWorld(options: CrowdWorldOptions = {}): Promise<CrowdWorld> {
  removeStalePolicyFiles();
  const server = new FixtureServer();
  const corp = new AggregatorFixture();
  const port = await server.start();
  await corp.start();
  corp.allowedOrigin = `chrome-extension://${FIXED_EXTENSION_ID}`;
  corp.token = CROWD_TOKEN;
  corp.incidents = [];
  corp.crowd = office(0, 0);
  let policy: PolicyFile | undefined = writeExtensionPolicy(FIXED_EXTENSION_ID, CROWD_POLICY);
  let ext: Extension | undefined;
  try {
    ext = await launchExtension(port, {
      rules: `${corp.rule()}, ${options.everyHost ? `MAP * 127.0.0.1:${port}` : defaultRules(port)}`,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
  } catch (e) {
    policy.remove();
    await server.stop();
    await corp.stop();
    throw e;
  }
  const started = ext;
  return {
    server,
    corp,
    ext: started,
    async show(crowd, probe, reason) {
      corp.crowd = crowd;
      server.outlookProbe = probe;
      return until(
        async () => {
          await refresh(started);
          return readSnapshot(started);
        },
        (s) => s?.assessment.reason === reason,
        30_000,
      );
    },
    async close() {
      try {
        policy?.remove();
        policy = undefined;
      } finally {
        await started.close();
        await server.stop();
        await corp.stop();
      }
    },
  };
}
