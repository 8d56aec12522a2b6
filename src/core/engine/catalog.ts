/**
 * Service and region catalog: the ids the whole extension speaks, and the words Microsoft uses for them.
 * Pure data plus matchers, shared by the adapters, assess() and the aggregator.
 */
import {
  FOUNDATION_SERVICES,
  M365_WORKLOADS,
  REGION_IDS,
  REGION_PARENT,
  regionsOverlap,
  SERVICE_IDS as SERVICE_IDS_IN_ORDER,
  type RegionId,
  type ServiceId,
} from './catalog-ids';
import type { Incident } from './model';
import type { AppId } from './apps';

export {
  FOUNDATION_SERVICES,
  isRegionId,
  M365_WORKLOADS,
  isServiceId,
  NOTICED_IN_OUTLOOK_ON_THE_WEB,
  REGION_IDS,
  regionsOverlap,
  SERVICE_IDS,
  SURFACE_IDS,
  type RegionId,
  type ServiceId,
  type SurfaceId,
} from './catalog-ids';

/**
 * The services that count for someone who watches `watched`: the list itself plus, for any Microsoft 365
 * workload in it, what that workload stands on. Applied wherever relevance is decided, so old settings,
 * policies and aggregator filters all get the rule without a copy of the list.
 */
export function servicesThatCount(watched: readonly ServiceId[]): readonly ServiceId[] {
  if (!watched.some((s) => (M365_WORKLOADS as readonly ServiceId[]).includes(s))) return watched;
  return [...new Set([...watched, ...FOUNDATION_SERVICES])];
}

/**
 * What each app the banner appears in runs on: its own services and what they stand on. Outlook on the web
 * comes in two products that fail separately; Teams is not touched by an Exchange-only incident, nor
 * Outlook by a Teams-only one; an incident on Microsoft 365 as a whole touches every app of it.
 */
export const SERVICES_FOR_APP: Record<AppId, readonly ServiceId[]> = {
  'outlook-business': servicesThatCount(['exchange', 'm365']),
  'outlook-consumer': servicesThatCount(['outlook', 'm365']),
  teams: servicesThatCount(['teams', 'm365']),
  m365: servicesThatCount(['m365', 'office-web', 'copilot']),
};

export const DEFAULT_WATCHED_SERVICES: readonly ServiceId[] = ['exchange', 'outlook', 'm365', ...FOUNDATION_SERVICES];

/** The broader region a region sits in (Korea → Asia Pacific), if any. */
export const parentRegion = (region: RegionId): RegionId | undefined => REGION_PARENT[region];

/** Workload names of status.cloud.microsoft's consumer rows. */
export const CONSUMER_WORKLOAD_SERVICES: Record<string, ServiceId> = {
  'outlook.com': 'outlook',
  m365consumer: 'm365',
  teamsforlife: 'teams',
  onedriveconsumer: 'onedrive',
  officeonlineconsumer: 'office-web',
  copilotconsumer: 'copilot',
};

interface Matcher<T> {
  id: T;
  /** A name for it. */
  pattern: RegExp;
  /** Words that suggest it without naming it ("sign-in", "connectivity"): weaker evidence. */
  generic?: RegExp;
  /** Words that name it in a text that also names Azure ("a networking issue affecting connectivity to Azure services"). */
  withAzure?: RegExp;
}

/**
 * Services by their product names. A name is a product only where it is used as one: "internet exchange
 * point" is not Exchange, and "Microsoft 365" followed by another product's name ("Microsoft 365 Defender",
 * "Microsoft 365 Apps", "Microsoft 365 admin center") or inside one ("Power Apps in Microsoft 365", "Mobile
 * Device Management for Office 365") is not the suite. Order matters only for readability; every matching
 * entry contributes.
 */
