/**
 * Browser-side code of the HTML report.
 *
 * Every function here is embedded into the report page with `Function.prototype.toString()`
 * (see `clientScript()` in template.ts), so each must be self-contained: it may call the other
 * functions listed in CLIENT_FUNCTIONS by their plain names and use browser globals, but it must
 * not reference imports or module-level constants. The pure ones (escaping, the segment tree,
 * date sort keys, country pairs) are unit-tested in Node (test/report/); the whole page is tested
 * in Chromium (test/browser/).
 */

// ---------------------------------------------------------------------------------------------
// Data embedded in the page (built by build-report.ts). Offsets are UTF-16 code units.

/** A mention as `[start, end, index into ReportData.rules]`, plus its `form` when it has one. */
export type ReportMention = [number, number, number] | [number, number, number, string];
export interface ReportEntityRef {
  id: string;
  type: 'person' | 'place' | 'organization';
  name: string;
  key: string;
  country?: string;
  placeKind?: string;
  titles?: string[];
  m: ReportMention[];
}
export interface ReportDate { s: number; e: number; v: string | null; kind: string; g: string; r: string }
export interface ReportAgreement {
  id: string; kind: string; subject: string | null; parties: string[]; date: string | null;
  status: string; s: number; e: number; r: string;
}
export interface ReportEvent {
  id: string; kind: string; participants: string[]; location: string | null; date: string | null;
  s: number; e: number; r: string;
}
export interface ReportParagraph { s: number; e: number; l: string; k?: string }
export type TextStatus = 'ok' | 'missing' | 'mismatch';
export interface ReportArticle {
  id: string;
  title: string;
  lang: string;
  format: string;
  date?: string;
  source: string;
  text: string;
  textStatus: TextStatus;
  paragraphs: ReportParagraph[];
  entities: ReportEntityRef[];
  dates: ReportDate[];
  agreements: ReportAgreement[];
  events: ReportEvent[];
}
export interface ReportIndexEntry {
  key: string;
  type: 'person' | 'place' | 'organization';
  country?: string;
  names: { en?: string[]; ar?: string[]; und?: string[] };
  articles: string[];
  mentions: number;
}
export interface ReportData {
  /** Every mention ruleId once; mentions refer to them by index (keeps 1,000 articles small). */
  rules: string[];
  articles: ReportArticle[];
  entities: ReportIndexEntry[];
}

// ---------------------------------------------------------------------------------------------
// Pure helpers (unit-tested).

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;');
}

/** A half-open range [start, end) to highlight; lower `layer`s are placed outside higher ones. */
export interface MarkSpan { start: number; end: number; layer: number }

/** A node of the segment tree: `m` is the index of the mark, or -1 for a run of plain text. */
export interface SegNode { m: number; start: number; end: number; children: SegNode[] }

/**
 * Builds a forest of properly nested nodes from possibly nested or crossing marks over a text
 * of `length` code units. Marks are ordered by (layer, start, longer first, input order); at
 * every elementary interval the open marks form a stack in that order. A mark that crosses
 * another (A=[0,10), B=[5,15)) is split into pieces ([5,10) inside A, then [10,15)), so every
 * piece nests and the leaves tile [0, length) exactly. Invalid marks (out of range, empty,
 * non-integer) are ignored.
 */
export function buildSegmentTree(length: number, marks: readonly MarkSpan[]): SegNode[] {
  const valid: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const k = marks[i]!;
    if (Number.isInteger(k.start) && Number.isInteger(k.end) && k.start >= 0 && k.end <= length && k.start < k.end) {
      valid.push(i);
    }
  }
  const order = valid.slice().sort((a, b) => {
    const x = marks[a]!;
    const y = marks[b]!;
    return (x.layer - y.layer) || (x.start - y.start) || (y.end - x.end) || (a - b);
  });
  const rank: number[] = [];
  order.forEach((m, r) => { rank[m] = r; });
  const bounds = new Set<number>([0, length]);
  const startsAt = new Map<number, number[]>();
  for (const i of valid) {
    const k = marks[i]!;
    bounds.add(k.start);
    bounds.add(k.end);
    const list = startsAt.get(k.start);
    if (list) list.push(i); else startsAt.set(k.start, [i]);
  }
  const points = Array.from(bounds).sort((a, b) => a - b);
  const roots: SegNode[] = [];
  const stack: SegNode[] = [];
  let active: number[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    active = active.filter((i) => marks[i]!.end > a);
    const starting = startsAt.get(a);
    if (starting) active.push(...starting);
    active.sort((x, y) => rank[x]! - rank[y]!);
    let k = 0;
    while (k < stack.length && k < active.length && stack[k]!.m === active[k]) k++;
    stack.length = k;
    for (let j = k; j < active.length; j++) {
      const node: SegNode = { m: active[j]!, start: a, end: b, children: [] };
      (j === 0 ? roots : stack[j - 1]!.children).push(node);
      stack.push(node);
    }
    for (const n of stack) n.end = b;
    const siblings = stack.length > 0 ? stack[stack.length - 1]!.children : roots;
    const last = siblings[siblings.length - 1];
    if (last && last.m === -1 && last.end === a) last.end = b;
    else siblings.push({ m: -1, start: a, end: b, children: [] });
  }
  return roots;
}

