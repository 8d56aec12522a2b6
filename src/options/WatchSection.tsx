/** "What to watch": services and regions. */
import { FOUNDATION_SERVICES, REGION_IDS, SERVICE_IDS, servicesThatCount, type RegionId, type ServiceId } from '../core/engine/catalog';
import { regionKey, serviceKey } from '../core/extension/describe';
import type { Settings } from '../core/extension/settings';
import { CheckGroup, Section, toggled, type View } from './ui';

// "Other" is a bucket for unrecognised services and "Worldwide" always counts: neither is a choice.
const SERVICES = SERVICE_IDS.filter((s): s is Exclude<ServiceId, 'other'> => s !== 'other');
const REGIONS = REGION_IDS.filter((r): r is Exclude<RegionId, 'global'> => r !== 'global');

export function WatchSection({ view, settings }: { view: View; settings: Settings }) {
  const { t, state } = view;
  // What Microsoft 365 stands on counts while one of its services is watched, stored in the list or not: shown
  // ticked and fixed from the start (the hint says why), so there is nothing to untick. Unticking a stored one
  // would only turn the box fixed under the keyboard's focus, which drops to the page.
  const chosen = settings.watchedServices.filter((s) => !(FOUNDATION_SERVICES as readonly ServiceId[]).includes(s));
  return (
    <Section id="watch" title={t('options_watchHeading')}>
      <CheckGroup
        view={view}
        field="watchedServices"
        prefix="service"
        legend={t('options_servicesLegend')}
        hint={t('options_servicesHint')}
        warning={settings.watchedServices.length === 0 && t('options_servicesNone')}
        options={SERVICES}
        labelFor={(id) => t(serviceKey(id))}
        selected={settings.watchedServices}
        implied={servicesThatCount(chosen).filter((s) => !chosen.includes(s))}
        onToggle={(id, on) => void state.change('watchedServices', (list) => toggled(list, id, on, SERVICE_IDS))}
      />
      <CheckGroup
        view={view}
        field="watchedRegions"
        prefix="region"
        legend={t('options_regionsLegend')}
        hint={t('options_regionsHint')}
        options={REGIONS}
        labelFor={(id) => t(regionKey(id))}
        selected={settings.watchedRegions}
        onToggle={(id, on) => void state.change('watchedRegions', (list) => toggled(list, id, on, REGION_IDS))}
      />
    </Section>
  );
}