const SERVICE_MATCHERS: Matcher<ServiceId>[] = [
  // Outlook.com by its names: Hotmail, outlook.live.com, personal or consumer Outlook.
  {
    id: 'outlook',
    pattern:
      /\boutlook\.com\b|(?<!\b(from|to) )\bhotmail\b(?! (addresses|address|senders?|recipients?|domains?)\b)|\boutlook\.live\.com\b|\b(personal|consumer) outlook\b/i,
  },
  {
    id: 'exchange',
    pattern:
      /\bexchange online\b|(?<!\b(internet|data|key|information|currency|stock) )\bexchange\b(?! (points?|rates?|of)\b)|\boutlook\b(?!\.com)/i,
  },
  {
    id: 'm365',
    pattern:
      /(?<!\b(in|for) )\b(microsoft|office) 365\b(?! (defender|apps|admin cent(er|re)|copilot|lighthouse|security|compliance|developer|business (basic|standard|premium))\b)|\bm365\b|\bo365\b/i,
  },
  // "Our engineering teams are investigating" is not Microsoft Teams.
  { id: 'teams', pattern: /\bmicrosoft teams\b|(?<!\b(engineering|support|product|response|operations|our|internal|incident) )\bteams\b/i },
  { id: 'onedrive', pattern: /\bonedrive\b/i },
  { id: 'sharepoint', pattern: /\bsharepoint\b/i },
  // Copilot for Security is a security product, not the Copilot of Microsoft 365.
  { id: 'copilot', pattern: /(?<!\bsecurity )\bcopilot\b(?! for security\b)/i },
  {
    id: 'entra',
    pattern:
      /\bentra\b(?! (id )?(domain services|external id))|\bazure active directory\b(?! (b2c|domain services))|\bazure ad\b(?! (b2c|ds\b|domain services))/i,
    generic: /\bsign-?in\b|\bauthentication\b/i,
  },
  // The Microsoft 365 admin center, not a workload's own ("SharePoint admin center", "Exchange admin center").
  {
    id: 'admin-center',
    pattern:
      /(?<!\b(sharepoint|sharepoint online|teams|exchange|intune|purview|defender|entra|power platform|onedrive|azure) )\badmin cent(er|re)\b/i,
  },
  {
    id: 'office-web',
    pattern:
      /\b(word|excel|powerpoint|onenote|visio|office) (for the web|online|web apps?)\b(?! server)|\bmicrosoft 365 for the web\b|\boffice web apps\b/i,
  },
  // Power BI Embedded is an Azure service.
  { id: 'power-platform', pattern: /\bpower (bi(?! embedded)|apps|automate|platform)\b/i },
  {
    id: 'azure-networking',
    pattern:
      /\bazure network(ing)?\b|\bexpressroute\b|\bvirtual wan\b|\bazure dns\b(?! (private )?(zones?|records?|private resolver))|\bazure (wan|backbone)\b|\bmicrosoft'?s? (global )?(wan|backbone)\b/i,
    generic: /\bnetwork(ing)?\b|\bwan\b|\bdns\b|\bconnectivity\b|\bpacket loss\b|\brouting\b/i,
    withAzure: /\bnetwork(ing)? (issues?|incident|connectivity issues|infrastructure)\b/i,
  },
  { id: 'azure-front-door', pattern: /\bfront ?door\b|\bafd\b|\bazure cdn\b|\bazure content delivery network\b/i, generic: /\bcdn\b/i },
  // Azure's products, which Microsoft often names without the word "Azure" ("App Services - North Europe").
  {
    id: 'azure',
    pattern:
      /\bazure\b|\bapp services?\b|\bvirtual machines?\b|^(virtual networks?|vnets?|load balancers?|(vpn|application) gateways?|private link)\b|\bvirtual machine scale sets?\b|\blog analytics\b|\bapplication insights\b|\bcosmos ?db\b|\bsql database\b|\bkey vault\b|\bservice bus\b|\bevent hubs?\b|\bkubernetes service\b|\bpower bi embedded\b/i,
  },
  // Microsoft's products outside the catalog: named, they make a post about them rather than about a guess.
  {
    id: 'other',
    pattern:
      /\bskype\b|\bxbox\b|\bmicrosoft forms\b|\bdefender\b|\bintune\b|\bpurview\b|\bsentinel\b|\bdynamics 365\b|\byammer\b|\bviva (engage|connections|insights|learning|goals|pulse)\b|\bplanner\b/i,
  },
];

const REGION_MATCHERS: Matcher<RegionId>[] = [
  { id: 'global', pattern: /\bglobal(ly)?\b|\bworldwide\b|\ball regions\b|\bmultiple regions\b/i },
  {
    id: 'asia-pacific',
    pattern: /\basia[ -]?pacific\b|\bapac\b|\b(south)?east asia\b|\b(singapore|hong kong|taiwan|indonesia|malaysia|china)\b/i,
  },
  { id: 'korea', pattern: /\bkorea\b|\bseoul\b|\bbusan\b/i },
  { id: 'japan', pattern: /\bjapan\b|\btokyo\b|\bosaka\b/i },
  { id: 'australia', pattern: /\baustralia\b|\bnew zealand\b/i },
  { id: 'india', pattern: /\bindia\b/i },
  {
    id: 'europe',
    pattern:
      /\beurope\b|\bemea\b|\b(uk|france|germany|sweden|norway|switzerland|poland|italy|spain|austria|belgium|denmark|finland|greece|ireland) (south|west|north|central|east)\b/i,
  },
  {
    id: 'americas',
    pattern:
      /\bamericas?\b|\bnorth america\b|\bunited states\b|\b(east|west|central|north central|south central|west central) us( \d)?\b|\bus (gov|east|west)\b|\bcanada\b|\bbrazil\b|\bmexico\b|\bchile\b/i,
  },
  { id: 'middle-east-africa', pattern: /\bmiddle east\b|\buae\b|\bqatar\b|\bisrael\b|\bsouth africa\b|\bafrica\b|\bsaudi arabia\b/i },
];