/** Serializes segment nodes to HTML: text is escaped; marks get the caller's tags. */
export function renderSegments(
  text: string,
  nodes: readonly SegNode[],
  open: (m: number) => string,
  close: (m: number) => string,
): string {
  const out: string[] = [];
  const walk = (list: readonly SegNode[]): void => {
    for (const n of list) {
      if (n.m === -1) {
        out.push(escapeHtml(text.slice(n.start, n.end)));
      } else {
        out.push(open(n.m));
        walk(n.children);
        out.push(close(n.m));
      }
    }
  };
  walk(nodes);
  return out.join('');
}

/**
 * A sort key for an ISO 8601 date value as bilex writes it: `1956-08-01`, `2022-07`, `2004`,
 * `199` (the 1990s), `19` (the 20th century: 1900–1999), `2023-W38`, `2023-SU`, intervals
 * `A/B` (sorted by A). Returns null for durations (`P3Y`) and unparseable values.
 */
export function dateSortKey(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const first = value.split('/')[0]!;
  if (!/^\d/.test(first)) return null;
  const m = /^(\d{1,4})(?:-(.*))?$/.exec(first);
  if (!m) return null;
  const year = m[1]!.padEnd(4, '0');
  const rest = m[2] ?? '';
  let month = '00';
  let day = '00';
  if (/^\d{2}$/.test(rest)) month = rest;
  else if (/^\d{2}-\d{2}$/.test(rest)) { month = rest.slice(0, 2); day = rest.slice(3); }
  else if (/^W\d{2}$/.test(rest)) { const w = Number(rest.slice(1)); month = String(Math.min(12, Math.floor((w - 1) / 4.35) + 1)).padStart(2, '0'); }
  else if (rest === 'SP') month = '03';
  else if (rest === 'SU') month = '06';
  else if (rest === 'FA') month = '09';
  else if (rest === 'WI') month = '12';
  return year + '-' + month + '-' + day;
}

/** The ISO country code of an entity: its `country`, else the code in a `place:XX` key. */
export function entityCountry(e: { key: string; country?: string }): string | null {
  if (typeof e.country === 'string' && /^[A-Z]{2}$/.test(e.country)) return e.country;
  const m = /^place:([A-Z]{2})$/.exec(e.key);
  return m ? m[1]! : null;
}

