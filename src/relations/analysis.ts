import type { Doc } from '../core/document.js';
import type { DateMention, Entity, Mention, Span } from '../core/types.js';
import { span, trimRange } from '../core/span.js';
import type { Lexicon, RelToken } from './lexicon.js';

/**
 * What the agreement and event rules see of a document: units (sentences, and list items as
 * whole units) with their tokens, entity mentions, dates, and the regions of a unit that do not
 * name participants (cut clauses, topics, reporting frames). Built once per document in one pass.
 */

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  mention: Mention;
  /** the organization mention this one is nested in, if any */
  inOrg: MentionRef | null;
}

export interface Unit {
  index: number;
  start: number;
  end: number;
  kind: 'sentence' | 'list-item';
  paragraph: number;
  section: number;
  evidence: Span;
  tokens: RelToken[];
  mentions: MentionRef[];
  dates: DateMention[];
  /** [start, end) offsets where nothing names a participant (`following the fall of …`) */
  cuts: [number, number][];
  /** from here on, countries are topics (`to discuss Syria's …`); unit end when none */
  topicStart: number;
  /** reporting frame [start, end) (`Oman's foreign ministry said that`), or null */
  frame: [number, number] | null;
  /** the unit refers to an event of an earlier paragraph (`during the visit`) */
  contextCue: boolean;
  /** a party anaphor outside topics and cuts (`both countries`) */
  partyAnaphor: boolean;
  /** the unit's own date (value), or null */
  ownDate: string | null;
  /** own date, else inherited from the context (paragraph; section when cued; list intro) */
  date: string | null;
}

export interface Analysis {
  doc: Doc;
  lex: Lexicon;
  units: Unit[];
}

export const isCountry = (e: Entity): boolean => e.type === 'place' && /^place:[A-Z]{2}$/.test(e.key);

const CLAUSE_PUNCT = new Set([',', '،', ';', '؛', ':', '(', ')', '—', '–']);

export function analyze(doc: Doc, lex: Lexicon): Analysis {
  const text = doc.text;
  const refs = mentionRefs(doc.entities);
  const dates = doc.dates.filter((d) => d.kind !== 'duration').slice().sort((a, b) => a.start - b.start);
  const sections = doc.sections.map((s) => s.start).sort((a, b) => a - b);
  const sectionOf = (offset: number): number => {
    let k = -1;
    for (let i = 0; i < sections.length && sections[i]! <= offset; i++) k = i;
    return k;
  };

  // Units: sentences of prose paragraphs, whole list items; headings and infobox give none.
  const ranges: { start: number; end: number; kind: Unit['kind']; paragraph: number }[] = [];
  const sentences = doc.sentences.slice().sort((a, b) => a.start - b.start);
  let si = 0;
  doc.paragraphs.forEach((p, pi) => {
    const kind = p.kind ?? 'paragraph';
    while (si < sentences.length && sentences[si]!.end <= p.start) si++;
    if (kind === 'heading' || kind === 'infobox') return;
    if (kind === 'list-item') {
      ranges.push({ start: p.start, end: p.end, kind: 'list-item', paragraph: pi });
      return;
    }
    let any = false;
    for (let j = si; j < sentences.length && sentences[j]!.start < p.end; j++) {
      const s = sentences[j]!;
      if (s.start >= p.start && s.end <= p.end) {
        ranges.push({ start: s.start, end: s.end, kind: 'sentence', paragraph: pi });
        any = true;
      }
    }
    if (!any) ranges.push({ start: p.start, end: p.end, kind: 'sentence', paragraph: pi });
  });

  let mi = 0;
  let di = 0;
  const units: Unit[] = ranges.map((r, index) => {
    while (mi < refs.length && refs[mi]!.start < r.start) mi++;
    const mentions: MentionRef[] = [];
    for (let j = mi; j < refs.length && refs[j]!.start < r.end; j++) if (refs[j]!.end <= r.end) mentions.push(refs[j]!);
    while (di < dates.length && dates[di]!.start < r.start) di++;
    const unitDates: DateMention[] = [];
    for (let j = di; j < dates.length && dates[j]!.start < r.end; j++) unitDates.push(dates[j]!);
    const tokens = lex.tokens(text, r.start, r.end);
    const unit: Unit = {
      index, start: r.start, end: r.end, kind: r.kind, paragraph: r.paragraph, section: sectionOf(r.start),
      evidence: evidenceSpan(text, r.start, r.end, r.kind), tokens, mentions, dates: unitDates,
      cuts: [], topicStart: r.end, frame: null, contextCue: false, partyAnaphor: false, ownDate: null, date: null,
    };
    markRegions(unit, lex);
    return unit;
  });
  resolveDates(units, lex);
  return { doc, lex, units };
}

function mentionRefs(entities: readonly Entity[]): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) refs.push({ start: mention.start, end: mention.end, entity, mention, inOrg: null });
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  // Nesting in organizations: one sweep keeping the open organization mentions.
  const open: MentionRef[] = [];
  for (const r of refs) {
    while (open.length && open[open.length - 1]!.end <= r.start) open.pop();
    const outer = open.length ? open[open.length - 1]! : null;
    if (outer && r.end <= outer.end && r !== outer) r.inOrg = outer;
    if (r.entity.type === 'organization') open.push(r);
  }
  return refs;
}

