/**
 * The IT dashboard (issue 17): `/dashboard` is a static page with no organisation data in it, so it can
 * load without a token; its script asks `/v1/dashboard-data` with the bearer token the IT person types in
 * (kept in the tab's sessionStorage, never in a URL). English or Korean by Accept-Language, or the switch.
 * The aggregator imports only the engine, so its few words live here, not in the extension's _locales.
 */
import { SERVICES_FOR_APP } from '../src/core/engine/catalog';
import { leadTimes } from '../src/core/engine/crowd-counters';
import type { StatusDocument } from '../src/core/engine/model';
import type { CrowdDashboardData } from './crowd';

export const DASHBOARD_PATH = '/dashboard';
export const DASHBOARD_DATA_PATH = '/v1/dashboard-data';

const WORDS = {
  en: {
    title: 'Outlook across the organisation',
    intro: "Pooled Outlook checks from the organisation's browsers, and Microsoft's posts.",
    tokenLabel: 'Aggregator token',
    load: 'Show',
    forget: 'Forget token',
    sites: 'Sites now (last 15 minutes)',
    recent: 'Failing, last 5 minutes',
    site: 'Site',
    outlook: 'Outlook',
    browsers: 'Browsers',
    failing: 'Failing',
    since: 'Failing since',
    notEnough: 'Not enough browsers to tell',
    business: 'Work or school',
    consumer: 'Outlook.com',
    organisation: 'Whole organisation',
    chart: 'Failing share, last 24 hours',
    chartDesc:
      'Line: share of browsers whose Outlook check failed, per 10 minutes; a gap where too few browsers reported. Shaded: Microsoft incidents on Outlook.',
    leads: 'Lead time over Microsoft',
    leadRun: 'Crowd saw failures from',
    leadPost: "Microsoft's first post",
    leadMinutes: 'Lead',
    noLeads: 'No organisation-wide failure in the last 7 days.',
    noData: 'No reports yet.',
    badToken: 'The token is not valid.',
    failed: 'Could not load the data.',
    updated: 'Updated',
    minutes: ' min',
    postedFirst: 'Microsoft posted {n} min before',
    language: 'Language',
  },
  ko: {
    title: '조직 전체의 Outlook 상태',
    intro: '조직의 브라우저가 확인한 Outlook 결과를 모아 Microsoft의 게시물과 함께 보여 줍니다.',
    tokenLabel: '조직 상태 서비스 토큰',
    load: '표시',
    forget: '토큰 지우기',
    sites: '현재 사이트별 상태(최근 15분)',
    recent: '실패(최근 5분)',
    site: '사이트',
    outlook: 'Outlook',
    browsers: '브라우저',
    failing: '실패',
    since: '실패 시작',
    notEnough: '판단하기에 브라우저 수가 부족합니다',
    business: '회사 또는 학교',
    consumer: 'Outlook.com',
    organisation: '조직 전체',
    chart: '실패 비율(최근 24시간)',
    chartDesc:
      '선: Outlook 확인에 실패한 브라우저의 비율(10분 단위, 보고한 브라우저가 너무 적은 구간은 비어 있음). 음영: Outlook에 영향을 준 Microsoft 인시던트.',
    leads: 'Microsoft보다 앞선 시간',
    leadRun: '조직에서 실패를 감지한 시간',
    leadPost: 'Microsoft의 첫 게시',
    leadMinutes: '앞선 시간',
    noLeads: '최근 7일 동안 조직 전체에 걸친 실패가 없었습니다.',
    noData: '아직 보고가 없습니다.',
    badToken: '토큰이 올바르지 않습니다.',
    failed: '데이터를 불러오지 못했습니다.',
    updated: '마지막 업데이트',
    minutes: '분',
    postedFirst: 'Microsoft가 {n}분 먼저 게시',
    language: '언어',
  },
} as const;

export type DashboardLanguage = keyof typeof WORDS;

/** Korean when the browser prefers it over English, English otherwise. */
export function dashboardLanguage(acceptLanguage: string | undefined): DashboardLanguage {
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 20)) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('ko')) return 'ko';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

