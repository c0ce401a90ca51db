/**
 * The report page: one self-contained HTML file (inline CSS and JS, data as JSON in a
 * `<script type="application/json">`, no network: a Content-Security-Policy forbids any fetch,
 * and only the page's own script, pinned by its sha256, may run).
 */
import { createHash } from 'node:crypto';
import { CLIENT_FUNCTIONS, escapeHtml, type ReportData } from './client.js';

/** One colour per annotation type; the legend and the highlights use the same table. */
export const TYPE_COLOURS = {
  person: { label: 'Person', bg: '#fde7b0', line: '#c98a00' },
  place: { label: 'Place', bg: '#c9efd2', line: '#2f8f4e' },
  organization: { label: 'Organization', bg: '#cfe0fb', line: '#3b6fc4' },
  date: { label: 'Date', bg: '#f7d0e6', line: '#b8407f' },
} as const;

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` become `\u003c`, `\u003e`,
 * `\u0026` (they can only occur inside JSON strings, where these escapes mean the same), so no
 * `</script` or `<!--` can end or change the element. U+2028/2029 are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) =>
    '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The page's inline JS: the client functions' source, then `clientMain()`. */
export function clientScript(): string {
  const src = CLIENT_FUNCTIONS.map((f) => f.toString()).join('\n\n') + '\n\nclientMain();\n';
  if (/<\/script|<!--/i.test(src)) throw new Error('client script must not contain </script or <!--');
  return '"use strict";\n' + src;
}

function css(): string {
  const types = Object.entries(TYPE_COLOURS).map(([type, c]) =>
    `.m-${type}{background:${c.bg};box-shadow:inset 0 -2px 0 ${c.line}}` +
    `.chip-${type}{background:${c.bg};border-color:${c.line}}` +
    `.sw-${type}{background:${c.bg};border-color:${c.line}}`).join('\n');
  return `
:root{--fg:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#ffffff;--side:#f6f8fa;--accent:#0969da;--flash:#ffd33d}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Tahoma,sans-serif;color:var(--fg);background:var(--bg);
  display:grid;grid-template-rows:auto 1fr;grid-template-columns:300px 1fr;grid-template-areas:"top top" "side main";overflow:hidden}
