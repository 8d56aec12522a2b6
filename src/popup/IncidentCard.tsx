/**
 * One incident. Every remote string (title, update text, names) is rendered as a text node; no markup from a
 * status source is ever parsed as HTML.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { regionKey, serviceKey } from '../core/describe';
import { formatDateTime } from '../core/i18n';
import type { Incident } from '../core/model';
import type { View } from './view';

/** Used where layout can't be measured (closed <details>, tests): about three lines of a 380px popup. */
const CLAMP_CHARS = 180;

export function safeUrl(url: string | undefined): string | undefined {
  return url?.startsWith('https://') ? url : undefined;
}

export function ExternalLink({ href, view, children }: { href: string; view: View; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {view.t('popup_newTab')}</span>
    </a>
  );
}

function UpdateText({ text, view }: { text: string; view: View }) {
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
      <p id={id} ref={ref} class={open ? 'text' : 'text clamp'} data-testid="update-text">
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

export function IncidentCard({ incident, view, testId }: { incident: Incident; view: View; testId: string }) {
  const { t, locale } = view;
  const text = incident.updates[0]?.text || incident.summary;
  const url = safeUrl(incident.url);
  return (
    <article class={`card sev-${incident.severity}`} data-testid={testId} data-incident-id={incident.id}>
      <h3>{incident.title}</h3>
      <p class="meta">
        <span class="sev">{t(`severity_${incident.severity}`)}</span>
        {' · '}
        <span>{t(`phase_${incident.phase}`)}</span>
      </p>
      <Chips label={t('popup_services')} items={incident.services.map((s) => t(serviceKey(s)))} />
      <Chips label={t('popup_regions')} items={incident.regions.map((r) => t(regionKey(r)))} />
      <p class="times">
        <span>{t('popup_started', formatDateTime(incident.startedAt, locale))}</span>
        {incident.updatedAt !== incident.startedAt && <span>{t('popup_updated', formatDateTime(incident.updatedAt, locale))}</span>}
      </p>
      {text && <UpdateText key={text} text={text} view={view} />}
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

export function ResolvedItem({ incident, view }: { incident: Incident; view: View }) {
  const url = safeUrl(incident.url);
  const at = incident.resolvedAt ?? incident.updatedAt;
  return (
    <li data-testid="incident-resolved" data-incident-id={incident.id}>
      {url ? (
        <ExternalLink href={url} view={view}>
          {incident.title}
        </ExternalLink>
      ) : (
        <span>{incident.title}</span>
      )}
      <span class="when">{view.t('popup_resolvedAt', formatDateTime(at, view.locale))}</span>
    </li>
  );
}
