/**
 * Scores the Arabic entity rules on IOB-tagged corpora, AQMAR (development: tune on it) and
 * ANERcorp (test: report only), and on the SaudiNewsNet gold of this project, news-ar-dev
 * (development) and news-ar-test (held out: report only). Usage after `npx tsc -p tsconfig.json`:
 *   node dist/eval/anercorp.js aqmar|newsdev|newstest|anercorp [--errors N] [--rules] [--dir EVAL_DIR]
 * `--errors N` and `--rules` (precision of each ruleId) print only for the development sets.
 *
 * Protocol:
 * - Text is rebuilt by joining tokens with one space; a blank line, or a sentence-final
 *   punctuation token (. ! ? ؟), ends a sentence and is followed by a newline.
 * - Gold spans are token ranges from IOB2 tags (PERS/PER → PER, LOC, ORG; MIS*, MISC and malformed
 *   types are ignored; an I- tag without an open entity of its type starts one).
 * - A predicted mention covers the tokens its characters overlap (a mention inside a token, e.g.
 *   `دمشق` in `بدمشق`, covers that token). Exact match of (type, first token, last token).
 * - Demonyms (`form: 'demonym'`) are dropped from predictions: neither corpus tags nisba
 *   adjectives as locations on their own (AQMAR tags `العاصمة السورية` as a whole, ANERcorp
 *   occasionally tags the nisba), so counting them would measure a different guideline than ours.
 * - Gold is flat, ours may nest (a place inside an organization's name): a prediction lying
 *   inside a longer prediction of another type is dropped before scoring.
 * - Each file is one document (context rules such as Oman/Amman see the whole file).
 * - As in the pipeline (stages/extract.ts), a mention inside a longer date mention is dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPathIn, goldWithArticles } from './news-corpus.js';
import { REPO_ROOT } from './seeds.js';
import type { CandidateMention } from '../core/document.js';
import { extractArabicMentions } from '../lang/ar/entities.js';
import { extractArabicDates } from '../lang/ar/dates.js';
import { outsideDates } from '../stages/extract.js';

export type EvalType = 'PER' | 'LOC' | 'ORG';
const TYPES: readonly EvalType[] = ['PER', 'LOC', 'ORG'];

export interface Score { precision: number; recall: number; f1: number; gold: number; predicted: number; correct: number }

export interface EvalError {
  file: string;
  kind: 'missed' | 'spurious';
  type: EvalType;
  text: string;
  /** a few tokens around the span */
  context: string;
  /** the rule behind a spurious prediction */
  ruleId?: string;
}

export interface EvalResult {
  perType: Record<EvalType, Score>;
  overall: Score;
  errors: EvalError[];
  /** predictions and correct predictions per ruleId */
  rules: Record<string, { predicted: number; correct: number }>;
}

interface TokenSpan { type: EvalType; first: number; last: number; ruleId?: string }

interface IobDoc { tokens: string[]; tags: string[]; text: string; starts: number[]; ends: number[] }

const SENTENCE_FINAL = new Set(['.', '!', '?', '؟']);

function mapType(raw: string): EvalType | null {
  const t = raw.toUpperCase().replace(/[^A-Z]/g, '');
  if (t === 'PER' || t === 'PERS') return 'PER';
  if (t === 'LOC') return 'LOC';
  if (t === 'ORG') return 'ORG';
  return null;
}

/** Parses `token TAG` lines tolerantly (missing tags → O; malformed tags → ignored type). */
export function readIob(content: string): IobDoc {
  const tokens: string[] = [];
  const tags: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let lineStart = true;
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      if (!lineStart) { text += '\n'; lineStart = true; }
      continue;
    }
    const parts = line.split(/\s+/);
    const token = parts.length > 1 ? parts.slice(0, -1).join(' ') : parts[0]!;
    const tag = parts.length > 1 ? parts[parts.length - 1]! : 'O';
    if (!lineStart) text += ' ';
    starts.push(text.length);
    text += token;
    ends.push(text.length);
    tokens.push(token);
    tags.push(tag);
    lineStart = false;
    if (SENTENCE_FINAL.has(token)) { text += '\n'; lineStart = true; }
  }
  return { tokens, tags, text, starts, ends };
}

export function goldSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const m = /^([BI])[-_]+(.+)$/.exec(tags[i]!);
    const type = m ? mapType(m[2]!) : null;
    if (!m || !type) { open = null; continue; }
    if (m[1] === 'I' && open && open.type === type && open.last === i - 1) { open.last = i; continue; }
    open = { type, first: i, last: i };
    spans.push(open);
  }
  return spans;
}

const TYPE_OF: Record<CandidateMention['type'], EvalType> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** Token range covered by a character span (binary search over token starts). */
function tokenRange(doc: IobDoc, start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= start) lo = mid; else hi = mid - 1;
  }
  let first = lo;
  if (doc.ends[first]! <= start) first++;
  let last = first;
  while (last + 1 < doc.starts.length && doc.starts[last + 1]! < end) last++;
  if (first >= doc.starts.length || doc.starts[first]! >= end) return null;
  return [first, last];
}

