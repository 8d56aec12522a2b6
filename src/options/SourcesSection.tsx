/** "Where status comes from": the public sources with on/off switches, and the organisation aggregator. */
import { reportingOn, reportUrl } from '../core/extension/report';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isAllowedSourceUrl, type Settings } from '../core/extension/settings';
import { aggregatorSource, PUBLIC_SOURCES, type SourceDefinition } from '../core/engine/sources';
import { AGGREGATOR_SOURCE } from '../core/engine/sources/aggregator-id';
import { hasHostAccess, onHostAccessChanged, requestHostAccess } from './permissions';
import { describeOutcome, testSource, type TestOutcome } from './test-source';
import { describedBy, LockNote, lockId, Section, useDraft, type View } from './ui';

/** Names for the built-in sources; an unknown id shows as itself. */
const SOURCE_NAMES: Record<string, string> = {
  'azure-rss': 'options_source_azureRss',
  'm365-consumer': 'options_source_m365Consumer',
  'azure-summary': 'options_source_azureSummary',
  'm365-admin': 'options_source_m365Admin',
};

type Result = { state: 'idle' } | { state: 'busy' } | { state: 'done'; outcome: TestOutcome } | { state: 'cannot'; message: string };

/** What to test, or why there is nothing to test yet (already in words). */
type Target = SourceDefinition | { cannot: string };

/** The "Test this source" button and its result line (plain text in a polite live region). */
function TestControl({ view, id, nameId, source }: { view: View; id: string; nameId: string; source: () => Target }) {
  const { t } = view;
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const run = useRef(0);
  const onClick = async () => {
    if (result.state === 'busy') return;
    const def = source();
    const mine = ++run.current;
    if ('cannot' in def) {
      setResult({ state: 'cannot', message: def.cannot });
      return;
    }
    setResult({ state: 'busy' });
    const outcome = await testSource(def);
    // A second click made this result old.
    if (mine === run.current) setResult({ state: 'done', outcome });
  };
  const busy = result.state === 'busy';
  let words = '';
  if (busy) words = t('options_testing');
  else if (result.state === 'cannot') words = result.message;
  else if (result.state === 'done') words = describeOutcome(result.outcome, t);
  const tone = result.state === 'done' ? (result.outcome.ok ? 'ok' : 'fail') : result.state === 'cannot' ? 'fail' : '';
  return (
    <div class="test">
      <button
        type="button"
        class="secondary"
        data-testid={`test-${id}`}
        aria-describedby={nameId}
        aria-busy={busy ? 'true' : 'false'}
        // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void onClick()}
      >
        {t('options_test')}
      </button>
      <p class={`test-result ${tone}`} data-testid={`test-result-${id}`} role="status" aria-live="polite">
        {words}
      </p>
    </div>
  );
}

function PublicSource({ view, def, settings }: { view: View; def: SourceDefinition; settings: Settings }) {
  const { t, state } = view;
  const locked = state.isLocked('disabledSources');
  const inputId = `opt-source-${def.id}`;
  const nameId = `${inputId}-name`;
  const key = SOURCE_NAMES[def.id];
  return (
    <li class="source">
      <div class="source-head">
        <input
          type="checkbox"
          role="switch"
          class="switch"
          id={inputId}
          data-testid={`source-${def.id}`}
          checked={!settings.disabledSources.includes(def.id)}
          disabled={locked}
          aria-describedby={describedBy(`${inputId}-url`)}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void state.change('disabledSources', (list) => (on ? list.filter((s) => s !== def.id) : [...new Set([...list, def.id])]));
          }}
        />
        <label for={inputId} id={nameId}>
          {key ? t(key) : def.id}
        </label>
      </div>
      <p class="url" id={`${inputId}-url`}>
        <span class="sr-only">{t('options_sourceAddress')}: </span>
        <code>{def.url}</code>
      </p>
      <TestControl view={view} id={def.id} nameId={nameId} source={() => def} />
    </li>
  );
}

/** Whether the browser lets the extension reach the aggregator, with a way to allow it. */
function HostAccess({ view, url }: { view: View; url: string | null }) {
  const [access, setAccess] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const check = () => {
      if (url) void hasHostAccess(url).then((a) => live && setAccess(a));
    };
    setAccess(undefined);
    check();
    // The prompt asked for on saving the address is answered later: hear the answer.
    const stop = onHostAccessChanged(check);
    return () => {
      live = false;
      stop();
    };
  }, [url]);
  if (!url || access !== false) return null;
  return (
    <p class="warning" data-testid="aggregator-access">
      {view.t('options_permissionMissing')}{' '}
      <button type="button" class="secondary" onClick={() => void requestHostAccess(url).then((a) => a !== undefined && setAccess(a))}>
        {view.t('options_permissionAllow')}
      </button>
    </p>
  );
}

