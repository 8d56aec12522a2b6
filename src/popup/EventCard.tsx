/**
 * One event: every post the sources published about it, the facts a helpdesk quotes (ID, Microsoft's status,
 * user impact, next update, the whole history) and a "copy for IT" summary. Every remote string is rendered
 * as a text node in Microsoft's language (lang="en"); no markup from a status source is ever parsed as HTML.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { regionKey, serviceKey } from '../core/extension/describe';
import type { IncidentEvent } from '../core/extension/events';
import { formatDuration, formatTimeZoned } from '../core/engine/i18n';
import type { Incident } from '../core/engine/model';
import { ExternalLink, Msg, When, type View } from './view';
import { microsoftStatus, ourStatus, sourceName } from './words';

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

const first = <T,>(posts: Incident[], pick: (i: Incident) => T | undefined): T | undefined => {
  for (const p of posts) {
    const v = pick(p);
    if (v) return v;
  }
  return undefined;
};
const unique = <T,>(items: T[]) => [...new Set(items)];

/** The plain-text summary a helpdesk pastes into a ticket: ID, title, status, start, last update, link. */
export function itSummary({ lead, posts }: IncidentEvent, view: View, crowdLine?: string): string {
  const { t } = view;
  const id = first([lead, ...posts], (p) => p.trackingId);
  const url = first([lead, ...posts], (p) => p.url);
  return [
    lead.title,
    id ? t('copy_id', id) : t('copy_noId'),
    t('copy_status', microsoftStatus(lead, t) ?? ourStatus(lead, t)),
    t('copy_started', formatTimeZoned(lead.startedAt, view.now, view.clock)),
    t('copy_updated', formatTimeZoned(posts[0]!.updatedAt, view.now, view.clock)),
    ...(url ? [t('copy_link', url)] : []),
    ...(crowdLine ? [crowdLine] : []),
  ].join('\n');
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
    <>
      <button type="button" class="copy" data-testid="copy" onClick={copy}>
        {view.t('popup_copy')}
      </button>
      <span class="done" role="status">
        {done && view.t(done)}
      </span>
    </>
  );
}

/** Every update of every post, newest first, each with its source. */
function History({ posts, view }: { posts: Incident[]; view: View }) {
  const updates = posts
    .flatMap((p) => p.updates.map((u) => ({ ...u, source: p.source })))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
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
  /** The organisation's early warning on this event ("…saw it 52 minutes before Microsoft posted"), for Copy for IT. */
  crowdLine?: string | undefined;
}

export function EventCard({ event, view, testId, lastKnown, crowdLine }: EventCardProps) {
  const { t, now } = view;
  const { lead, posts } = event;
  const newest = posts[0]!;
  const text = newest.updates[0]?.text || newest.summary;
  // Links were checked against Microsoft's hosts when the snapshot was read (core/extension/stored.ts).
  const url = lead.url;
  const id = first(posts, (p) => p.trackingId);
  const status = microsoftStatus(lead, t);
  const impact = first([lead, ...posts], (p) => p.impact);
  const next = first([lead, ...posts], (p) => p.nextUpdateBy);
  return (
    <article class={`card sev-${lead.severity}`} data-testid={testId} data-incident-id={lead.id} data-posts={posts.length}>
      <h3 lang="en">{lead.title}</h3>
      <p class="meta">
        <span class="sev">{t(`severity_${lead.severity}`)}</span>
        {' · '}
        <span>{t(`phase_${lead.phase}`)}</span>
        {status && (
          <span class="ms" data-testid="ms-status">
            {t('popup_msStatus', status)}
          </span>
        )}
      </p>
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
      <p class="times">
        <span>
          <Msg view={view} k="popup_started">
            <When iso={lead.startedAt} view={view} zoned />
          </Msg>
        </span>
        <span class="dur" data-testid="duration">
          {formatDuration(lead.startedAt, now, t)}
        </span>
        {newest.updatedAt !== lead.startedAt && (
          <span>
            <Msg view={view} k="popup_updated">
              <When iso={newest.updatedAt} view={view} />
            </Msg>
          </span>
        )}
        {next && (
          <span data-testid="next-update">
            <Msg view={view} k="popup_nextUpdate">
              <When iso={next} view={view} />
            </Msg>
          </span>
        )}
      </p>
      <Chips label={t('popup_services')} items={unique(posts.flatMap((p) => p.services)).map((s) => t(serviceKey(s)))} />
      <Chips label={t('popup_regions')} items={unique(posts.flatMap((p) => p.regions)).map((r) => t(regionKey(r)))} />
      {impact && (
        <div class="impact">
          <h4>{t('popup_impact')}</h4>
          <Clamped key={impact} text={impact} view={view} testId="impact" />
        </div>
      )}
      {text && <Clamped key={text} text={text} view={view} testId="update-text" />}
      <p class="ids">
        {id && (
          <span data-testid="tracking-id">
            {t('popup_id')} <code>{id}</code>
          </span>
        )}
        <CopyText text={() => itSummary(event, view, crowdLine)} view={view} />
      </p>
      {posts.length > 1 && (
        <ul class="posts" aria-label={t('popup_posts', posts.length)}>
          {posts.map((p) => (
            <li key={p.id} data-testid="post" data-source={p.source}>
              <span class="src">
                {sourceName(p.source, t)} · <When iso={p.updatedAt} view={view} />
                {p.status && ` · ${t('popup_msStatus', microsoftStatus(p, t)!)}`}
              </span>
              <span lang="en">{p.title}</span>
            </li>
          ))}
        </ul>
      )}
      <History posts={posts} view={view} />
      {url && (
        <p class="link">
          <ExternalLink href={url} view={view}>
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
