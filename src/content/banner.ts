/**
 * The banner's DOM: one host element on <html> (outside Outlook's own tree, so its layout never moves),
 * a closed shadow root holding every style (the page's scripts cannot reach in), and a fixed card floating
 * where the app has room for it (decide.ts bannerPlacement). Remote text only ever goes in through textContent.
 */
import type { BannerPlacement, BannerText } from './decide';

export const HOST_ID = 'ms-status-lens-banner';

// `!important` on :host beats the page's own rules for <div> (inner-context !important wins the cascade).
const CSS = `:host{all:initial!important}
.b{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);z-index:2147483647;box-sizing:border-box;width:max-content;max-width:min(720px,calc(100vw - 32px));display:flex;align-items:center;gap:12px;padding:6px 6px 6px 16px;border:1px solid #1b1b1b;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);font:14px/1.4 "Segoe UI",system-ui,"Malgun Gothic",sans-serif;background:#f7b900;color:#1b1b1b;animation:i .2s ease-out}
.l{left:76px;transform:none;width:304px;max-width:calc(100vw - 92px);flex-wrap:wrap;row-gap:0;animation-name:l}
.l p{flex:1 1 100%;padding-top:4px}
.l a{margin-left:auto}
.o{background:#c50f1f;color:#fff}
p{margin:0;min-width:0;overflow-wrap:anywhere}
.b:lang(ko) p{word-break:keep-all}
b{margin-right:6px}
.d{white-space:nowrap}
small{display:block;font-size:13px}
.m{opacity:.9}
a{color:inherit;font-weight:600;white-space:nowrap}
button{all:unset;cursor:pointer;font-size:20px;line-height:1;padding:6px 10px;border-radius:4px}
button:hover{background:rgba(0,0,0,.15)}
:focus-visible{outline:2px solid currentColor;outline-offset:2px}
@keyframes i{from{opacity:0;transform:translate(-50%,8px)}}
@keyframes l{from{opacity:0;transform:translateY(8px)}}
@media (prefers-reduced-motion:reduce){.b{animation:none}}
@media (forced-colors:active){.b{border:2px solid CanvasText}}`;

/** What one shown banner says and does (the stored alert, put into words, with its dismiss action). */
export interface ShownBanner {
  severity: string;
  placement: BannerPlacement;
  words: BannerText;
  /** The extension's own page for this event; the click opens it through the worker (onDetails). */
  detailsHref?: string;
  locale: string;
  onDetails: () => void;
  onDismiss: () => void;
}

let host: HTMLElement | undefined;
let root: ShadowRoot;
let card: HTMLElement;
let text: HTMLElement;
let since: HTMLElement;
let lead: HTMLElement;
let original: HTMLElement;
let originalLabel: HTMLElement;
let title: HTMLElement;
let link: HTMLAnchorElement;
let button: HTMLButtonElement;
/** Where focus was before it entered the banner, so dismissing gives it back. */
let focusBefore: Element | null = null;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node): HTMLElementTagNameMap[K] =>
  parent.appendChild(document.createElement(tag));

/** Only touches what changed, so an unchanged live region is not announced again. */
function set(node: HTMLElement, attr: string, value: string): void {
  if (node.getAttribute(attr) !== value) node.setAttribute(attr, value);
}
function setText(node: HTMLElement, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

/** The role is fixed when the card is made: an outage alerts, anything else is a polite status. */
function build(role: string, brand: string): void {
  host = document.createElement('div');
  host.id = HOST_ID;
  root = host.attachShadow({ mode: 'closed' });
  el('style', root).textContent = CSS;
  card = el('div', root);
  card.setAttribute('role', role);
  const p = el('p', card);
  el('b', p).textContent = brand;
  text = el('span', p);
  since = el('span', p);
  since.className = 'd';
  since.setAttribute('aria-hidden', 'true');
  lead = el('small', p);
  original = el('small', p);
  original.className = 'm';
  originalLabel = el('span', original);
  title = el('span', original);
  title.lang = 'en';
  link = el('a', card);
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  button = el('button', card);
  button.type = 'button';
  button.textContent = '×';
  focusBefore = null;
  root.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget;
    if (!focusBefore && from instanceof Element && from !== host) focusBefore = from;
  });
  document.documentElement.appendChild(host);
}

export function showBanner(view: ShownBanner): void {
  const outage = view.severity === 'outage';
  const role = outage ? 'alert' : 'status';
  // A page that removed the banner (or rebuilt <html>) gets a new one with this check.
  if (host && (!host.isConnected || card.getAttribute('role') !== role)) hideBanner();
  if (!host) build(role, view.words.brand);
  set(card, 'class', `b${outage ? ' o' : ''}${view.placement === 'left' ? ' l' : ''}`);
  // Read with the banner's own language, not the Outlook page's; Microsoft's title keeps lang="en".
  set(card, 'lang', view.locale);
  setText(text, view.words.text);
  setText(since, view.words.since);
  setText(lead, view.words.lead);
  lead.hidden = !view.words.lead;
  setText(originalLabel, view.words.originalLabel);
  setText(title, view.words.title);
  original.hidden = !view.words.title;
  setText(link, view.words.details);
  const details = !!view.words.details && !!view.detailsHref;
  if (details) set(link, 'href', view.detailsHref!);
  else link.removeAttribute('href');
  link.hidden = !details;
  // The extension's page opens in a tab through the worker: a page may not navigate to it itself.
  link.onclick = (e) => {
    e.preventDefault();
    if (e.isTrusted) view.onDetails();
  };
  set(button, 'aria-label', view.words.dismiss);
  set(button, 'title', view.words.dismiss);
  // Only a person's click dismisses: the page's own script cannot click it away (isTrusted).
  button.onclick = (e) => {
    if (!e.isTrusted) return;
    const back = root.activeElement ? focusBefore : null;
    view.onDismiss();
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
}

export function hideBanner(): void {
  host?.remove();
  host = undefined;
}
