/**
 * Every user-visible string lives in _locales: both languages have the same keys with the same
 * substitutions, every key the code names exists, and every key is used by something.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, SERVICE_IDS, SURFACE_IDS } from '../../src/core/engine/catalog-ids';
import { crowdTitleKey, regionKey, serviceKey, surfaceKey } from '../../src/core/extension/describe';
import { LOOKS } from '../../src/core/extension/level';
import { CROWD_VERDICT_KINDS } from '../../src/core/extension/crowd-verdict';
import { MICROSOFT_STATUSES, PHASES, SEVERITIES } from '../../src/core/engine/model';
import { AZURE_RSS_SOURCE } from '../../src/core/engine/sources/azure-rss';
import { ADMIN_CENTER_SOURCE, AZURE_SUMMARY_SOURCE, M365_CONSUMER_SOURCE } from '../../src/core/engine/sources/cloud-status';
import { GRAPH_SOURCE } from '../../src/core/engine/sources/graph';
import { AGGREGATOR_SOURCE } from '../../src/core/engine/sources/status-document';

const ROOT = resolve(process.cwd());
type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, `_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const ko = load('ko');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}
const code =
  files(join(ROOT, 'src'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n') + readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Keys the code builds from ids rather than naming literally. */
const built = new Set<string>([
  ...SERVICE_IDS.map(serviceKey),
  ...REGION_IDS.map(regionKey),
  ...SURFACE_IDS.map(surfaceKey),
  ...PHASES.map((p) => `phase_${p}`),
  ...SEVERITIES.map((s) => `severity_${s}`),
  ...LOOKS.map((l) => `popup_level_${l}`),
  ...CROWD_VERDICT_KINDS.map(crowdTitleKey),
  ...MICROSOFT_STATUSES.map((s) => `msStatus_${s}`),
  ...[AZURE_RSS_SOURCE, M365_CONSUMER_SOURCE, AZURE_SUMMARY_SOURCE, ADMIN_CENTER_SOURCE, GRAPH_SOURCE, AGGREGATOR_SOURCE].map(
    (id) => `source_${id.replace(/-/g, '_')}`,
  ),
  ...['Outage', 'Degraded', 'Advisory'].flatMap((k) => [`headline${k}In`, `headline${k}Global`]),
]);

const subs = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('English and Korean have exactly the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('each Korean string takes the same substitutions as its English one, and none is left untranslated', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(subs(ko[key]!.message), key).toEqual(subs(message));
      expect(ko[key]!.message.trim().length, key).toBeGreaterThan(0);
    }
    const identical = Object.keys(en).filter((k) => en[k]!.message === ko[k]!.message && /[a-z]{4,}/.test(en[k]!.message));
    // Product names are the same in both languages; anything else equal is a missed translation.
    for (const key of identical)
      expect(en[key]!.message, key).toMatch(
        /^(Microsoft 365|Teams|Outlook|OneDrive|SharePoint|Copilot|Azure|Azure Front Door|Power Platform|Outlook\.com|Exchange ActiveSync|English|Status Lens)$/,
      );
  });

  it('every key named in the code exists', () => {
    const named = new Set<string>();
    for (const m of code.matchAll(/\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) named.add(m[1]!);
    for (const m of code.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) named.add(m[1]!);
    expect(named.size).toBeGreaterThan(50);
    for (const key of named) expect(en[key], key).toBeDefined();
    for (const key of built) expect(en[key], key).toBeDefined();
  });

  it('every key is used by something', () => {
    const unused = Object.keys(en).filter((key) => !built.has(key) && !code.includes(key));
    expect(unused).toEqual([]);
  });
});