/** A mention as the scorer needs it (CandidateMention and a record's mentions both fit). */
export interface ScoredMention { start: number; end: number; type: 'person' | 'place' | 'organization'; form?: string | undefined; ruleId?: string | undefined }

/** What the Arabic entity stage finds in a document's text. */
export function arabicMentions(text: string): ScoredMention[] {
  const ctx = { text, referenceDate: null, sentences: [], paragraphs: [], title: null, infobox: [] };
  // as in the pipeline: a mention inside a longer date belongs to the date
  return outsideDates(extractArabicMentions(ctx), extractArabicDates(ctx));
}

export function predictedSpans(doc: IobDoc, mentions: readonly ScoredMention[] = arabicMentions(doc.text)): TokenSpan[] {
  const seen = new Set<string>();
  const out: TokenSpan[] = [];
  for (const m of mentions) {
    if (m.form === 'demonym') continue;
    const r = tokenRange(doc, m.start, m.end);
    if (!r) continue;
    const type = TYPE_OF[m.type];
    const id = `${type}:${r[0]}:${r[1]}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ type, first: r[0], last: r[1], ruleId: m.ruleId });
  }
  // flat scoring: drop predictions nested in a longer prediction of another type
  const sorted = out.slice().sort((a, b) => a.first - b.first || b.last - a.last);
  const flat: TokenSpan[] = [];
  let cover: TokenSpan | null = null;
  for (const p of sorted) {
    if (cover && p.first >= cover.first && p.last <= cover.last && (p.last - p.first) < (cover.last - cover.first)) continue;
    flat.push(p);
    if (!cover || p.last > cover.last) cover = p;
  }
  return flat;
}

function score(correct: number, gold: number, predicted: number): Score {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * One scored document: its text with token boundaries, the gold token spans and, when the
 * Arabic entity stage alone is not what is scored, the predicted mentions.
 */
export interface ScoredDoc { name: string; doc: IobDoc; gold: TokenSpan[]; mentions?: readonly ScoredMention[] }

export function evaluateIob(files: string[], format: 'anercorp' | 'aqmar'): EvalResult {
  void format; // both formats share the reader; tag names differ only in spelling (PERS/PER, MIS*)
  return evaluateDocs(files.map((file) => {
    const doc = readIob(readFileSync(file, 'utf8'));
    return { name: file, doc, gold: goldSpans(doc.tags) };
  }));
}

export function evaluateDocs(docs: Iterable<ScoredDoc>): EvalResult {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<EvalType, { gold: number; predicted: number; correct: number }>;
  const errors: EvalError[] = [];
  const rules: Record<string, { predicted: number; correct: number }> = {};
  for (const { name: file, doc, gold, mentions } of docs) {
    const pred = predictedSpans(doc, mentions);
    const goldIds = new Set(gold.map((g) => `${g.type}:${g.first}:${g.last}`));
    const predIds = new Set(pred.map((p) => `${p.type}:${p.first}:${p.last}`));
    const ctx = (s: TokenSpan) => doc.tokens.slice(Math.max(0, s.first - 4), s.last + 5).join(' ');
    const text = (s: TokenSpan) => doc.tokens.slice(s.first, s.last + 1).join(' ');
    for (const g of gold) {
      counts[g.type].gold++;
      if (predIds.has(`${g.type}:${g.first}:${g.last}`)) counts[g.type].correct++;
      else errors.push({ file, kind: 'missed', type: g.type, text: text(g), context: ctx(g) });
    }
    for (const p of pred) {
      counts[p.type].predicted++;
      const rule = (rules[p.ruleId ?? '?'] ??= { predicted: 0, correct: 0 });
      rule.predicted++;
      if (goldIds.has(`${p.type}:${p.first}:${p.last}`)) rule.correct++;
      if (!goldIds.has(`${p.type}:${p.first}:${p.last}`)) {
        errors.push({ file, kind: 'spurious', type: p.type, text: text(p), context: ctx(p), ...(p.ruleId ? { ruleId: p.ruleId } : {}) });
      }
    }
  }
  const perType = Object.fromEntries(TYPES.map((t) => [t, score(counts[t].correct, counts[t].gold, counts[t].predicted)])) as Record<EvalType, Score>;
  const total = TYPES.reduce((a, t) => ({ gold: a.gold + counts[t].gold, predicted: a.predicted + counts[t].predicted, correct: a.correct + counts[t].correct }), { gold: 0, predicted: 0, correct: 0 });
  return { perType, overall: score(total.correct, total.gold, total.predicted), errors, rules };
}

// ---------------------------------------------------------------------------------------------
// news-ar-dev: character-span gold over SaudiNewsNet articles (fixtures/news-ar-dev/NNN.json)

/** Tokens as ANERcorp cuts them: runs of letters, marks and digits; every other non-space character alone. */
export function tokenizeLikeAnercorp(text: string): IobDoc {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}\u0640]/gu)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    tokens.push(m[0]);
  }
  return { tokens, tags: tokens.map(() => 'O'), text, starts, ends };
}

export interface NewsGold { index: number; url: string; entities: { type: EvalType; start: number; end: number; text: string }[] }

/**
 * The news development set: each gold file names a corpus line and its character spans; gold
 * and predictions are both scored on the tokens they cover, as for ANERcorp.
 */
export function newsDevDocs(corpusPath: string, goldDir: string): ScoredDoc[] {
  return goldWithArticles<NewsGold>(corpusPath, goldDir).map(({ name, gold, content }) => charSpanDoc(name, content, gold.entities));
}

export type CharSpanGold = NewsGold['entities'];

/** A document whose gold is character spans: gold and predictions are scored on the tokens they cover. */
export function charSpanDoc(name: string, text: string, entities: CharSpanGold, mentions?: readonly ScoredMention[]): ScoredDoc {
  const doc = tokenizeLikeAnercorp(text);
  const spans: TokenSpan[] = [];
  for (const e of entities) {
    const r = tokenRange(doc, e.start, e.end);
    if (r) spans.push({ type: e.type, first: r[0], last: r[1] });
  }
  return { name, doc, gold: spans, ...(mentions ? { mentions } : {}) };
}

/** The files of a corpus under the evaluation folder, or [] when it is absent. */
export function corpusFiles(format: 'anercorp' | 'aqmar', evalDir: string): string[] {
  const dir = join(evalDir, format);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

/**
 * Scores `docs` and renders the table; `--rules` and `--errors N` in `argv` add per-rule precision
 * and the first N errors, except for a test set (`testAdvice` says where to tune instead).
 * `secondsBefore`: time already spent making the predictions, added to the time shown.
 */
export function scoreAndReport(label: string, docs: readonly ScoredDoc[], argv: readonly string[], testAdvice?: string, secondsBefore = 0): string {
  const t0 = performance.now();
  const r = evaluateDocs(docs);
  const seconds = secondsBefore + (performance.now() - t0) / 1000;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [`${label} (${docs.length} files, ${seconds.toFixed(2)} s)`, 'type   P      R      F1     gold  pred'];
  for (const [name, s] of [...TYPES.map((t) => [t, r.perType[t]] as const), ['ALL', r.overall] as const]) {
    lines.push(`${name.padEnd(5)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}`);
  }
  if (argv.includes('--rules')) {
    if (testAdvice) lines.push(`(per-rule precision of a test set is not shown: ${testAdvice})`);
    else {
      for (const [rule, c] of Object.entries(r.rules).sort((a, b) => b[1].predicted - a[1].predicted)) {
        lines.push(`${rule.padEnd(34)} ${String(c.correct).padStart(5)} / ${String(c.predicted).padStart(5)}  ${pct(c.correct / c.predicted)}`);
      }
    }
  }
  const i = argv.indexOf('--errors');
  const n = i >= 0 ? Number(argv[i + 1] ?? 0) : 0;
  if (n > 0) {
    if (testAdvice) lines.push(`(errors of a test set are not shown: ${testAdvice})`);
    else for (const e of r.errors.slice(0, n)) lines.push(`${e.kind}\t${e.type}\t${e.text}\t${e.ruleId ?? ''}\t| ${e.context}`);
  }
  return lines.join('\n') + '\n';
}

function main(argv: string[]): number {
  const format = argv[0];
  if (format !== 'aqmar' && format !== 'anercorp' && format !== 'newsdev' && format !== 'newstest') {
    process.stderr.write('usage: node dist/eval/anercorp.js aqmar|newsdev|newstest|anercorp [--errors N] [--rules] [--dir EVAL_DIR]\n');
    return 2;
  }
  const isTest = format === 'anercorp' || format === 'newstest';
  const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const evalDir = resolve(opt('--dir') ?? process.env.BILEX_EVAL_DIR ?? '../shared/eval');
  const docs = format === 'newsdev' || format === 'newstest'
    ? newsDevDocs(corpusPathIn(evalDir), join(REPO_ROOT, 'fixtures', format === 'newsdev' ? 'news-ar-dev' : 'news-ar-test'))
    : corpusFiles(format, evalDir).map((file) => { const doc = readIob(readFileSync(file, 'utf8')); return { name: file, doc, gold: goldSpans(doc.tags) }; });
  if (docs.length === 0) {
    process.stdout.write(`no ${format} files under ${evalDir}: skipped\n`);
    return 0;
  }
  process.stdout.write(scoreAndReport(format, docs, argv, isTest ? 'tune on aqmar or newsdev' : undefined));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
