/**
 * A synthetic, quiet Outlook-on-the-web-sized page for the content-script cost benchmark: a top bar, an
 * app rail, a folder pane, a message list of a few hundred rows and an open message, about 3,500
 * elements in all (Outlook's mail view carries a few thousand), with no script of its own. Deterministic.
 */
const FOLDERS = ['Inbox', 'Drafts', 'Sent Items', 'Deleted Items', 'Junk Email', 'Archive', 'Notes', 'Conversation History'];
const PEOPLE = [
  'Kim Min-jun',
  'Lee Seo-yeon',
  'Park Ji-hoon',
  'Alex Wilber',
  'Megan Bowen',
  'Adele Vance',
  'Lynne Robbins',
  'Diego Siciliani',
];
const SUBJECTS = [
  'Weekly sync',
  'Budget review Q3',
  'Re: customer escalation',
  'Travel approval',
  'Team lunch Friday',
  'Release notes 4.2',
  'FW: security training',
  'Invoice #2291',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function row(i: number): string {
  const from = PEOPLE[i % PEOPLE.length]!;
  const subject = `${SUBJECTS[(i * 3) % SUBJECTS.length]!} ${i}`;
  const unread = i % 4 === 0 ? ' unread' : '';
  return (
    `<div class="row${unread}" role="option" aria-selected="false" data-convid="c${i}">` +
    `<div class="sel"><input type="checkbox" aria-label="Select"></div>` +
    `<div class="avatar"><span>${from[0]}</span></div>` +
    `<div class="body"><div class="top"><span class="from">${esc(from)}</span><span class="time">${9 + (i % 9)}:${String(i % 60).padStart(2, '0')}</span></div>` +
    `<div class="subject"><span>${esc(subject)}</span><i class="flag"></i><i class="attach"></i></div>` +
    `<div class="preview">Hi team, following up on ${esc(subject.toLowerCase())}: please see the notes below and reply by Thursday.</div></div>` +
    `</div>`
  );
}

function readingPane(paragraphs: number): string {
  const ps = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1}. <b>Action:</b> review the <a href="#p${i}">attached plan</a> and the <span class="hl">open items</span> before the next meeting.</p>`,
  );
  return `<article id="reading"><header><h2>Weekly sync 0</h2><div class="meta"><span class="from">Kim Min-jun</span> <span class="to">to you</span></div></header><div class="msg">${ps.join('')}</div></article>`;
}

export function syntheticOutlookPage(rows = 220, paragraphs = 100): string {
  const folders = FOLDERS.concat(Array.from({ length: 30 }, (_, i) => `Project ${i + 1}`))
    .map(
      (f, i) =>
        `<li role="treeitem"><span class="icon"></span><span class="name">${f}</span><span class="count">${i % 5 ? '' : i}</span></li>`,
    )
    .join('');
  const rail = Array.from({ length: 8 }, (_, i) => `<button class="app" aria-label="App ${i}"><i></i></button>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail - Outlook</title>
<style>
body{margin:0;font:14px/1.4 "Segoe UI",sans-serif;display:grid;grid-template:48px 1fr/48px 220px 380px 1fr;height:100vh}
#topbar{grid-column:1/-1;background:#0f6cbd;color:#fff;display:flex;align-items:center;gap:12px;padding:0 16px}
#topbar input{flex:1;max-width:480px;border:0;border-radius:4px;padding:6px}
#rail{display:flex;flex-direction:column;gap:8px;padding:8px;background:#f0f0f0}.app{width:32px;height:32px;border:0;border-radius:4px}
#folders{overflow:auto;background:#f5f5f5;margin:0;padding:8px;list-style:none}#folders li{display:flex;gap:8px;padding:4px 8px;border-radius:4px}
#folders li:hover{background:#e6e6e6}.count{margin-left:auto;color:#0f6cbd}
#list{overflow:auto;border-right:1px solid #ddd}.row{display:flex;gap:8px;padding:8px;border-bottom:1px solid #eee}
.row.unread .from,.row.unread .subject{font-weight:600}.avatar span{display:grid;place-items:center;width:32px;height:32px;border-radius:50%;background:#c7e0f4}
.body{min-width:0;flex:1}.top{display:flex;justify-content:space-between}.preview{color:#616161;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#reading{overflow:auto;padding:16px 24px}.hl{background:#fff4ce}
</style></head><body>
<header id="topbar"><strong>Outlook</strong><input type="search" placeholder="Search"><button id="compose">New mail</button></header>
<nav id="rail">${rail}</nav>
<ul id="folders" role="tree">${folders}</ul>
<main id="list" role="listbox">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</main>
${readingPane(paragraphs)}
</body></html>`;
}
