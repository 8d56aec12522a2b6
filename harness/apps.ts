/**
 * The apps the banner runs on, as the end-to-end tests open them, and an organisation's StatusDocument
 * (served from a mapped host) to put exactly the incident a test needs in front of the extension.
 */
import type { ServiceId } from '../src/core/engine/catalog';
import type { ExtensionDriver } from './driver';

export const OUTLOOK_NEW = 'https://outlook.cloud.microsoft/mail/';
export const TEAMS = ['https://teams.microsoft.com/v2/', 'https://teams.cloud.microsoft/'];
export const M365 = 'https://m365.cloud.microsoft/';
/** An organisation's StatusDocument served from a mapped host (an aggregator address the person set). */
export const ORG_DOCUMENT = 'status.cloud.microsoft/e2e/v1/status';

export interface OrgIncident {
  id: string;
  title: string;
  services: ServiceId[];
  resolved?: boolean;
}

/** A StatusDocument, as of now, holding worldwide outages on the services given (or their resolution). */
export function orgDocument(...incidents: OrgIncident[]): string {
  const now = new Date();
  const started = new Date(now.getTime() - 30 * 60_000).toISOString();
  return JSON.stringify({
    schema: 1,
    generatedAt: now.toISOString(),
    sources: [
      { id: 'graph', url: 'https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues', fetchedAt: now.toISOString(), ok: true },
    ],
    incidents: incidents.map(({ id, title, services, resolved }) => ({
      id: `graph:${id}`,
      source: 'graph',
      title,
      severity: 'outage',
      phase: resolved ? 'resolved' : 'investigating',
      services,
      regions: ['global'],
      startedAt: started,
      updatedAt: resolved ? now.toISOString() : started,
      ...(resolved ? { resolvedAt: now.toISOString() } : {}),
      summary: title,
      updates: [],
    })),
  });
}

export const EXCHANGE: OrgIncident = { id: 'EX1', title: 'Users cannot open their mailbox in Outlook on the web', services: ['exchange'] };
export const TEAMS_ONLY: OrgIncident = { id: 'TM1', title: 'Users cannot join meetings in Teams', services: ['teams'] };

/** Points the extension at an organisation document on a mapped host, as a person would in the options page. */
export async function useOrgDocument(ext: ExtensionDriver): Promise<void> {
  await ext.inExtension((url) => chrome.storage.sync.set({ settings: { version: 4, aggregatorUrl: url } }), `https://${ORG_DOCUMENT}`);
}
