/**
 * TempEval-3 evaluation of the English date extractor.
 *
 * Data: `<dir>/TBAQ-cleaned/{TimeBank,AQUAINT}` (split `dev`, for tuning) and `<dir>/te3-platinum`
 * (split `test`, for reporting only). Each .tml file is stripped to its raw `<TEXT>`; the DCT is
 * the reference date; `extractEnglishDates` runs on the text.
 *
 * Scoring (documented decisions):
 * - Gold = TIMEX3 of type DATE with a concrete value. Values are normalized first: a time part is
 *   dropped (`1998-10-07TNI` → `1998-10-07`), trailing unspecified parts are dropped
 *   (`1995-XX-XX` → `1995`, `1998-08-XX` → `1998-08`), `199X` → `199` (decade), `19XX` → `19`
 *   (century), `2000-W7` → `2000-W07`. Not concrete (ignored): `*_REF`, values with `X` elsewhere (`XXXX-WI`,
 *   `1989-WXX`, `1998-QX`), durations (`P…`). Quarters, halves and weekends (`1989-Q3`,
 *   `1990-H1`, `1990-W32-WE`) are concrete and counted, although our schema cannot express them
 *   (they are misses).
 * - Ignored gold = every other TIMEX3 (TIME, SET, DURATION and non-concrete DATE). A prediction
 *   that overlaps no scored gold but overlaps an ignored gold TIMEX3 is dropped: it is neither a
 *   true nor a false positive.
 * - Predictions of kind `duration` are not dates: they are left out of the DATE scores (their own
 *   score against DURATION gold is reported apart as `duration`). Predictions with a null value
 *   are left out (they cannot happen with a DCT).
 * - TimeML annotates the two ends of a range as two TIMEX3 (`from <T>2012</T> to <T>2015</T>`), we
 *   annotate one range (`2012/2015`): a range prediction counts as two predictions (its start and
 *   end values) with the range's span.
 * - A prediction matches a gold when the spans overlap and the values are equal (one-to-one,
 *   greedy in text order). Span scores use overlap alone.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateMention } from '../core/types.js';
import type { ExtractionContext } from '../core/document.js';
import { extractEnglishDates } from '../lang/en/dates.js';
import { parseTimeML, splitSentences, type TimeMLDocument, type TimexAnnotation } from './timeml.js';

export type Split = 'dev' | 'test';

export interface TempEvalError {
  doc: string;
  kind: 'missed' | 'spurious' | 'wrong-value';
  start: number;
  end: number;
  text: string;
  gold?: string;
  predicted?: string;
  ruleId?: string;
  context: string;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface TempEvalResult extends Scores {
  split: Split;
  documents: number;
  spanPrecision: number;
  spanRecall: number;
  spanF1: number;
  gold: number;
  predicted: number;
  truePositives: number;
  /** Gold values our schema cannot express (quarters, halves, weekends): counted as misses. */
  inexpressibleGold: number;
  duration: Scores & { gold: number; predicted: number };
  errors: TempEvalError[];
}

export const SPLIT_FOLDERS: Readonly<Record<Split, readonly string[]>> = {
  dev: ['TBAQ-cleaned/TimeBank', 'TBAQ-cleaned/AQUAINT'],
  test: ['te3-platinum'],
} as const;

const INEXPRESSIBLE = /-(Q\d|H\d|W\d{2}-WE)$/;

/** The normalized concrete value of a DATE TIMEX3, or null when it is not concrete. */
export function normalizeGoldValue(value: string): string | null {
  let v = value.trim();
  if (!v || v.endsWith('_REF') || v.startsWith('P')) return null;
  v = v.replace(/T.*$/, '');
  while (/-XX$/.test(v)) v = v.slice(0, -3);
  if (/^\d{3}X$/.test(v)) v = v.slice(0, 3);
  else if (/^\d{2}XX$/.test(v)) v = v.slice(0, 2);
  if (/X/.test(v) || !/^\d/.test(v)) return null;
  return v.replace(/-W(\d)(?!\d)/, '-W0$1');
}

