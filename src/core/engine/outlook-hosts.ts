/**
 * The Outlook on the web hosts and which product each serves. Its own tiny module because the content
 * script needs it and must not pull in the rest of the catalog (its 4 KB budget).
 */
export type OutlookKind = 'business' | 'consumer';

export function outlookKindForHost(host: string): OutlookKind | null {
  if (host === 'outlook.live.com') return 'consumer';
  if (host === 'outlook.office.com' || host === 'outlook.office365.com') return 'business';
  return null;
}