function matchAll<T>(matchers: Matcher<T>[], text: string, generic = true): T[] {
  return matchers.filter((m) => m.pattern.test(text) || (generic && !!m.generic?.test(text))).map((m) => m.id);
}

/**
 * Services in free text, in catalog order, by name. Unless `byNameOnly`, a text that names no service at
 * all may still suggest one ("sign-in" for Entra ID, "connectivity" for Azure networking); a text that names
 * one ("Azure SQL Database … connectivity failures") is about that one, not about the network.
 */
export function servicesInText(text: string, byNameOnly = false): ServiceId[] {
  const said = withoutFeatureHosts(text);
  const found = ownServices(matchAll(SERVICE_MATCHERS, said, false), said);
  const named = found.includes('azure')
    ? SERVICE_MATCHERS.filter((m) => found.includes(m.id) || !!m.withAzure?.test(said)).map((m) => m.id)
    : found;
  return named.length > 0 || byNameOnly ? named : matchAll(SERVICE_MATCHERS, said);
}

/**
 * A product inside another ("Copilot in Outlook", "Power BI reports embedded in Teams") is that product: the host
 * named after it is where it runs, not a service that fails.
 */
const HOST_OF_A_FEATURE =
  /\b((?:microsoft 365 )?copilot|copilot chat|power bi(?: reports?| tabs?)?|loop components?|viva \w+|planner|microsoft forms)(?: (?:embedded|integrated))? (?:in|within|inside|for) (?:microsoft )?(outlook|teams|word|excel|powerpoint|onenote|onedrive|sharepoint)(?: online)?\b/gi;

/** The host's own things failing ("unable to send or receive email"): then the host is affected too. */
const HOST_ITSELF_FAILS: Record<string, RegExp> = {
  outlook:
    /\b(send|receive|sending|receiving|deliver\w*|access\w*|open\w*|load\w*|delay\w*)\b[^.]{0,40}\b(e-?mail|mail|messages?|mailbox(es)?|calendars?|inbox)\b/i,
  teams: /\b(send|sending|join\w*|load\w*|delay\w*|access\w*|mak\w*|plac\w*)\b[^.]{0,40}\b(chats?|channels?|meetings?|calls?|messages?)\b/i,
};

/** `text` with each product inside a host reduced to the product, unless the host's own things fail too. */
const withoutFeatureHosts = (text: string) =>
  text.replace(HOST_OF_A_FEATURE, (whole: string, product: string, host: string) =>
    HOST_ITSELF_FAILS[host.toLowerCase()]?.test(text.replace(whole, ' ')) ? whole : product,
  );

/** Azure's own products named with the word "Azure" ("Azure Front Door", "Azure DNS", "Azure AD") are not plain Azure. */
const AZURE_IN_A_NAME =
  /\bazure (front door|cdn|content delivery network|network(ing)?|wan|backbone)\b|\bazure dns\b(?! (private )?(zones?|records?|private resolver))|\bazure (active directory|ad)\b(?! (b2c|ds\b|domain services))/gi;

const AZURE_SIDE: readonly ServiceId[] = ['azure-networking', 'azure-front-door', 'entra'];
/** The catalog's names of plain Azure, looked up once rather than on every text. */
const AZURE_NAMES = SERVICE_MATCHERS.find((m) => m.id === 'azure')!.pattern;

/** Outlook.com named as who is affected, and business use named at all. */
const CONSUMER_AFFECTED =
  /\b(hotmail|outlook\.com|personal|consumer) (users|accounts|customers|mailboxes|inboxes)\b|\busers of (hotmail|outlook\.com)\b/i;
const BUSINESS_USE =
  /\bexchange\b|\bbusiness\b|\bwork\b|\bcorporate\b|\benterprise\b|\borgani[sz]ations?'?s?\b|\btenants?\b|\b(microsoft|office) 365 accounts?\b/i;

