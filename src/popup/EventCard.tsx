/**
 * One event: a fact box first (Microsoft's status, since, next update, ID, "Copy for IT"), a sentence in the
 * UI language built from what was read, our own reading labelled as ours, then Microsoft's original words,
 * each text once, and the per-source posts and full history folded. Every remote string is rendered as a
 * text node in Microsoft's language (lang="en"); no markup from a status source is ever parsed as HTML.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { incidentHeadline, nextUpdateOverdue, regionKey, serviceKey, surfaceScope, whatSentence } from '../core/extension/describe';
import type { IncidentEvent } from '../core/extension/events';
import { eventFacts, itNotice, SERVICE_HEALTH_URL, type EventFacts } from '../core/extension/notice';
import { formatDuration } from '../core/engine/i18n';
import type { Incident } from '../core/engine/model';
import { ExternalLink, Msg, When, type View } from './view';
import { ourStatus, sourceName } from './words';

/** Used where layout can't be measured (closed <details>, tests): about three lines of a 380px popup. */
const CLAMP_CHARS = 180;

/** Microsoft's text, clamped to about three lines with Show more / Show less when it is longer. */
function Clamped({ text, view, testId }: { text: string; view: View; testId: string }) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(text.length > CLAMP_CHARS);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && !open && el.clientHeight > 0) setOverflows(el.scrollHeight > el.clientHeight + 1);
  }, [text]);
  return (
    <div class="update">
      <p id={id} ref={ref} class={open ? 'text' : 'text clamp'} lang="en" data-testid={testId}>
        {text}
      </p>
      {overflows && (
        <button type="button" class="more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {view.t(open ? 'popup_showLess' : 'popup_showMore')}
        </button>
      )}
    </div>
  );
}