interface ScoredPrediction {
  start: number;
  end: number;
  text: string;
  value: string;
  ruleId: string;
}

function expandPredictions(dates: readonly DateMention[]): ScoredPrediction[] {
  const out: ScoredPrediction[] = [];
  for (const d of dates) {
    if (d.kind === 'duration' || d.value === null) continue;
    const parts = d.kind === 'range' ? d.value.split('/') : [d.value];
    for (const value of parts) out.push({ start: d.start, end: d.end, text: d.text, value, ruleId: d.ruleId });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function contextOf(text: string, start: number, end: number): string {
  const s = Math.max(0, start - 60);
  const e = Math.min(text.length, end + 60);
  return `${text.slice(s, start)}[[${text.slice(start, end)}]]${text.slice(end, e)}`.replace(/\s+/g, ' ');
}

export interface DocScore {
  gold: number;
  predicted: number;
  tp: number;
  spanTpGold: number;
  spanTpPred: number;
  inexpressible: number;
  durGold: number;
  durPred: number;
  durTp: number;
  errors: TempEvalError[];
}

/** Scores one parsed document against the extractor's output. */
export function scoreDocument(doc: TimeMLDocument, dates: readonly DateMention[]): DocScore {
  const gold: (TimexAnnotation & { norm: string })[] = [];
  const ignored: TimexAnnotation[] = [];
  for (const t of doc.timexes) {
    const norm = t.type === 'DATE' ? normalizeGoldValue(t.value) : null;
    if (norm !== null) gold.push({ ...t, norm });
    else ignored.push(t);
  }
  const preds = expandPredictions(dates).filter(
    (p) => gold.some((g) => overlaps(g, p)) || !ignored.some((g) => overlaps(g, p)),
  );
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  preds.forEach((p, i) => {
    const j = gold.findIndex((g, k) => !goldUsed.has(k) && overlaps(g, p) && g.norm === p.value);
    if (j >= 0) {
      goldUsed.add(j);
      predUsed.add(i);
    }
  });
  const spanTpGold = gold.filter((g) => preds.some((p) => overlaps(g, p))).length;
  const spanTpPred = preds.filter((p) => gold.some((g) => overlaps(g, p))).length;
  const errors: TempEvalError[] = [];
  gold.forEach((g, k) => {
    if (goldUsed.has(k)) return;
    const p = preds.find((q, i) => !predUsed.has(i) && overlaps(g, q));
    errors.push({
      doc: doc.id, kind: p ? 'wrong-value' : 'missed', start: g.start, end: g.end, text: g.text, gold: g.norm,
      ...(p ? { predicted: p.value, ruleId: p.ruleId } : {}), context: contextOf(doc.text, g.start, g.end),
    });
  });
  preds.forEach((p, i) => {
    if (predUsed.has(i) || gold.some((g) => overlaps(g, p))) return;
    errors.push({
      doc: doc.id, kind: 'spurious', start: p.start, end: p.end, text: p.text, predicted: p.value,
      ruleId: p.ruleId, context: contextOf(doc.text, p.start, p.end),
    });
  });
  errors.sort((a, b) => a.start - b.start);
  // Durations, reported apart: span overlap and equal value against DURATION gold.
  const durGold = doc.timexes.filter((t) => t.type === 'DURATION' && /^P\d/.test(t.value));
  const durPred = dates.filter((d) => d.kind === 'duration');
  const durUsed = new Set<number>();
  let durTp = 0;
  for (const p of durPred) {
    const j = durGold.findIndex((g, k) => !durUsed.has(k) && overlaps(g, p) && g.value === p.value);
    if (j >= 0) {
      durUsed.add(j);
      durTp++;
    }
  }
  return {
    gold: gold.length, predicted: preds.length, tp: goldUsed.size, spanTpGold, spanTpPred,
    inexpressible: gold.filter((g) => INEXPRESSIBLE.test(g.norm)).length,
    durGold: durGold.length, durPred: durPred.length, durTp, errors,
  };
}

export function contextFor(doc: TimeMLDocument): ExtractionContext {
  return {
    text: doc.text, referenceDate: doc.dct, sentences: splitSentences(doc.text), paragraphs: [],
    title: null, infobox: [],
  };
}

const prf = (tp: number, predicted: number, gold: number, tpGold = tp): Scores => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

async function listTml(dir: string, split: Split): Promise<string[]> {
  const files: string[] = [];
  for (const folder of SPLIT_FOLDERS[split]) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of (await readdir(path)).sort()) if (name.endsWith('.tml')) files.push(join(path, name));
  }
  return files;
}

