import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { crowdSentence, headline, verdictKind } from '../core/extension/describe';
import type { Incident } from '../core/engine/model';
import type { Reason, Snapshot } from '../core/extension/snapshot';
import { groupEvents } from '../core/extension/events';
import { Footer } from './Footer';
import { Header } from './Header';
import { EventCard, ResolvedItem } from './EventCard';
import { effectiveLevel, isStale } from '../core/extension/staleness';
import { createPopupState, type PopupState } from './state';
import { Verdict } from './Verdict';
import type { View } from './view';

function lookup(snapshot: Snapshot, ids: readonly string[]): Incident[] {
  const byId = new Map(snapshot.document.incidents.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is Incident => !!i);
}

function Incidents({ view, snapshot, stale }: { view: View; snapshot: Snapshot; stale: boolean }) {
  const { t } = view;
  const { assessment } = snapshot;
  // One card per event; an event that touches a watched service is listed with those, whole.
  const events = groupEvents(lookup(snapshot, [...assessment.relevant, ...assessment.other]));
  const isRelevant = (e: (typeof events)[number]) => e.posts.some((p) => assessment.relevant.includes(p.id));
  const relevant = events.filter(isRelevant);
  const other = events.filter((e) => !isRelevant(e));
  const lastKnown = (e: (typeof events)[number]) => e.posts.every((p) => assessment.lastKnown.includes(p.id));
  const resolved = groupEvents(lookup(snapshot, assessment.recentlyResolved));
  const answered = snapshot.document.sources.some((s) => s.ok);
  const crowd = assessment.crowd;
  const crowdLine = (e: (typeof events)[number]) =>
    crowd?.kind === 'confirmed' && e.posts.some((p) => p.id === crowd.incidentId)
      ? crowdSentence(crowd, { t, locale: view.locale, clock: view.clock, now: view.now })
      : undefined;
  return (
    <>
      {(relevant.length > 0 || (answered && !stale)) && (
        <section class="list" aria-labelledby="relevant-h">
          <h2 id="relevant-h">{t('popup_relevantHeading')}</h2>
          {relevant.length === 0 ? (
            <p class="empty" data-testid="empty">
              {t('popup_empty')}
            </p>
          ) : (
            relevant.map((e) => (
              <EventCard
                key={e.lead.id}
                event={e}
                view={view}
                testId="incident"
                lastKnown={lastKnown(e)}
                repeatsHeadline={e.posts.some((p) => p.id === assessment.headline)}
                crowdLine={crowdLine(e)}
              />
            ))
          )}
        </section>
      )}
      {other.length > 0 && (
        <details class="list other">
          <summary class="h2">{t('popup_otherHeading', other.length)}</summary>
          {other.map((e) => (
            <EventCard key={e.lead.id} event={e} view={view} testId="incident-other" lastKnown={lastKnown(e)} />
          ))}
        </details>
      )}
      {resolved.length > 0 && (
        <section class="list resolved" aria-labelledby="resolved-h">
          <h2 id="resolved-h">{t('popup_resolvedHeading')}</h2>
          <ul>
            {resolved.map((e) => (
              <ResolvedItem key={e.lead.id} event={e} view={view} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * A notification click opens the popup page as `?incident=<id>`: bring that incident into view once
 * (opening the collapsed "other incidents" list if that is where it is). The id may be any post of the event
 * (the banner names the worst post for its app), not only the one the card leads with.
 */
function useRequestedIncident(ready: boolean): void {
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('incident');
    if (!ready || !id) return;
    const q = CSS.escape(id);
    const card = document.querySelector<HTMLElement>(`[data-incident-id="${q}"],[data-post-ids~="${q}"]`);
    if (!card) return;
    const details = card.closest('details');
    if (details) details.open = true;
    card.tabIndex = -1;
    card.classList.add('requested');
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }, [ready]);
}

/** `glance`: the level and headline painted before the popup loaded (boot.ts); shown until the popup paints its own. */
export function App({ state: given, glance }: { state?: PopupState; glance?: Element | undefined }) {
  const [state] = useState(() => given ?? createPopupState());
  // Before the first paint, so storage and the words are read while the page is still being drawn.
  useLayoutEffect(() => state.start(), [state]);
  useRequestedIncident(!!state.i18n.value && typeof state.snapshot.value === 'object' && state.snapshot.value !== null);

  const i18n = state.i18n.value;
  const snapshot = state.snapshot.value;
  const loading = !i18n || snapshot === undefined;
  // In the same task as the render that replaces it, so no frame shows both headers or neither.
  useLayoutEffect(() => {
    if (!loading) glance?.remove();
  }, [loading, glance]);
  if (loading) {
    if (glance) return null;
    return (
      <main class="loading" data-testid="loading" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        {i18n && <span class="sr-only">{i18n.t('popup_loading')}</span>}
      </main>
    );
  }

  const view: View = { t: i18n.t, locale: i18n.locale, now: state.now.value, clock: i18n.clock };
  const onRefresh = () => void state.requestRefresh();
  const header = (level: Snapshot['level'], words: string, snap: Snapshot | null, reason?: Reason) => (
    <Header
      view={view}
      level={level}
      reason={reason}
      headline={words}
      snapshot={snap}
      refresh={state.refresh.value}
      onRefresh={onRefresh}
    />
  );

  if (snapshot === null || snapshot === 'invalid') {
    const first = snapshot === null;
    return (
      <>
        {header('unknown', view.t(first ? 'popup_firstCheck' : 'popup_invalid'), null)}
        <main>
          <p class="note" data-testid={first ? 'first-check' : 'invalid'}>
            {view.t(first ? 'popup_firstCheckBody' : 'popup_invalidBody')}
          </p>
        </main>
        <Footer view={view} sources={[]} coverage />
      </>
    );
  }

  const stale = isStale(snapshot, view.now);
  const level = effectiveLevel(snapshot, view.now);
  const reason = stale ? 'stale' : snapshot.assessment.reason;
  const lead = lookup(snapshot, snapshot.assessment.headline ? [snapshot.assessment.headline] : [])[0];
  return (
    <>
      {header(level, headline(reason, lead, view.t), snapshot, reason)}
      <main>
        <Verdict view={view} reason={reason} snapshot={snapshot} />
        <Incidents view={view} snapshot={snapshot} stale={stale} />
      </main>
      <Footer view={view} sources={snapshot.document.sources} coverage={verdictKind(reason, snapshot.assessment.crowd) !== 'microsoft'} />
    </>
  );
}
