/**
 * The banner's DOM: one host element on <html> (outside Outlook's own tree, so its layout never moves),
 * a shadow root holding every style, and a fixed card floating bottom-centre, clear of Outlook's top bar
 * and the "New mail" button. Remote text only ever goes in through textContent.
 */
import type { BannerText } from './decide';

export const HOST_ID = 'ms-status-lens-banner';

// `!important` on :host beats the page's own rules for <div> (inner-context !important wins the cascade).
const CSS = `:host{all:initial!important}
.b{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);z-index:2147483647;box-sizing:border-box;width:max-content;max-width:min(720px,calc(100vw - 32px));display:flex;align-items:center;gap:12px;padding:6px 6px 6px 16px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);font:14px/1.4 "Segoe UI",system-ui,sans-serif;background:#f7b900;color:#1b1b1b;animation:i .2s ease-out}
.o{background:#c50f1f;color:#fff}
p{margin:0;min-width:0;overflow-wrap:anywhere}
a{color:inherit;font-weight:600;white-space:nowrap}
button{all:unset;cursor:pointer;font-size:20px;line-height:1;padding:6px 10px;border-radius:4px}
button:hover{background:rgba(0,0,0,.15)}
:focus-visible{outline:2px solid currentColor;outline-offset:2px}
@keyframes i{from{opacity:0;transform:translate(-50%,8px)}}
@media (prefers-reduced-motion:reduce){.b{animation:none}}
@media (forced-colors:active){.b{border:2px solid CanvasText}}`;

export interface BannerView {
  severity: string;
  words: BannerText;
  url?: string;
  locale: string;
  onDismiss: () => void;
}

let host: HTMLElement | undefined;
let card: HTMLElement;
let text: HTMLElement;
let ago: HTMLElement;
let link: HTMLAnchorElement;
let button: HTMLButtonElement;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node): HTMLElementTagNameMap[K] =>
  parent.appendChild(document.createElement(tag));

/** Only touches what changed, so an unchanged live region is not announced again. */
function set(node: HTMLElement, attr: string, value: string): void {
  if (node.getAttribute(attr) !== value) node.setAttribute(attr, value);
}
function setText(node: HTMLElement, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

export function showBanner(view: BannerView): void {
  if (!host) {
    host = document.createElement('div');
    host.id = HOST_ID;
    const root = host.attachShadow({ mode: 'open' });
    el('style', root).textContent = CSS;
    card = el('div', root);
    const p = el('p', card);
    text = el('span', p);
    ago = el('span', p);
    ago.setAttribute('aria-hidden', 'true');
    link = el('a', card);
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    button = el('button', card);
    button.type = 'button';
    button.textContent = '×';
    document.documentElement.appendChild(host);
  }
  const outage = view.severity === 'outage';
  set(card, 'class', outage ? 'b o' : 'b');
  // Read with the banner's own language, not the Outlook page's.
  set(card, 'lang', view.locale);
  set(card, 'role', outage ? 'alert' : 'status');
  setText(text, view.words.text);
  setText(ago, view.words.ago);
  setText(link, view.words.details);
  if (view.url) set(link, 'href', view.url);
  else link.removeAttribute('href');
  link.hidden = !view.url;
  set(button, 'aria-label', view.words.dismiss);
  set(button, 'title', view.words.dismiss);
  button.onclick = view.onDismiss;
}

export function hideBanner(): void {
  host?.remove();
  host = undefined;
}