/** Evaluates extractEnglishDates on a TempEval-3 split; `dir` is the tempeval3 folder. */
export async function evaluateTempEval(dir: string, split: Split): Promise<TempEvalResult> {
  const files = await listTml(dir, split);
  const t = { gold: 0, predicted: 0, tp: 0, spanTpGold: 0, spanTpPred: 0, inexpressible: 0, durGold: 0, durPred: 0, durTp: 0 };
  const errors: TempEvalError[] = [];
  for (const file of files) {
    const doc = parseTimeML(await readFile(file, 'utf8'), basename(file, '.tml'));
    const s = scoreDocument(doc, extractEnglishDates(contextFor(doc)));
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += s[k];
    errors.push(...s.errors);
  }
  const value = prf(t.tp, t.predicted, t.gold);
  const span = prf(t.spanTpPred, t.predicted, t.gold, t.spanTpGold);
  return {
    split, documents: files.length, ...value,
    spanPrecision: span.precision, spanRecall: span.recall, spanF1: span.f1,
    gold: t.gold, predicted: t.predicted, truePositives: t.tp, inexpressibleGold: t.inexpressible,
    duration: { ...prf(t.durTp, t.durPred, t.durGold), gold: t.durGold, predicted: t.durPred },
    errors,
  };
}

export const DEFAULT_TEMPEVAL_DIR = fileURLToPath(new URL('../../../shared/eval/tempeval3', import.meta.url));

function summary(r: TempEvalResult): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `TempEval-3 ${r.split} (${r.documents} docs): DATE value P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)}`,
    `  span (overlap) P ${f(r.spanPrecision)} R ${f(r.spanRecall)} F1 ${f(r.spanF1)}`,
    `  gold ${r.gold} (of which ${r.inexpressibleGold} quarters/halves/weekends we cannot express), predicted ${r.predicted}, matched ${r.truePositives}`,
    `  durations: P ${f(r.duration.precision)} R ${f(r.duration.recall)} F1 ${f(r.duration.f1)} (gold ${r.duration.gold}, predicted ${r.duration.predicted})`,
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const split = (argv[0] ?? 'dev') as Split;
  if (split !== 'dev' && split !== 'test') {
    process.stderr.write('usage: node dist/eval/tempeval.js dev|test [--dir DIR] [--errors] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const dirIndex = argv.indexOf('--dir');
  const dir = dirIndex >= 0 && argv[dirIndex + 1] ? argv[dirIndex + 1]! : DEFAULT_TEMPEVAL_DIR;
  if (!existsSync(dir)) {
    process.stdout.write(`TempEval-3 data not found at ${dir}; skipped\n`);
    return;
  }
  const r = await evaluateTempEval(dir, split);
  if (argv.includes('--json')) {
    const { errors, ...rest } = r;
    process.stdout.write(`${JSON.stringify(split === 'dev' ? r : { ...rest, errors: errors.length })}\n`);
    return;
  }
  // Individual errors are printed for the development split only: the test split is for reporting.
  if (split === 'dev' && argv.includes('--errors')) {
    for (const e of r.errors) {
      process.stdout.write(`${e.kind}\t${e.doc}\t${JSON.stringify(e.text)}\tgold=${e.gold ?? '-'}\tpred=${e.predicted ?? '-'}\t${e.ruleId ?? ''}\t${e.context}\n`);
    }
  }
  process.stdout.write(`${summary(r)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