/**
 * The catalog's names refined by what else the text names: Outlook's clients belong to Outlook.com when the text
 * names the consumer service and neither Exchange nor business use; "Azure" only inside another Azure-side
 * product's name is that product.
 */
function ownServices(found: ServiceId[], text: string): ServiceId[] {
  let out = found;
  if (out.includes('outlook') && out.includes('exchange') && CONSUMER_AFFECTED.test(text) && !BUSINESS_USE.test(text))
    out = out.filter((s) => s !== 'exchange');
  if (out.includes('azure') && out.some((s) => AZURE_SIDE.includes(s)) && !AZURE_NAMES.test(text.replace(AZURE_IN_A_NAME, ' ')))
    out = out.filter((s) => s !== 'azure');
  return out;
}

/**
 * Regions named in free text. A named country also implies its broader region, so that an
 * Asia-Pacific watcher sees a "Korea Central" incident even without the words "Asia Pacific".
 */
export function regionsInText(text: string): RegionId[] {
  const found = new Set(matchAll(REGION_MATCHERS, text));
  for (const r of [...found]) {
    const parent = REGION_PARENT[r];
    if (parent) found.add(parent);
  }
  return REGION_IDS.filter((r) => found.has(r));
}

/**
 * Microsoft's Service health ids start with the service's code (EX226792 is Exchange Online, TM202916
 * Teams, MO502273 the Microsoft 365 suite): a post that quotes one names its service.
 */
const ISSUE_ID_PREFIXES: Record<string, ServiceId> = {
  ex: 'exchange',
  tm: 'teams',
  sp: 'sharepoint',
  od: 'onedrive',
  mo: 'm365',
  cp: 'copilot',
  ec: 'exchange',
};
const ISSUE_ID = /\b(ex|tm|sp|od|mo|cp|ec)(\d{5,7})\b/gi;

/** Services of the Service health ids quoted in `text`. */
export function servicesOfIssueIds(text: string): ServiceId[] {
  const found = new Set([...text.matchAll(ISSUE_ID)].map((m) => ISSUE_ID_PREFIXES[m[1]!.toLowerCase()]!));
  return SERVICE_IDS_IN_ORDER.filter((id) => found.has(id));
}

/** Azure's own word for "not tied to a region". */
const NON_REGIONAL = /\bnon-?regional\b|^global$/i;

/**
 * Categories that are what Microsoft 365 stands on. Customers' own Azure network resources (Firewall, Load
 * Balancer, Application or VPN Gateway, Private Link) are plain Azure services: their outage breaks the
 * customer's apps, not Outlook.
 */
const AZURE_CATEGORY_SERVICES: Matcher<ServiceId>[] = [
  {
    id: 'azure-networking',
    pattern: /\bnetwork infrastructure\b|\bvirtual wan\b|\bexpressroute\b|\bazure dns\b|\btraffic manager\b|^(azure )?networking$/i,
  },
  { id: 'azure-front-door', pattern: /\bfront door\b|\bcontent delivery network\b|\bcdn\b/i },
  // B2C and Domain Services are products for customers' own apps, not the sign-in Microsoft 365 stands on.
  { id: 'entra', pattern: /\b(azure active directory|entra( id)?|multi-?factor authentication)\b(?! (b2c|domain services|external id))/i },
];

/**
 * One `<category>` of an Azure feed item: either a region ("Korea Central", "Public Non-Regional" = global)
 * or a service ("Network Infrastructure", "Azure Front Door"). A service category we have no id for is
 * still an Azure service.
 */
export function azureCategoryScope(category: string): { services: ServiceId[]; regions: RegionId[] } {
  const name = category.trim();
  if (NON_REGIONAL.test(name)) return { services: [], regions: ['global'] };
  const regions = regionsInText(name);
  if (regions.length > 0) return { services: [], regions };
  const services = matchAll(AZURE_CATEGORY_SERVICES, name);
  return { services: services.length > 0 ? services : ['azure'], regions: [] };
}

/** What one person or organisation watches: services (with what they stand on) and regions. */
export interface Watch {
  services: readonly ServiceId[];
  regions: readonly RegionId[];
}

function touchesWatchedService(i: Incident, services: readonly ServiceId[]): boolean {
  if (services.length === 0) return true;
  const counting = servicesThatCount(services);
  return i.services.some((s) => counting.includes(s));
}

/** The incident touches what is watched (services and what they stand on, regions), whatever its phase. */
export function concerns(i: Incident, watch: Watch): boolean {
  return touchesWatchedService(i, watch.services) && regionsOverlap(i.regions, watch.regions);
}