function AggregatorField({ view, settings }: { view: View; settings: Settings }) {
  const { t, state } = view;
  const locked = state.isLocked('aggregatorUrl');
  const stored = settings.aggregatorUrl ?? '';
  const { draft, setDraft, invalid, setInvalid } = useDraft(stored);

  const commit = (value: string) => {
    const raw = value.trim();
    if (raw === '') {
      setInvalid(false);
      if (stored !== '') void state.update('aggregatorUrl', null);
      return;
    }
    if (!isAllowedSourceUrl(raw)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (raw === stored) return;
    // Asked before anything is awaited, while the edit still counts as the user's gesture.
    void requestHostAccess(raw);
    void state.update('aggregatorUrl', raw);
  };

  const testTarget = (): Target => {
    const raw = (locked ? stored : draft).trim();
    if (!raw) return { cannot: t('options_testNoUrl') };
    if (!isAllowedSourceUrl(raw)) {
      setInvalid(true);
      return { cannot: t('options_aggregatorError') };
    }
    // The token belongs to the configured address only; a different address being tried gets none.
    return aggregatorSource(raw, raw === settings.aggregatorUrl ? settings.aggregatorToken : null);
  };

  return (
    <div class="field aggregator">
      <label for="opt-aggregator-url" id="opt-aggregator-name">
        {t('options_aggregatorLabel')}
      </label>
      <LockNote view={view} field="aggregatorUrl" testId="aggregator-locked" />
      <p class="hint" id="opt-aggregator-hint">
        {t('options_aggregatorHint')}
      </p>
      <input
        type="url"
        id="opt-aggregator-url"
        data-testid="aggregator-url"
        value={locked ? stored : draft}
        disabled={locked}
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        maxLength={2048}
        placeholder="https://status.example.com/v1/status"
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={describedBy('opt-aggregator-hint', invalid && 'opt-aggregator-error', locked && lockId('aggregatorUrl'))}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setDraft(value);
          // Clear a shown error as soon as the address is fixed; a new one waits until the edit is done.
          if (invalid && (value.trim() === '' || isAllowedSourceUrl(value.trim()))) setInvalid(false);
        }}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      {invalid && (
        <p class="field-error" id="opt-aggregator-error" data-testid="aggregator-error" role="alert">
          {t('options_aggregatorError')}
        </p>
      )}
      {/* A policy-set aggregator is read through its CORS headers; no grant to ask anyone for. */}
      {!locked && <HostAccess view={view} url={settings.aggregatorUrl} />}
      <TestControl view={view} id={AGGREGATOR_SOURCE} nameId="opt-aggregator-name" source={testTarget} />
      <ReportsNote view={view} settings={settings} />
    </div>
  );
}

/** What this browser reports to its organisation, to whom and when (docs/privacy.md 4), or that it reports nothing. */
function ReportsNote({ view, settings }: { view: View; settings: Settings }) {
  const { t } = view;
  return (
    <p class="hint" data-testid="reports-note" data-reports={reportingOn(settings) ? 'on' : 'off'}>
      {reportingOn(settings)
        ? t('options_reportsOn', reportUrl(settings.aggregatorUrl), settings.crowdSite ?? t('options_reportsNoSite'))
        : t('options_reportsOff')}
    </p>
  );
}

export function SourcesSection({ view, settings }: { view: View; settings: Settings }) {
  const { t } = view;
  const replaced = settings.aggregatorUrl !== null;
  // Nothing left to check: the popup would stay grey for good (as WatchSection warns when no service is selected).
  const none = !replaced && PUBLIC_SOURCES.every((def) => settings.disabledSources.includes(def.id));
  return (
    <Section id="sources" title={t('options_sourcesHeading')}>
      <fieldset class="checks" aria-describedby={describedBy(replaced && 'sources-unused', none && 'sources-none')}>
        <legend>
          {t('options_publicLegend')} <LockNote view={view} field="disabledSources" />
        </legend>
        {replaced && (
          <p class="hint" id="sources-unused" data-testid="sources-unused">
            {t('options_publicUnused')}
          </p>
        )}
        <ul class={`sources${replaced ? ' unused' : ''}`}>
          {PUBLIC_SOURCES.map((def) => (
            <PublicSource key={def.id} view={view} def={def} settings={settings} />
          ))}
        </ul>
        {none && (
          <p class="warning" id="sources-none" data-testid="sources-none">
            {t('options_sourcesNone')}
          </p>
        )}
      </fieldset>
      <AggregatorField view={view} settings={settings} />
    </Section>
  );
}