/** All unordered pairs of distinct codes, each written `AA–BB` with the codes sorted. */
export function countryPairs(codes: readonly string[]): string[] {
  const uniq = Array.from(new Set(codes)).sort();
  const pairs: string[] = [];
  for (let i = 0; i < uniq.length; i++) {
    for (let j = i + 1; j < uniq.length; j++) pairs.push(uniq[i] + '\u2013' + uniq[j]);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// The page itself. Runs once on load.

export function clientMain(): void {
  const byId = (id: string): HTMLElement => {
    const found = document.getElementById(id);
    if (!found) throw new Error('missing #' + id);
    return found;
  };
  const dataText = byId('bilex-data').textContent || '{"rules":[],"articles":[],"entities":[]}';
  const data = JSON.parse(dataText) as ReportData;
  const articles = data.articles;
  const articleIndex = new Map<string, number>();
  articles.forEach((a, i) => articleIndex.set(a.id, i));

  const TYPE_LABEL: Record<string, string> = { person: 'Person', place: 'Place', organization: 'Organization', date: 'Date' };
  const regionNames = (() => {
    try { return new Intl.DisplayNames(['en'], { type: 'region' }); } catch { return null; }
  })();
  const countryName = (code: string): string => {
    try { return (regionNames && regionNames.of(code)) || code; } catch { return code; }
  };
  const dirOf = (lang: string): string => (lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto');

  type Child = Node | string | null | undefined | false;
  const el = (tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement => {
    const node = document.createElement(tag);
    if (attrs) for (const k of Object.keys(attrs)) node.setAttribute(k, attrs[k]!);
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  };

  // ---- views -------------------------------------------------------------------------------
  const views = ['article', 'timeline', 'entities'];
  let timelineBuilt = false;
  let entitiesBuilt = false;
  const showView = (name: string): void => {
    for (const v of views) {
      byId('view-' + v).hidden = v !== name;
      byId('tab-' + v).setAttribute('aria-selected', v === name ? 'true' : 'false');
    }
    if (name === 'timeline' && !timelineBuilt) { timelineBuilt = true; buildTimeline(); }
    if (name === 'entities' && !entitiesBuilt) { entitiesBuilt = true; buildEntityIndex(); }
  };
  for (const v of views) byId('tab-' + v).addEventListener('click', () => showView(v));

  // ---- sidebar -----------------------------------------------------------------------------
  const list = byId('article-list');
  const haystacks: string[] = [];
  const items: HTMLElement[] = [];
  articles.forEach((a, i) => {
    const names = a.entities.map((e) => e.name + ' ' + e.key).join(' ');
    haystacks.push((a.id + ' ' + a.title + ' ' + names).toLowerCase());
    const counts = a.entities.length + ' ent \u00b7 ' + (a.agreements.length + a.events.length) + ' ev';
    const li = el('li', { 'data-id': a.id },
      el('button', { type: 'button', class: 'art-item' },
        el('span', { class: 'art-item-title', dir: 'auto', lang: a.lang === 'und' ? '' : a.lang }, a.title),
        el('span', { class: 'art-item-meta' }, el('span', { class: 'badge lang-' + a.lang }, a.lang), ' ' + a.id + ' \u00b7 ' + counts)));
    li.firstElementChild!.addEventListener('click', () => showArticle(i, null));
    items.push(li);
    list.append(li);
  });
  const search = byId('article-search') as HTMLInputElement;
  const countEl = byId('article-count');
  const applySearch = (): void => {
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    items.forEach((li, i) => {
      const ok = q === '' || haystacks[i]!.includes(q);
      li.hidden = !ok;
      if (ok) shown++;
    });
    countEl.textContent = shown + ' / ' + articles.length + ' articles';
  };
  search.addEventListener('input', applySearch);
  applySearch();

  // ---- tooltip -----------------------------------------------------------------------------
  const tip = byId('tip');
  const showTip = (target: HTMLElement): void => {
    tip.textContent = target.getAttribute('data-tip') || '';
    tip.hidden = false;
    const r = target.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.max(8, Math.min(window.innerWidth - w - 8, r.left + r.width / 2 - w / 2));
    const below = r.bottom + 6 + tip.offsetHeight < window.innerHeight;
    tip.style.left = left + 'px';
    tip.style.top = (below ? r.bottom + 6 : r.top - tip.offsetHeight - 6) + 'px';
  };
  document.addEventListener('mouseover', (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest('[data-tip]') : null;
    if (t instanceof HTMLElement) showTip(t); else tip.hidden = true;
  });
  document.addEventListener('scroll', () => { tip.hidden = true; }, true);
  // Clicking a mention shows every mention of the same entity in the article.
  byId('art-body').addEventListener('click', (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest('mark[data-e]') : null;
    if (t) flash('mark[data-e="' + cssAttr(t.getAttribute('data-e') || '') + '"]', false);
  });

  // ---- article view ------------------------------------------------------------------------
  let current = -1;
  const entityLabel = (a: ReportArticle, id: string | null): string => {
    if (!id) return '';
    const e = a.entities.find((x) => x.id === id);
    return e ? e.name : id;
  };
  const flash = (selector: string, scroll = true): void => {
    const body = byId('art-body');
    for (const old of Array.from(body.querySelectorAll('.flash'))) old.classList.remove('flash');
    const targets = Array.from(body.querySelectorAll(selector));
    if (targets.length === 0) return;
    for (const t of targets) {
      void (t as HTMLElement).offsetWidth;
      t.classList.add('flash');
    }
    if (scroll) (targets[0] as HTMLElement).scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const cssAttr = (s: string): string => s.replace(/["\\]/g, '\\$&');

  const renderBody = (a: ReportArticle): string => {
    // Marks: paragraphs (layer 0) hold evidence spans (layer 1) which hold mentions (layer 2).
    const marks: MarkSpan[] = [];
    const open: string[] = [];
    const close: string[] = [];
    for (const p of a.paragraphs) {
      marks.push({ start: p.s, end: p.e, layer: 0 });
      open.push('<div class="para para-' + escapeHtml(p.k || 'paragraph') + '" dir="' + dirOf(p.l) + '"' +
        (p.l === 'und' ? '' : ' lang="' + escapeHtml(p.l) + '"') + '>');
      close.push('</div>');
    }
    for (const x of a.agreements) {
      marks.push({ start: x.s, end: x.e, layer: 1 });
      open.push('<span class="ev" data-ev="' + escapeHtml(x.id) + '">');
      close.push('</span>');
    }
    for (const x of a.events) {
      marks.push({ start: x.s, end: x.e, layer: 1 });
      open.push('<span class="ev" data-ev="' + escapeHtml(x.id) + '">');
      close.push('</span>');
    }
    for (const e of a.entities) {
      for (const m of e.m) {
        const form = m[3];
        const lines = [TYPE_LABEL[e.type] + (form && form !== 'name' ? ' (' + form + ')' : '') + ' \u00b7 ' + e.name,
          'key: ' + e.key + (e.country ? ' \u00b7 country: ' + e.country : ''), 'rule: ' + (data.rules[m[2]] || '?')];
        marks.push({ start: m[0], end: m[1], layer: 2 });
        open.push('<mark class="m m-' + escapeHtml(e.type) + (form === 'demonym' ? ' m-demonym' : '') +
          '" data-e="' + escapeHtml(e.id) + '" data-key="' + escapeHtml(e.key) + '" data-tip="' + escapeHtml(lines.join('\n')) + '">');
        close.push('</mark>');
      }
    }
    for (const d of a.dates) {
      const lines = ['Date \u00b7 ' + (d.v === null ? '(no value)' : d.v) + ' (' + d.kind + ', ' + d.g + ')', 'rule: ' + d.r];
      marks.push({ start: d.s, end: d.e, layer: 2 });
      open.push('<mark class="m m-date" data-tip="' + escapeHtml(lines.join('\n')) + '">');
      close.push('</mark>');
    }
    const tree = buildSegmentTree(a.text.length, marks);
    const html: string[] = [];
    let run: SegNode[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const inner = renderSegments(a.text, run, (i) => open[i]!, (i) => close[i]!);
      const plain = run.every((n) => n.m === -1);
      if (!plain || /\S/.test(a.text.slice(run[0]!.start, run[run.length - 1]!.end))) {
        html.push('<div class="para para-gap" dir="auto">' + inner + '</div>');
      }
      run = [];
    };
    for (const n of tree) {
      if (n.m >= 0 && n.m < a.paragraphs.length) {
        flush();
        html.push(renderSegments(a.text, [n], (i) => open[i]!, (i) => close[i]!));
      } else {
        run.push(n);
      }
    }
    flush();
    return html.join('');
  };

  const showArticle = (i: number, focus: { ev?: string; key?: string } | null): void => {
    const a = articles[i];
    if (!a) return;
    showView('article');
    if (current !== i) {
      current = i;
      for (const li of items) li.classList.toggle('selected', li.getAttribute('data-id') === a.id);
      const title = byId('art-title');
      title.textContent = a.title;
      title.setAttribute('dir', 'auto');
      const meta = byId('art-meta');
      meta.textContent = '';
      meta.append(el('span', { class: 'badge lang-' + a.lang }, a.lang), ' ', a.id, ' \u00b7 ', a.format,
        a.date ? ' \u00b7 ' + a.date : '', ' \u00b7 ', el('code', null, a.source));
      const notice = byId('art-notice');
      notice.hidden = a.textStatus === 'ok';
      notice.textContent = a.textStatus === 'missing'
        ? 'The source text (' + a.source + ') was not found: only the annotated spans are shown.'
        : a.textStatus === 'mismatch'
          ? 'The source text (' + a.source + ') does not match the record\u2019s spans: only the annotated spans are shown.'
          : '';
      const body = byId('art-body');
      body.setAttribute('dir', a.lang === 'ar' ? 'rtl' : 'ltr');
      if (a.lang === 'und') body.removeAttribute('lang'); else body.setAttribute('lang', a.lang);
      body.classList.toggle('partial', a.textStatus !== 'ok');
      body.innerHTML = renderBody(a);
      renderAside(a);
      byId('main').scrollTop = 0;
      if (location.hash !== '#article=' + encodeURIComponent(a.id)) {
        history.replaceState(null, '', '#article=' + encodeURIComponent(a.id));
      }
    }
    if (focus && focus.ev) {
      flash('[data-ev="' + cssAttr(focus.ev) + '"]');
      const side = byId('art-aside').querySelectorAll('[data-item]');
      for (const s of Array.from(side)) s.classList.toggle('active', s.getAttribute('data-item') === focus.ev);
    }
    if (focus && focus.key) flash('[data-key="' + cssAttr(focus.key) + '"]');
  };

  const renderAside = (a: ReportArticle): void => {
    const aside = byId('art-aside');
    aside.textContent = '';
    const section = (title: string, count: number): HTMLElement => {
      const s = el('section', { class: 'aside-sec' }, el('h3', null, title + ' ', el('span', { class: 'count' }, String(count))));
      aside.append(s);
      return s;
    };
    const names = (ids: string[]): HTMLElement => {
      const wrap = el('span', { class: 'names' });
      ids.forEach((id, k) => {
        const e = a.entities.find((x) => x.id === id);
        if (k > 0) wrap.append(', ');
        wrap.append(el('span', { class: 'chip chip-' + (e ? e.type : 'unknown'), dir: 'auto' }, e ? e.name : id));
      });
      return wrap;
    };
    const item = (id: string, head: Child[], lines: Child[][], rule: string): HTMLElement => {
      const b = el('button', { type: 'button', class: 'side-item', 'data-item': id, title: 'Show the evidence in the text' },
        el('div', { class: 'side-head' }, ...head), ...lines.map((l) => el('div', { class: 'side-line' }, ...l)),
        el('div', { class: 'side-rule' }, 'rule: ' + rule));
      b.addEventListener('click', () => showArticle(articleIndex.get(a.id)!, { ev: id }));
      return b;
    };
    const ag = section('Agreements', a.agreements.length);
    for (const x of a.agreements) {
      ag.append(item(x.id, [el('span', { class: 'kind' }, x.kind), ' ', el('span', { class: 'status' }, x.status), ' ',
        el('span', { class: 'date' }, x.date || 'undated')],
      [x.subject ? [el('span', { dir: 'auto' }, x.subject)] : [], x.parties.length ? ['parties: ', names(x.parties)] : []], x.r));
    }
    const evs = section('Events', a.events.length);
    for (const x of a.events) {
      evs.append(item(x.id, [el('span', { class: 'kind' }, x.kind), ' ', el('span', { class: 'date' }, x.date || 'undated')],
        [x.participants.length ? ['participants: ', names(x.participants)] : [],
          x.location ? ['location: ', el('span', { dir: 'auto' }, entityLabel(a, x.location))] : []], x.r));
    }
    const ents = section('Entities', a.entities.length);
    const sorted = a.entities.slice().sort((x, y) => (x.type < y.type ? -1 : x.type > y.type ? 1 : y.m.length - x.m.length));
    const ul = el('ul', { class: 'ent-list' });
    for (const e of sorted) {
      const tipText = TYPE_LABEL[e.type] + ' \u00b7 ' + e.name + '\nkey: ' + e.key + (e.country ? ' \u00b7 country: ' + e.country : '') +
        (e.titles && e.titles.length ? '\ntitles: ' + e.titles.join(', ') : '') + '\n' + e.m.length + ' mention' + (e.m.length === 1 ? '' : 's') + ' (click to show)';
      const b = el('button', { type: 'button', class: 'ent-item', 'data-tip': tipText },
        el('span', { class: 'chip chip-' + e.type, dir: 'auto' }, e.name), ' ',
        el('span', { class: 'count' }, '\u00d7' + e.m.length));
      b.addEventListener('click', () => flash('[data-e="' + cssAttr(e.id) + '"]'));
      ul.append(el('li', null, b));
    }
    ents.append(ul);
  };

  // ---- timeline ----------------------------------------------------------------------------
  interface TLItem {
    key: string; date: string; what: 'agreement' | 'event'; kind: string; label: string;
    article: number; id: string; lang: string; codes: string[]; pairs: string[]; names: string[];
  }
  const buildTimeline = (): void => {
    const tl: TLItem[] = [];
    let undated = 0;
    articles.forEach((a, ai) => {
      const codesOf = (ids: (string | null)[]): string[] => {
        const out: string[] = [];
        for (const id of ids) {
          const e = id ? a.entities.find((x) => x.id === id) : undefined;
          const c = e ? entityCountry(e) : null;
          if (c && !out.includes(c)) out.push(c);
        }
        return out.sort();
      };
      const nameOf = (id: string): string => entityLabel(a, id);
      for (const x of a.agreements) {
        const key = dateSortKey(x.date);
        if (!key || !x.date) { undated++; continue; }
        const codes = codesOf(x.parties);
        tl.push({ key, date: x.date, what: 'agreement', kind: x.kind, label: (x.subject ? x.subject + ' \u00b7 ' : '') + x.status,
          article: ai, id: x.id, lang: a.lang, codes, pairs: countryPairs(codes), names: x.parties.map(nameOf) });
      }
      for (const x of a.events) {
        const key = dateSortKey(x.date);
        if (!key || !x.date) { undated++; continue; }
        const codes = codesOf([...x.participants, x.location]);
        const names = x.participants.map(nameOf);
        if (x.location) names.push('@ ' + nameOf(x.location));
        tl.push({ key, date: x.date, what: 'event', kind: x.kind, label: '', article: ai, id: x.id, lang: a.lang,
          codes, pairs: countryPairs(codes), names });
      }
    });
    tl.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.date < y.date ? -1 : x.date > y.date ? 1 : x.article - y.article));

    const pairCount = new Map<string, number>();
    const codeCount = new Map<string, number>();
    for (const t of tl) {
      for (const p of t.pairs) pairCount.set(p, (pairCount.get(p) || 0) + 1);
      for (const c of t.codes) codeCount.set(c, (codeCount.get(c) || 0) + 1);
    }
    const pairSel = byId('tl-pair') as HTMLSelectElement;
    const langSel = byId('tl-lang') as HTMLSelectElement;
    const byCount = (m: Map<string, number>): [string, number][] =>
      Array.from(m.entries()).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const gPairs = el('optgroup', { label: 'Country pairs' });
    for (const [p, n] of byCount(pairCount)) {
      const [c1, c2] = p.split('\u2013');
      gPairs.append(el('option', { value: 'pair:' + p }, countryName(c1!) + ' \u2013 ' + countryName(c2!) + ' (' + n + ')'));
    }
    const gOne = el('optgroup', { label: 'Involving a country' });
    for (const [c, n] of byCount(codeCount)) gOne.append(el('option', { value: 'one:' + c }, countryName(c) + ' (' + n + ')'));
    pairSel.append(gPairs, gOne);

    const listEl = byId('tl-list');
    const info = byId('tl-info');
    const LIMIT = 2000;
    const render = (): void => {
      const f = pairSel.value;
      const lang = langSel.value;
      const shown = tl.filter((t) => (lang === '' || t.lang === lang) &&
        (f === '' || (f.startsWith('pair:') ? t.pairs.includes(f.slice(5)) : t.codes.includes(f.slice(4)))));
      listEl.textContent = '';
      let lastYear = '';
      for (const t of shown.slice(0, LIMIT)) {
        const year = t.key.slice(0, 4);
        if (year !== lastYear) { lastYear = year; listEl.append(el('li', { class: 'tl-year' }, year)); }
        const a = articles[t.article]!;
        const row = el('li', { class: 'tl-item tl-' + t.what },
          el('span', { class: 'tl-date' }, t.date),
          el('span', { class: 'tl-what' }, el('span', { class: 'kind kind-' + t.what }, t.kind), ' ',
            t.label ? el('span', { dir: 'auto' }, t.label) : null),
          el('span', { class: 'tl-names', dir: 'auto' }, t.names.join(', ')),
          el('span', { class: 'tl-codes' }, t.codes.join(' ')),
          el('button', { type: 'button', class: 'link tl-link', title: 'Open the article at the evidence' },
            el('span', { class: 'badge lang-' + a.lang }, a.lang), ' ', el('span', { dir: 'auto' }, a.title)));
        row.querySelector('button')!.addEventListener('click', () => showArticle(t.article, { ev: t.id }));
        listEl.append(row);
      }
      info.textContent = shown.length + ' dated item' + (shown.length === 1 ? '' : 's') +
        (shown.length > LIMIT ? ' (first ' + LIMIT + ' shown)' : '') + ' \u00b7 ' + undated + ' undated not shown';
    };
    pairSel.addEventListener('change', render);
    langSel.addEventListener('change', render);
    render();
  };

  // ---- entity index ------------------------------------------------------------------------
  const buildEntityIndex = (): void => {
    const input = byId('ent-search') as HTMLInputElement;
    const typeSel = byId('ent-type') as HTMLSelectElement;
    const tbody = byId('ent-rows');
    const info = byId('ent-info');
    const entries = data.entities.slice().sort((x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions || (x.key < y.key ? -1 : 1));
    const hay = entries.map((e) => (e.key + ' ' + [...(e.names.en || []), ...(e.names.ar || []), ...(e.names.und || [])].join(' ')).toLowerCase());
    const LIMIT = 400;
    const render = (): void => {
      const q = input.value.trim().toLowerCase();
      const type = typeSel.value;
      const shown: number[] = [];
      entries.forEach((e, i) => { if ((type === '' || e.type === type) && (q === '' || hay[i]!.includes(q))) shown.push(i); });
      tbody.textContent = '';
      for (const i of shown.slice(0, LIMIT)) {
        const e = entries[i]!;
        const arts = el('td', { class: 'ent-arts' });
        const addLinks = (from: number, to: number): void => {
          for (const id of e.articles.slice(from, to)) {
            const ai = articleIndex.get(id);
            if (ai === undefined) { arts.append(el('span', { class: 'muted' }, id), ' '); continue; }
            const b = el('button', { type: 'button', class: 'link art-link', title: articles[ai]!.title }, id);
            b.addEventListener('click', () => showArticle(ai, { key: e.key }));
            arts.append(b, ' ');
          }
        };
        const FIRST = 8;
        addLinks(0, FIRST);
        if (e.articles.length > FIRST) {
          const more = el('button', { type: 'button', class: 'link more' }, '+' + (e.articles.length - FIRST) + ' more');
          more.addEventListener('click', () => { more.remove(); addLinks(FIRST, e.articles.length); });
          arts.append(more);
        }
        tbody.append(el('tr', null,
          el('td', null, el('span', { class: 'chip chip-' + e.type }, TYPE_LABEL[e.type] || e.type), ' ', el('code', null, e.key),
            e.country ? el('span', { class: 'muted' }, ' ' + e.country) : null),
          el('td', { dir: 'ltr', lang: 'en' }, (e.names.en || []).join(' \u00b7 ')),
          el('td', { dir: 'rtl', lang: 'ar', class: 'ar' }, [...(e.names.ar || []), ...(e.names.und || [])].join(' \u00b7 ')),
          el('td', { class: 'num' }, String(e.mentions)),
          arts));
      }
      info.textContent = shown.length + ' / ' + entries.length + ' entities' + (shown.length > LIMIT ? ' (first ' + LIMIT + ' shown)' : '');
    };
    input.addEventListener('input', render);
    typeSel.addEventListener('change', render);
    render();
  };

  // ---- start -------------------------------------------------------------------------------
  const fromHash = (): void => {
    const m = /^#article=(.+)$/.exec(location.hash);
    const i = m ? articleIndex.get(decodeURIComponent(m[1]!)) : undefined;
    if (i !== undefined) showArticle(i, null);
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
  if (current === -1) {
    if (articles.length > 0) showArticle(0, null);
    else showView('article');
  }
  document.body.setAttribute('data-ready', 'true');
}

/** The functions embedded in the page, in order; `clientMain()` is called last. */
export const CLIENT_FUNCTIONS: readonly ((...args: never[]) => unknown)[] = [
  escapeHtml, buildSegmentTree, renderSegments, dateSortKey, entityCountry, countryPairs, clientMain,
];