/** The evidence span: the sentence, or the list item without its number, quotes and `»;`. */
function evidenceSpan(text: string, start: number, end: number, kind: Unit['kind']): Span {
  let s = start;
  if (kind === 'list-item') {
    const lead = /^\s*(?:[-*•]|\d+[.)])?\s*/u.exec(text.slice(start, end));
    if (lead) s += lead[0].length;
  }
  const [a, b] = trimRange(text, s, end, /[\s"'“”«»‘’;:,]/u);
  return span(text, a, b > a ? b : end);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly RelToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of the word before a mention, or the attached prefix (`ل` of `لدمشق`) when there is one. */
export function wordBefore(unit: Unit, offset: number): { key: string; attached: string } {
  const i = tokenAt(unit.tokens, offset);
  const containing = i > 0 ? unit.tokens[i - 1]! : null;
  if (containing && containing.end > offset) {
    // The mention starts inside a token: what precedes it in the token is an attached clitic.
    const attached = containing.text.slice(0, offset - containing.start);
    const prev = i > 1 ? unit.tokens[i - 2]! : null;
    return { key: prev?.lower ?? '', attached };
  }
  const prev = containing;
  return { key: prev?.lower ?? '', attached: '' };
}

export function inRanges(ranges: readonly [number, number][], offset: number): boolean {
  return ranges.some(([a, b]) => offset >= a && offset < b);
}

function markRegions(unit: Unit, lex: Lexicon): void {
  const toks = unit.tokens;
  const mentionStarts = new Set(unit.mentions.map((m) => m.start));
  const mentionEnds = new Set(unit.mentions.map((m) => m.end));
  const clauseEnd = (from: number): number => {
    for (let j = from; j < toks.length; j++) {
      const t = toks[j]!;
      if (t.word || !CLAUSE_PUNCT.has(t.text)) continue;
      // `Iran, Saudi Arabia`: a comma between two names of a list does not end the clause.
      const prev = toks[j - 1];
      const next = toks[j + 1];
      if (t.text === ',' && prev && next && mentionEnds.has(prev.end) && mentionStarts.has(next.start)) continue;
      return t.start;
    }
    return unit.end;
  };
  for (const m of lex.cutMarkers.findAll(toks)) unit.cuts.push([toks[m.from]!.start, clauseEnd(m.to)]);
  const topic = lex.topicMarkers.findAll(toks)[0];
  if (topic) unit.topicStart = toks[topic.from]!.start;
  // Reporting frame: a reporting verb before the first complementizer.
  const comp = toks.findIndex((t) => lex.set.complementizers.has(t.lower));
  if (comp > 0 && toks.slice(0, comp).some((t) => lex.set.reportingVerbs.has(t.lower))) unit.frame = [unit.start, toks[comp]!.end];
  unit.contextCue = lex.contextCues.findAll(toks).length > 0;
  unit.partyAnaphor = lex.partyAnaphors.findAll(toks).some((m) => {
    const at = toks[m.from]!.start;
    return at < unit.topicStart && !inRanges(unit.cuts, at);
  });
}

/** Rank of a date of a unit: lower is better (0 core, 1 background, 2 after `since`/`until`). */
function dateRank(unit: Unit, d: DateMention, lex: Lexicon, cuts: readonly [number, number][]): number {
  const i = tokenAt(unit.tokens, d.start);
  for (let j = Math.max(0, i - 2); j < i; j++) if (lex.set.dateDemoters.has(unit.tokens[j]!.lower)) return 2;
  // Arabic `منذ بدء النزاع في سوريا العام 2011`: a `since` a few words before, in the same clause.
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const t = unit.tokens[j]!;
    if (!t.word) break;
    if (lex.lang === 'ar' && lex.set.dateDemoters.has(t.lower)) return 2;
  }
  return inRanges(cuts, d.start) ? 1 : 0;
}

/** The unit's own date: the first value outside background clauses (`cuts`) and `since …`. */
export function ownDate(unit: Unit, lex: Lexicon, cuts: readonly [number, number][] = unit.cuts): string | null {
  let best: { rank: number; value: string } | null = null;
  for (const d of unit.dates) {
    if (d.value === null) continue;
    const rank = dateRank(unit, d, lex, cuts);
    if (!best || rank < best.rank) best = { rank, value: d.value };
  }
  return best?.value ?? null;
}

/**
 * Dates: the unit's own; else the nearest preceding dated unit of the paragraph; else, for a unit
 * with a context cue (`during the visit`), of the section. List items take their introduction's.
 */
function resolveDates(units: Unit[], lex: Lexicon): void {
  let intro: Unit | null = null;
  // The latest dated unit: units are in text order and a paragraph's units are contiguous, so the
  // nearest dated unit before u in its paragraph (or, with a cue, its section) is this one or none.
  let lastDated: Unit | null = null;
  for (const u of units) {
    u.ownDate = ownDate(u, lex);
    if (u.kind !== 'list-item') intro = u;
    if (u.ownDate) u.date = u.ownDate;
    else if (u.kind === 'list-item' && intro && intro.paragraph < u.paragraph && intro.section === u.section) u.date = intro.date;
    else if (lastDated && lastDated.section === u.section && (lastDated.paragraph === u.paragraph || u.contextCue)) u.date = lastDated.date;
    if (u.date) lastDated = u;
  }
}

/** Countries, organizations and people of a unit, in text order, once each. */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}