export function dashboardPage(acceptLanguage: string | undefined): Response {
  const lang = dashboardLanguage(acceptLanguage);
  const w = WORDS[lang];
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<link rel="stylesheet" href="${DASHBOARD_PATH}.css">
<script src="${DASHBOARD_PATH}.js" defer></script>
</head>
<body>
<header>
<h1 id="title">${w.title}</h1>
<p id="intro">${w.intro}</p>
<nav aria-label="${w.language}"><button type="button" data-lang="en" aria-pressed="${lang === 'en'}">English</button> <button type="button" data-lang="ko" lang="ko" aria-pressed="${lang === 'ko'}">한국어</button></nav>
</header>
<main>
<form id="token-form">
<label for="token" id="token-label">${w.tokenLabel}</label>
<input id="token" name="token" type="password" autocomplete="off" required>
<button type="submit" id="load">${w.load}</button>
<button type="button" id="forget">${w.forget}</button>
</form>
<p id="message" role="status"></p>
<section aria-labelledby="sites-heading"><h2 id="sites-heading">${w.sites}</h2><div id="sites" class="scroll" tabindex="0" role="group" aria-labelledby="sites-heading"></div></section>
<section aria-labelledby="chart-heading"><h2 id="chart-heading">${w.chart}</h2><div id="charts"></div></section>
<section aria-labelledby="leads-heading"><h2 id="leads-heading">${w.leads}</h2><div id="leads" class="scroll" tabindex="0" role="group" aria-labelledby="leads-heading"></div></section>
</main>
</body>
</html>`;
  return new Response(html, {
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-language': lang, vary: 'Accept-Language' },
  });
}

const CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#595959;--line:#0b5cad;--bad:#b00020;--shade:#f4c7c3;--grid:#ccc}
@media (prefers-color-scheme:dark){:root{--fg:#f2f2f2;--bg:#161616;--muted:#c4c4c4;--line:#79b8ff;--bad:#ff8a80;--shade:#5c2b29;--grid:#555}}
body{font:16px/1.5 system-ui,"Segoe UI","Malgun Gothic",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:1rem;max-width:72rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.5rem}
p#intro{color:var(--muted);margin:.2rem 0 .8rem}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
input{font:inherit;padding:.4rem;min-width:12rem;flex:1 1 12rem;max-width:28rem}
button{font:inherit;padding:.4rem .8rem;min-height:44px;min-width:44px}
button[aria-pressed=true]{font-weight:700;text-decoration:underline}
.scroll{overflow-x:auto}
table{border-collapse:collapse;min-width:100%}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--grid);white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.wrap{white-space:normal;min-width:14rem}
.bad{color:var(--bad);font-weight:700}
figure{margin:1rem 0}figcaption{font-weight:600}
svg{width:100%;height:auto;max-width:48rem;display:block}
svg .line{fill:none;stroke:var(--line);stroke-width:2}
svg .dot{fill:var(--line)}
svg .incident{fill:var(--shade)}
svg .grid{stroke:var(--grid);stroke-width:1}
svg text{fill:var(--muted);font-size:11px}
`;

export function dashboardStyles(): Response {
  return new Response(CSS, { headers: { ...SECURITY_HEADERS, 'content-type': 'text/css; charset=utf-8' } });
}

const SCRIPT = `'use strict';
const WORDS = ${JSON.stringify(WORDS)};
let lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';
let last;
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const SLOT_MS = 600000;
function el(tag, attrs, ...children) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}
const w = () => WORDS[lang];
const pct = (x) => Math.round(x * 100) + ' %';
const time = (ms) => new Date(ms).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
function table(head, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => (c instanceof Node ? c : el('td', {}, c)))))));
}
function renderSites(d) {
  const box = $('sites');
  box.replaceChildren();
  if (d.part.sites.length === 0) { box.append(el('p', {}, w().noData)); return; }
  const recent = new Map(d.current.map((c) => [c.site + '\\n' + c.kind, c]));
  const share = (g, since) => g.enough ? el('td', { class: 'num' + (since ? ' bad' : '') }, pct(g.failingShare)) : el('td', {}, w().notEnough);
  const rows = d.part.sites.map((s) => {
    const r = recent.get(s.site + '\\n' + s.outlook);
    return [s.site, w()[s.outlook], el('td', { class: 'num' }, s.enough ? String(s.reporters) : '–'), share(s, s.since),
      el('td', { class: 'num' }, r && r.enough ? pct(r.failingShare) : '–'), s.since ? time(Date.parse(s.since)) : '–'];
  });
  for (const o of d.part.organisation) {
    rows.push([el('th', { scope: 'row' }, w().organisation), w()[o.outlook], el('td', { class: 'num' }, o.enough ? String(o.reporters) : '–'),
      share(o, o.since), el('td', { class: 'num' }, '–'), o.since ? time(Date.parse(o.since)) : '–']);
  }
  box.append(table([w().site, w().outlook, w().browsers, w().failing, w().recent, w().since], rows));
}
function renderCharts(d) {
  const box = $('charts');
  box.replaceChildren();
  const end = Date.now(), start = end - d.hours * 3600e3, W = 600, H = 160, P = 28;
  const x = (t) => P + ((t - start) / (end - start)) * (W - P - 8);
  const y = (s) => H - P + 4 - s * (H - P - 10);
  d.history.forEach((h, i) => {
    const id = 'chart-' + i;
    const svg = el('svg:svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d' },
      el('svg:title', { id: id + '-t' }, h.site + ' – ' + w()[h.kind]), el('svg:desc', { id: id + '-d' }, w().chartDesc));
    for (const inc of d.incidents.filter((n) => n.kinds.includes(h.kind))) {
      const a = Math.max(start, inc.from), b = Math.min(end, inc.to ?? end);
      if (b > a) svg.append(el('svg:rect', { class: 'incident', x: x(a), y: 6, width: Math.max(2, x(b) - x(a)), height: H - P - 2 }, el('svg:title', {}, inc.title)));
    }
    for (const s of [0, 0.5, 1]) svg.append(el('svg:line', { class: 'grid', x1: P, x2: W - 8, y1: y(s), y2: y(s) }), el('svg:text', { x: 0, y: y(s) + 4 }, pct(s)));
    // A gap of more than one 10-minute slot (no data, or too few browsers) breaks the line; a lone point is a dot.
    const runs = [];
    for (const p of h.points) {
      const run = runs[runs.length - 1];
      if (run && p.at - run[run.length - 1].at <= SLOT_MS) run.push(p); else runs.push([p]);
    }
    for (const run of runs) {
      if (run.length === 1) svg.append(el('svg:circle', { class: 'dot', cx: x(run[0].at).toFixed(1), cy: y(run[0].failingShare).toFixed(1), r: 3 }));
      else svg.append(el('svg:polyline', { class: 'line', points: run.map((p) => x(p.at).toFixed(1) + ',' + y(p.failingShare).toFixed(1)).join(' ') }));
    }
    svg.append(el('svg:text', { x: P, y: H - 4 }, time(start)), el('svg:text', { x: W - 110, y: H - 4 }, time(end)));
    box.append(el('figure', {}, el('figcaption', {}, h.site + ' – ' + w()[h.kind]), svg));
  });
  if (d.history.length === 0) box.append(el('p', {}, w().noData));
}
function renderLeads(d) {
  // A negative lead is Microsoft posting first: said in words, not as "-10 min".
  const leadText = (n) => n >= 0 ? n + w().minutes : w().postedFirst.replace('{n}', String(-n));
  const box = $('leads');
  box.replaceChildren();
  if (d.leads.length === 0) { box.append(el('p', {}, w().noLeads)); return; }
  // The lead before Microsoft's (long) title, which wraps: the number stays in view at any width.
  box.append(table([w().leadRun, w().leadMinutes, w().leadPost], d.leads.map((l) =>
    [time(l.from), el('td', { class: 'num' }, leadText(Math.round(l.leadMs / 60000))), el('td', { class: 'wrap' }, time(l.postedAt) + ' – ' + l.title)])));
}
function render() {
  for (const k of ['title', 'intro', 'load', 'forget']) $(k).textContent = w()[k];
  $('token-label').textContent = w().tokenLabel;
  $('sites-heading').textContent = w().sites;
  $('chart-heading').textContent = w().chart;
  $('leads-heading').textContent = w().leads;
  document.title = w().title;
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (!last) return;
  renderSites(last); renderCharts(last); renderLeads(last);
  $('message').textContent = w().updated + ': ' + time(Date.now());
}
async function load() {
  const token = sessionStorage.getItem('aggregator-token');
  if (!token) return;
  try {
    const res = await fetch('${DASHBOARD_DATA_PATH}?hours=24', { headers: { authorization: 'Bearer ' + token }, cache: 'no-store' });
    if (res.status === 401) { $('message').textContent = w().badToken; return; }
    if (!res.ok) throw new Error(String(res.status));
    last = await res.json();
    last.hours = 24;
    render();
  } catch { $('message').textContent = w().failed; }
}
$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  sessionStorage.setItem('aggregator-token', $('token').value.trim());
  $('token').value = '';
  load();
});
$('forget').addEventListener('click', () => { sessionStorage.removeItem('aggregator-token'); last = undefined; for (const id of ['sites', 'charts', 'leads']) $(id).replaceChildren(); $('message').textContent = ''; });
for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => { lang = b.dataset.lang; render(); });
render();
load();
setInterval(load, 60000);
`;

export function dashboardScript(): Response {
  return new Response(SCRIPT, { headers: { ...SECURITY_HEADERS, 'content-type': 'text/javascript; charset=utf-8' } });
}

/** Microsoft's Outlook incidents for the chart: only their span, kind and title. */
export function dashboardIncidents(document: StatusDocument): { title: string; from: number; to?: number; kinds: string[] }[] {
  return document.incidents
    .map((i) => ({
      title: i.title,
      from: Date.parse(i.startedAt),
      ...(i.resolvedAt ? { to: Date.parse(i.resolvedAt) } : {}),
      kinds: (['business', 'consumer'] as const).filter((k) => i.services.some((s) => SERVICES_FOR_APP[`outlook-${k}`].includes(s))),
    }))
    .filter((i) => i.kinds.length > 0);
}

/** What /v1/dashboard-data answers: the crowd's numbers, history and lead times, and Microsoft's Outlook incidents. */
export function dashboardJson(data: CrowdDashboardData, document: StatusDocument | undefined) {
  return {
    ...data,
    incidents: document ? dashboardIncidents(document) : [],
    leads: leadTimes(data.runs, document?.incidents ?? []).map((l) => ({
      from: l.run.from,
      kind: l.run.kind,
      incident: l.incidentId,
      title: l.title,
      postedAt: l.postedAt,
      leadMs: l.leadMs,
    })),
  };
}