function Chips({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {items.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** "Copy for IT": puts `text()` on the clipboard and says whether it worked. */
export function CopyText({ text, view }: { text: () => string; view: View }) {
  const [done, setDone] = useState<'' | 'popup_copied' | 'popup_copyFailed'>('');
  const copy = () =>
    navigator.clipboard.writeText(text()).then(
      () => setDone('popup_copied'),
      () => setDone('popup_copyFailed'),
    );
  return (
    <span class="copy-row">
      <button type="button" class="copy" data-testid="copy" onClick={copy}>
        {view.t('popup_copy')}
      </button>
      <span class="done" role="status">
        {done && view.t(done)}
      </span>
    </span>
  );
}

/**
 * What a helpdesk quotes, first on the card so a 600 px popup shows it without scrolling: Microsoft's own
 * status word, since when, the next update, Microsoft's ID (or where to find it), and the copy.
 */
function FactBox({
  facts,
  event,
  view,
  crowdLine,
}: {
  facts: EventFacts;
  event: IncidentEvent;
  view: View;
  crowdLine: string | undefined;
}) {
  const { t, now } = view;
  return (
    <div class="facts" data-testid="facts">
      <dl>
        {facts.status && (
          <div>
            <dt>{t('facts_msStatus')}</dt>
            <dd class="ms-status" data-testid="ms-status">
              {t(`msStatus_${facts.status}`)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('facts_since')}</dt>
          <dd>
            <When iso={facts.startedAt} view={view} zoned />{' '}
            <span class="dur" data-testid="duration">
              {formatDuration(facts.startedAt, now, t)}
            </span>
          </dd>
        </div>
        {facts.nextUpdateBy && (
          <div>
            <dt>{t(nextUpdateOverdue(facts.nextUpdateBy, now) ? 'facts_nextOverdue' : 'facts_next')}</dt>
            <dd data-testid="next-update">
              <When iso={facts.nextUpdateBy} view={view} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('popup_id')}</dt>
          <dd>
            {facts.trackingId ? (
              <code data-testid="tracking-id">{facts.trackingId}</code>
            ) : (
              <span data-testid="id-where">
                <ExternalLink href={SERVICE_HEALTH_URL} view={view}>
                  {t('facts_idWhere')}
                </ExternalLink>
              </span>
            )}{' '}
            {/* The notice in the UI language (core/extension/notice.ts). */}
            <CopyText text={() => itNotice(event, t, view.clock, now, crowdLine)} view={view} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** Every update of every post, newest first, each with its source; a text several posts repeat is shown once. */
function History({ posts, view }: { posts: Incident[]; view: View }) {
  const seen = new Set<string>();
  const updates = posts
    .flatMap((p) => p.updates.map((u) => ({ ...u, source: p.source })))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .filter((u) => !seen.has(u.text) && !!seen.add(u.text));
  if (updates.length < 2) return null;
  return (
    <details class="history">
      <summary>{view.t('popup_history', updates.length)}</summary>
      <ol>
        {updates.map((u, n) => (
          <li key={n} data-testid="history-item">
            <span class="src">
              <When iso={u.at} view={view} /> · {sourceName(u.source, view.t)}
            </span>
            <p class="text" lang="en">
              {u.text}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

interface EventCardProps {
  event: IncidentEvent;
  view: View;
  testId: string;
  /** Every post comes from a source that cannot be read now: what it said last. */
  lastKnown: boolean;
  /** The header already says this card's headline: the heading stays for screen readers, off screen. */
  repeatsHeadline?: boolean;
  /** The organisation's early warning on this event ("…saw it 52 minutes before Microsoft posted"), for Copy for IT. */
  crowdLine?: string | undefined;
}

export function EventCard({ event, view, testId, lastKnown, repeatsHeadline, crowdLine }: EventCardProps) {
  const { t } = view;
  const { lead, posts } = event;
  const facts = eventFacts(event);
  const [title, ...texts] = facts.original;
  return (
    <article
      class={`card sev-${lead.severity}`}
      data-testid={testId}
      data-incident-id={lead.id}
      data-post-ids={posts.map((p) => p.id).join(' ')}
      data-posts={posts.length}
    >
      <h3 class={repeatsHeadline ? 'sr-only' : undefined}>{incidentHeadline(lead, t)}</h3>
      <FactBox facts={facts} event={event} view={view} crowdLine={crowdLine} />
      {lastKnown && (
        <p class="note" data-testid="last-known">
          {t('popup_lastKnown')}
        </p>
      )}
      {posts.every((p) => p.missingSince) && (
        <p class="note" data-testid="confirming-end">
          {t('popup_confirmingEnd')}
        </p>
      )}
      <p class="lead" data-testid="lead">
        {whatSentence(facts, t)}
      </p>
      <p class="reading" data-testid="reading">
        {t('facts_reading', ourStatus(lead, t))}
      </p>
      <Chips label={t('popup_services')} items={facts.services.map((s) => t(serviceKey(s)))} />
      <Chips label={t('popup_services')} items={[surfaceScope(posts, t)].filter((s): s is string => !!s)} />
      <Chips label={t('popup_regions')} items={facts.regions.map((r) => t(regionKey(r)))} />
      <section class="original" aria-label={t('facts_original')} data-testid="original">
        <h4>
          {t('facts_original')}
          {' · '}
          <span class="when">
            <Msg view={view} k={facts.updatedAtSeen ? 'popup_updatedSeen' : 'popup_updated'}>
              <When iso={facts.updatedAt} view={view} />
            </Msg>
          </span>
        </h4>
        <p class="title" lang="en" data-testid="original-title">
          {title}
        </p>
        {texts.map((text) => (
          <Clamped key={text} text={text} view={view} testId={text === facts.impact ? 'impact' : 'update-text'} />
        ))}
      </section>
      {posts.length > 1 && (
        <details class="posts">
          <summary>{t('popup_posts', posts.length)}</summary>
          <ul>
            {posts.map((p) => (
              <li key={p.id} data-testid="post" data-source={p.source}>
                <span class="src">
                  {sourceName(p.source, t)} · <When iso={p.updatedAt} view={view} />
                  {p.status && ` · ${t('popup_msStatus', t(`msStatus_${p.status}`))}`}
                </span>
                {p.title !== title && <span lang="en">{p.title}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <History posts={posts} view={view} />
      {facts.url && (
        <p class="link">
          <ExternalLink href={facts.url} view={view}>
            {t('popup_details')}
          </ExternalLink>
        </p>
      )}
    </article>
  );
}

/** A resolved event: its lead post linked, when it ended, and the other sources' posts about it named under it. */
export function ResolvedItem({ event, view }: { event: IncidentEvent; view: View }) {
  const { lead, posts } = event;
  const url = lead.url;
  const title = <span lang="en">{lead.title}</span>;
  return (
    <li data-testid="incident-resolved" data-incident-id={lead.id} data-posts={posts.length}>
      {url ? (
        <ExternalLink href={url} view={view}>
          {title}
        </ExternalLink>
      ) : (
        title
      )}
      <span class="when">
        <Msg view={view} k="popup_resolvedAt">
          <When iso={lead.resolvedAt ?? lead.updatedAt} view={view} />
        </Msg>
      </span>
      {posts.length > 1 && (
        <ul class="posts" aria-label={view.t('popup_posts', posts.length)}>
          {posts
            .filter((p) => p !== lead)
            .map((p) => (
              <li key={p.id} data-testid="post" data-source={p.source}>
                <span class="src">{sourceName(p.source, view.t)}</span> <span lang="en">{p.title}</span>
              </li>
            ))}
        </ul>
      )}
    </li>
  );
}