header.top{grid-area:top;display:flex;align-items:center;gap:14px;padding:8px 16px;border-bottom:1px solid var(--line);flex-wrap:wrap}
header.top h1{font-size:16px;margin:0;font-weight:600}
header.top .stats{color:var(--muted);font-size:12px}
.tabs{display:flex;gap:4px}
.tabs button{border:1px solid var(--line);background:var(--side);padding:4px 12px;border-radius:6px;cursor:pointer;font:inherit}
.tabs button[aria-selected=true]{background:var(--fg);color:#fff;border-color:var(--fg)}
.legend{display:flex;gap:10px;margin-inline-start:auto;align-items:center;color:var(--muted);flex-wrap:wrap}
.legend .sw{display:inline-block;width:12px;height:12px;border-radius:3px;border:1px solid;vertical-align:-1px;margin-inline-end:4px}
.sw-ev{background:#fff;border-color:var(--flash);box-shadow:inset 0 0 0 2px var(--flash)}
nav.side{grid-area:side;border-inline-end:1px solid var(--line);background:var(--side);display:flex;flex-direction:column;min-height:0}
nav.side .search{padding:10px;border-bottom:1px solid var(--line)}
input[type=search],select{width:100%;font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:#fff}
.count-line{color:var(--muted);font-size:12px;margin-top:4px}
#article-list{list-style:none;margin:0;padding:0;overflow:auto;flex:1}
#article-list li.selected .art-item{background:#fff;border-inline-start-color:var(--accent)}
.art-item{display:block;width:100%;text-align:start;border:0;border-inline-start:3px solid transparent;border-bottom:1px solid var(--line);background:none;padding:7px 10px;cursor:pointer;font:inherit;color:inherit}
.art-item:hover{background:#eef1f4}
.art-item-title{display:block;font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.art-item-meta{display:block;color:var(--muted);font-size:12px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.badge{display:inline-block;font-size:11px;line-height:16px;padding:0 5px;border-radius:8px;background:#e7ecf0;color:#424a53;text-transform:uppercase;font-weight:600}
.badge.lang-ar{background:#e3dcf7;color:#4b2f99}.badge.lang-en{background:#dcecf7;color:#1f4f7a}
main{grid-area:main;overflow:auto;min-height:0;padding:16px 24px 48px}
.art-head h2{margin:0 0 2px;font-size:22px}
.art-meta{color:var(--muted);font-size:12px;margin-bottom:12px}
.notice{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:6px 10px;margin-bottom:10px}
.art-grid{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:24px;align-items:start}
.art-body{font-size:16px;line-height:1.75;max-width:80ch}
.art-body[dir=rtl]{font-size:18px}
.para{white-space:pre-wrap;margin:0 0 .8em}
.para-heading{font-weight:650;font-size:1.1em;margin-top:1.1em}
.para-list-item{padding-inline-start:1.2em}
.para-infobox{font-size:.88em;color:#424a53;margin:0;line-height:1.5}
.para-infobox+.para:not(.para-infobox){margin-top:.8em}
.ent-list li{display:inline-block;margin:0 4px 4px 0}
.partial .para{white-space:normal}
mark.m{color:inherit;border-radius:3px;padding:0 1px;cursor:help}
mark.m mark.m{padding:0;box-shadow:inset 0 -3px 0 rgba(0,0,0,.35)}
.m-demonym{background-image:repeating-linear-gradient(135deg,transparent 0 4px,rgba(255,255,255,.55) 4px 6px)}
.ev{border-radius:3px;transition:background-color .3s}
.flash{outline:2px solid var(--flash);outline-offset:1px;background-color:#fff5b1;animation:flash 1.2s ease-out 1}
mark.m.flash{outline-color:#e36209}
@keyframes flash{0%{background-color:#ffd33d}100%{background-color:#fff5b1}}
aside{position:sticky;top:0;font-size:13px;max-height:calc(100vh - 90px);overflow:auto;padding-inline-end:4px}
.aside-sec h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:14px 0 6px}
.aside-sec:first-child h3{margin-top:0}
.count{color:var(--muted);font-weight:400}
.side-item{display:block;width:100%;text-align:start;font:inherit;color:inherit;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px 8px;margin-bottom:6px;cursor:pointer}
.side-item:hover,.side-item.active{border-color:var(--accent);box-shadow:0 0 0 2px rgba(9,105,218,.15)}
.side-head{font-weight:600}
.side-line,.side-rule{color:#424a53}
.side-rule{color:var(--muted);font-size:11px;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.kind{background:#eaeef2;border-radius:4px;padding:0 5px}
.kind-agreement{background:#ddf4ff}.kind-event{background:#fbefff}
.status{color:#1a7f37}
.date{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 4px;line-height:1.5}
.ent-list{list-style:none;margin:0;padding:0}
.ent-item{font:inherit;color:inherit;background:none;border:0;padding:2px 0;cursor:pointer;text-align:start}
.ent-item code,td code{font-size:11px;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.muted{color:var(--muted)}
.toolbar{display:flex;gap:10px;align-items:center;margin-bottom:12px;flex-wrap:wrap}
.toolbar select,.toolbar input{width:auto;min-width:180px}
.toolbar .info{color:var(--muted)}
#tl-list{list-style:none;margin:0;padding:0}
.tl-year{font-weight:700;font-size:15px;margin:14px 0 4px;border-bottom:1px solid var(--line)}
.tl-item{display:grid;grid-template-columns:150px minmax(140px,1fr) minmax(160px,1.6fr) 64px minmax(160px,1.2fr);gap:10px;padding:4px 0;border-bottom:1px dashed #eaeef2;align-items:baseline}
.tl-date{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
.tl-codes{color:var(--muted);font-size:12px}
button.link{font:inherit;background:none;border:0;padding:0;color:var(--accent);cursor:pointer;text-align:start}
button.link:hover{text-decoration:underline}
table.ents{border-collapse:collapse;width:100%}
table.ents th{text-align:start;font-size:12px;color:var(--muted);border-bottom:1px solid var(--line);padding:4px 8px}
table.ents td{border-bottom:1px solid #eaeef2;padding:4px 8px;vertical-align:top}
td.num{text-align:end}
td.ar{font-size:15px}
.art-link{margin-inline-end:6px;font-size:12px}
#tip{position:fixed;z-index:10;max-width:420px;background:#24292f;color:#fff;font-size:12px;line-height:1.45;padding:6px 9px;border-radius:6px;white-space:pre-line;pointer-events:none;box-shadow:0 4px 12px rgba(0,0,0,.2);direction:ltr;text-align:left}
[hidden]{display:none !important}
@media (max-width:900px){body{grid-template-columns:1fr;grid-template-areas:"top" "main";}nav.side{display:none}.art-grid{grid-template-columns:1fr}}
${types}
`;
}

function legend(): string {
  const items = Object.entries(TYPE_COLOURS).map(([type, c]) =>
    `<span><span class="sw sw-${type}"></span>${escapeHtml(c.label)}</span>`);
  items.push('<span><span class="sw sw-ev"></span>Evidence</span>');
  return `<div class="legend" aria-label="Legend">${items.join('')}</div>`;
}

/** The complete page for `data`. Deterministic: the same data gives the same bytes. */
export function renderReportHtml(data: ReportData, options: { title?: string } = {}): string {
  const title = options.title ?? 'bilex report';
  const script = clientScript();
  const scriptHash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; ` +
    `connect-src 'none'; form-action 'none'; base-uri 'none'`;
  const nEvents = data.articles.reduce((n, a) => n + a.events.length, 0);
  const nAgreements = data.articles.reduce((n, a) => n + a.agreements.length, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const stats = [plural(data.articles.length, 'article'), plural(data.entities.length, 'entity').replace(/entitys$/, 'entities'),
    plural(nAgreements, 'agreement'), plural(nEvents, 'event')].join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bilex">
<title>${escapeHtml(title)}</title>
<style>${css()}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<span class="stats">${escapeHtml(stats)}</span>
<div class="tabs" role="tablist">
<button type="button" role="tab" id="tab-article" aria-selected="true">Article</button>
<button type="button" role="tab" id="tab-timeline" aria-selected="false">Timeline</button>
<button type="button" role="tab" id="tab-entities" aria-selected="false">Entities</button>
</div>
${legend()}
</header>
<nav class="side" aria-label="Articles">
<div class="search"><input type="search" id="article-search" placeholder="Search articles, titles, names…" autocomplete="off"><div class="count-line" id="article-count"></div></div>
<ul id="article-list"></ul>
</nav>
<main id="main">
<section id="view-article">
<div class="art-head"><h2 id="art-title"></h2><div class="art-meta" id="art-meta"></div></div>
<div class="notice" id="art-notice" hidden></div>
<div class="art-grid"><div class="art-body" id="art-body"></div><aside id="art-aside"></aside></div>
</section>
<section id="view-timeline" hidden>
<div class="toolbar">
<label>Countries <select id="tl-pair"><option value="">All</option></select></label>
<label>Language <select id="tl-lang"><option value="">All</option><option value="en">English</option><option value="ar">Arabic</option></select></label>
<span class="info" id="tl-info"></span>
</div>
<ol id="tl-list"></ol>
</section>
<section id="view-entities" hidden>
<div class="toolbar">
<input type="search" id="ent-search" placeholder="Filter by key or name…" autocomplete="off">
<select id="ent-type"><option value="">All types</option><option value="person">People</option><option value="place">Places</option><option value="organization">Organizations</option></select>
<span class="info" id="ent-info"></span>
</div>
<table class="ents"><thead><tr><th>Key</th><th>English names</th><th>Arabic names</th><th>Mentions</th><th>Articles</th></tr></thead><tbody id="ent-rows"></tbody></table>
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="bilex-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
