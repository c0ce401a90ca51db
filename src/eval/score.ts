/**
 * Scoring of predicted article records against gold annotations (SPEC "Evaluation protocol").
 * Pure: no I/O. `scoreArticle` compares one pair; `scoreDataset` sums articles into rows of
 * field × language with precision, recall and F1 (micro-averaged).
 *
 * Two measures per field, `strict` (the SPEC's measure) and `lenient` (overlap only):
 * - person/place/organization: strict = same type and same start/end; lenient = same type, overlap.
 * - dates: strict = overlapping span and equal `value`; lenient = overlapping span.
 * - agreements/events: strict = overlapping evidence and equal `kind`; lenient = overlapping evidence.
 * Matching is one-to-one and greedy by position: strict pairs first, then lenient pairs among
 * what is left, so lenient ≥ strict always. Agreement/event attributes (date, parties or
 * participants as sets of entity keys, status, location) are scored over strict pairs.
 */
import type { ArticleRecord, EntityType, LangCode } from '../core/types.js';
import type { GoldArticle } from './gold.js';

export type { GoldArticle } from './gold.js';

export const MENTION_TYPES = ['person', 'place', 'organization'] as const satisfies readonly EntityType[];
export const FIELDS = ['person', 'place', 'organization', 'dates', 'agreements', 'events'] as const;
export type Field = (typeof FIELDS)[number];
/** Rows of the dataset table: the fields plus `mentions`, the micro-average of the three types. */
export type RowField = Field | 'mentions';
export const ROW_FIELDS: readonly RowField[] = ['person', 'place', 'organization', 'mentions', 'dates', 'agreements', 'events'];

export const ATTRIBUTES = [
  'agreements.date', 'agreements.parties', 'agreements.status',
  'events.date', 'events.participants', 'events.location',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** What a measure means for each field, for legends. */
export const MEASURES: Readonly<Record<RowField, { strict: string; lenient: string }>> = {
  person: { strict: 'same type, same start/end', lenient: 'same type, overlapping span' },
  place: { strict: 'same type, same start/end', lenient: 'same type, overlapping span' },
  organization: { strict: 'same type, same start/end', lenient: 'same type, overlapping span' },
  mentions: { strict: 'micro-average of the three types', lenient: 'micro-average of the three types' },
  dates: { strict: 'overlapping span and equal value', lenient: 'overlapping span' },
  agreements: { strict: 'overlapping evidence and equal kind', lenient: 'overlapping evidence' },
  events: { strict: 'overlapping evidence and equal kind', lenient: 'overlapping evidence' },
};

/** Counts for one field: gold and predicted items and true positives under each measure. */
export interface Tally {
  gold: number;
  pred: number;
  strict: number;
  lenient: number;
}

export interface Accuracy {
  correct: number;
  total: number;
}

export interface ErrorItem {
  start: number;
  end: number;
  text: string;
  /** entity type, date value, or agreement/event kind */
  label?: string;
  ruleId?: string;
}

export type ErrorKind = 'missed' | 'spurious' | 'boundary' | 'type' | 'value' | 'kind' | 'attribute';

export interface ScoreError {
  id: string;
  language: LangCode;
  field: Field;
  kind: ErrorKind;
  gold?: ErrorItem;
  pred?: ErrorItem;
  /** for kind `attribute`: which attribute, and the gold vs predicted values */
  attribute?: Attribute;
  expected?: string;
  actual?: string;
}

export interface ArticleScore {
  id: string;
  language: LangCode;
  hasPrediction: boolean;
  tallies: Record<Field, Tally>;
  attributes: Record<Attribute, Accuracy>;
  errors: ScoreError[];
}

export interface Prf {
  tp: number;
  /** null when nothing was predicted */
  precision: number | null;
  /** null when there is no gold */
  recall: number | null;
  /** null when there is neither gold nor prediction */
  f1: number | null;
}

export interface ScoreRow {
  field: RowField;
  /** a language code, or `all` */
  language: string;
  gold: number;
  pred: number;
  strict: Prf;
  lenient: Prf;
}

export interface AttributeRow {
  attribute: Attribute;
  language: string;
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface DatasetScore {
  articles: number;
  /** articles per language */
  languages: Record<string, number>;
  /** gold articles that had no prediction */
  missingPredictions: string[];
  rows: ScoreRow[];
  attributes: AttributeRow[];
  errors: ScoreError[];
  /** the per-article scores, in id order */
  articleScores: ArticleScore[];
}

export interface ScorePair {
  gold: GoldArticle;
  /** null when the prediction is missing: all gold counts as missed */
  pred: ArticleRecord | null;
}

// ---------------------------------------------------------------------------------------------
// matching

interface Positioned {
  start: number;
  end: number;
}

function overlap(a: Positioned, b: Positioned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function byPosition(a: Positioned, b: Positioned): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * One-to-one greedy matching: gold items in order of position each take the unmatched
 * prediction with the highest score (score < 0: not allowed), ties to the earliest prediction.
 * Items already in `usedGold`/`usedPred` are skipped; matched indices are added to them.
 */
function greedyMatch<G extends Positioned, P extends Positioned>(
  gold: readonly G[],
  pred: readonly P[],
  score: (g: G, p: P) => number,
  usedGold: Set<number>,
  usedPred: Set<number>,
): Array<[number, number]> {
  const goldOrder = gold.map((_, i) => i).sort((a, b) => byPosition(gold[a]!, gold[b]!) || a - b);
  const predOrder = pred.map((_, i) => i).sort((a, b) => byPosition(pred[a]!, pred[b]!) || a - b);
  const pairs: Array<[number, number]> = [];
  for (const gi of goldOrder) {
    if (usedGold.has(gi)) continue;
    const g = gold[gi]!;
    let best = -1;
    let bestScore = -1;
    for (const pi of predOrder) {
      if (usedPred.has(pi)) continue;
      const s = score(g, pred[pi]!);
      if (s > bestScore) {
        best = pi;
        bestScore = s;
      }
    }
    if (best >= 0 && bestScore >= 0) {
      usedGold.add(gi);
      usedPred.add(best);
      pairs.push([gi, best]);
    }
  }
  return pairs;
}

/** Jaccard overlap of two spans in whole percent, or -1 when they do not overlap. */
function overlapScore(a: Positioned, b: Positioned): number {
  const o = overlap(a, b);
  if (o === 0) return -1;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return Math.round((100 * o) / union);
}

function item(span: { start: number; end: number; text: string }, label?: string | null, ruleId?: string): ErrorItem {
  const out: ErrorItem = { start: span.start, end: span.end, text: span.text };
  if (label !== undefined) out.label = label === null ? 'null' : label;
  if (ruleId !== undefined) out.ruleId = ruleId;
  return out;
}

function emptyTallies(): Record<Field, Tally> {
  const t = {} as Record<Field, Tally>;
  for (const f of FIELDS) t[f] = { gold: 0, pred: 0, strict: 0, lenient: 0 };
  return t;
}

function emptyAttributes(): Record<Attribute, Accuracy> {
  const a = {} as Record<Attribute, Accuracy>;
  for (const k of ATTRIBUTES) a[k] = { correct: 0, total: 0 };
  return a;
}

// ---------------------------------------------------------------------------------------------
// per-article scoring

interface FlatMention extends Positioned {
  text: string;
  type: EntityType;
  ruleId?: string;
}

function flattenMentions(entities: ReadonlyArray<{ type: EntityType; mentions: ReadonlyArray<{ start: number; end: number; text: string; ruleId?: string }> }>): FlatMention[] {
  const out: FlatMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions ?? []) {
      const f: FlatMention = { start: m.start, end: m.end, text: m.text, type: e.type };
      if (m.ruleId !== undefined) f.ruleId = m.ruleId;
      out.push(f);
    }
  }
  return out;
}

/** Maps entity ids to keys through one side's own entities; unknown ids that look like keys stay. */
function keyResolver(entities: ReadonlyArray<{ id: string; key: string }>): (id: string | null) => string | null {
  const byId = new Map(entities.map((e) => [e.id, e.key] as const));
  return (id) => {
    if (id === null) return null;
    const key = byId.get(id);
    if (key !== undefined) return key;
    return id.includes(':') ? id : `?${id}`;
  };
}

function keySet(ids: readonly string[], resolve: (id: string) => string | null): string[] {
  return [...new Set(ids.map((id) => resolve(id) ?? `?${id}`))].sort();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function languageOf(gold: GoldArticle, pred: ArticleRecord | null): LangCode {
  return gold.language ?? pred?.language?.code ?? 'und';
}

export function scoreArticle(gold: GoldArticle, pred: ArticleRecord | null): ArticleScore {
  const id = gold.id;
  const language = languageOf(gold, pred);
  const tallies = emptyTallies();
  const attributes = emptyAttributes();
  const errors: ScoreError[] = [];
  const err = (e: Omit<ScoreError, 'id' | 'language'>): void => {
    errors.push({ id, language, ...e });
  };

  // --- mentions ------------------------------------------------------------------------------
  const gm = flattenMentions(gold.entities ?? []);
  const pm = flattenMentions(pred?.entities ?? []);
  for (const m of gm) tallies[m.type].gold++;
  for (const m of pm) tallies[m.type].pred++;
  {
    const ug = new Set<number>();
    const up = new Set<number>();
    const strict = greedyMatch(gm, pm, (g, p) => (g.type === p.type && g.start === p.start && g.end === p.end ? 0 : -1), ug, up);
    for (const [gi] of strict) {
      const t = tallies[gm[gi]!.type];
      t.strict++;
      t.lenient++;
    }
    const lenient = greedyMatch(gm, pm, (g, p) => (g.type === p.type ? overlapScore(g, p) : -1), ug, up);
    for (const [gi, pi] of lenient) {
      const g = gm[gi]!;
      const p = pm[pi]!;
      tallies[g.type].lenient++;
      err({ field: g.type, kind: 'boundary', gold: item(g, g.type), pred: item(p, p.type, p.ruleId) });
    }
    // Listing only: an unmatched gold overlapped by an unmatched prediction of another type is
    // one `type` error (it still counts as one miss and one spurious prediction).
    const typeErrors = greedyMatch(gm, pm, (g, p) => (g.type !== p.type ? overlapScore(g, p) : -1), ug, up);
    for (const [gi, pi] of typeErrors) {
      const g = gm[gi]!;
      const p = pm[pi]!;
      err({ field: g.type, kind: 'type', gold: item(g, g.type), pred: item(p, p.type, p.ruleId) });
    }
    gm.forEach((g, i) => {
      if (!ug.has(i)) err({ field: g.type, kind: 'missed', gold: item(g, g.type) });
    });
    pm.forEach((p, i) => {
      if (!up.has(i)) err({ field: p.type, kind: 'spurious', pred: item(p, p.type, p.ruleId) });
    });
  }

  // --- dates ---------------------------------------------------------------------------------
  {
    const gd = gold.dates ?? [];
    const pd = pred?.dates ?? [];
    const t = tallies.dates;
    t.gold = gd.length;
    t.pred = pd.length;
    const ug = new Set<number>();
    const up = new Set<number>();
    const strict = greedyMatch(gd, pd, (g, p) => (g.value === p.value ? overlapScore(g, p) : -1), ug, up);
    t.strict += strict.length;
    t.lenient += strict.length;
    const lenient = greedyMatch(gd, pd, overlapScore, ug, up);
    t.lenient += lenient.length;
    for (const [gi, pi] of lenient) {
      const g = gd[gi]!;
      const p = pd[pi]!;
      err({ field: 'dates', kind: 'value', gold: item(g, g.value), pred: item(p, p.value, p.ruleId), expected: String(g.value), actual: String(p.value) });
    }
    gd.forEach((g, i) => {
      if (!ug.has(i)) err({ field: 'dates', kind: 'missed', gold: item(g, g.value) });
    });
    pd.forEach((p, i) => {
      if (!up.has(i)) err({ field: 'dates', kind: 'spurious', pred: item(p, p.value, p.ruleId) });
    });
  }

  // --- agreements and events -----------------------------------------------------------------
  const goldKey = keyResolver(gold.entities ?? []);
  const predKey = keyResolver(pred?.entities ?? []);

  {
    const ga = gold.agreements ?? [];
    const pa = pred?.agreements ?? [];
    const checks = (g: (typeof ga)[number], p: (typeof pa)[number]): Array<[Attribute, string, string]> => [
      ['agreements.date', String(g.date), String(p.date)],
      ['agreements.parties', keySet(g.parties, goldKey).join(' '), keySet(p.parties, predKey).join(' ')],
      ['agreements.status', g.status, p.status],
    ];
    scoreRelations('agreements', ga, pa, checks, tallies, attributes, err);
  }
  {
    const ge = gold.events ?? [];
    const pe = pred?.events ?? [];
    const checks = (g: (typeof ge)[number], p: (typeof pe)[number]): Array<[Attribute, string, string]> => [
      ['events.date', String(g.date), String(p.date)],
      ['events.participants', keySet(g.participants, goldKey).join(' '), keySet(p.participants, predKey).join(' ')],
      ['events.location', String(goldKey(g.location)), String(predKey(p.location))],
    ];
    scoreRelations('events', ge, pe, checks, tallies, attributes, err);
  }

  return { id, language, hasPrediction: pred !== null, tallies, attributes, errors };
}

interface RelationLike {
  kind: string;
  evidence: { start: number; end: number; text: string };
  ruleId?: string;
}

function scoreRelations<G extends RelationLike, P extends RelationLike>(
  field: 'agreements' | 'events',
  gold: readonly G[],
  pred: readonly P[],
  checks: (g: G, p: P) => Array<[Attribute, string, string]>,
  tallies: Record<Field, Tally>,
  attributes: Record<Attribute, Accuracy>,
  err: (e: Omit<ScoreError, 'id' | 'language'>) => void,
): void {
  const t = tallies[field];
  t.gold = gold.length;
  t.pred = pred.length;
  // Match on evidence spans; several records can share one sentence (one per party set), so
  // among equally overlapping candidates prefer the one whose attributes agree most.
  const gs = gold.map((g) => ({ start: g.evidence.start, end: g.evidence.end, g }));
  const ps = pred.map((p) => ({ start: p.evidence.start, end: p.evidence.end, p }));
  const agreeing = (g: G, p: P): number => checks(g, p).filter(([, a, b]) => a === b).length;
  const ug = new Set<number>();
  const up = new Set<number>();
  const strict = greedyMatch(gs, ps, (a, b) => {
    if (a.g.kind !== b.p.kind) return -1;
    const o = overlapScore(a, b);
    return o < 0 ? -1 : o * 10 + agreeing(a.g, b.p);
  }, ug, up);
  t.strict += strict.length;
  t.lenient += strict.length;
  for (const [gi, pi] of strict) {
    const g = gold[gi]!;
    const p = pred[pi]!;
    for (const [attribute, expected, actual] of checks(g, p)) {
      attributes[attribute].total++;
      if (expected === actual) attributes[attribute].correct++;
      else err({ field, kind: 'attribute', attribute, gold: item(g.evidence, g.kind), pred: item(p.evidence, p.kind, p.ruleId), expected, actual });
    }
  }
  const lenient = greedyMatch(gs, ps, (a, b) => overlapScore(a, b), ug, up);
  t.lenient += lenient.length;
  for (const [gi, pi] of lenient) {
    const g = gold[gi]!;
    const p = pred[pi]!;
    err({ field, kind: 'kind', gold: item(g.evidence, g.kind), pred: item(p.evidence, p.kind, p.ruleId), expected: g.kind, actual: p.kind });
  }
  gold.forEach((g, i) => {
    if (!ug.has(i)) err({ field, kind: 'missed', gold: item(g.evidence, g.kind) });
  });
  pred.forEach((p, i) => {
    if (!up.has(i)) err({ field, kind: 'spurious', pred: item(p.evidence, p.kind, p.ruleId) });
  });
}

// ---------------------------------------------------------------------------------------------
// dataset

export function prf(tp: number, gold: number, pred: number): Prf {
  const precision = pred > 0 ? tp / pred : null;
  const recall = gold > 0 ? tp / gold : null;
  let f1: number | null;
  if (gold === 0 && pred === 0) f1 = null;
  else {
    const p = precision ?? 0;
    const r = recall ?? 0;
    f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  }
  return { tp, precision, recall, f1 };
}

function addTally(into: Tally, t: Tally): void {
  into.gold += t.gold;
  into.pred += t.pred;
  into.strict += t.strict;
  into.lenient += t.lenient;
}

export function scoreDataset(pairs: readonly ScorePair[]): DatasetScore {
  const articles = [...pairs]
    .sort((a, b) => (a.gold.id < b.gold.id ? -1 : a.gold.id > b.gold.id ? 1 : 0))
    .map((p) => scoreArticle(p.gold, p.pred));
  const counts: Record<string, number> = {};
  for (const a of articles) counts[a.language] = (counts[a.language] ?? 0) + 1;
  const langs = Object.keys(counts).sort();
  const languages = Object.fromEntries(langs.map((l) => [l, counts[l]!]));
  const groups = [...langs, 'all'];

  const tallyOf = (field: RowField, language: string): Tally => {
    const sum: Tally = { gold: 0, pred: 0, strict: 0, lenient: 0 };
    for (const a of articles) {
      if (language !== 'all' && a.language !== language) continue;
      if (field === 'mentions') for (const t of MENTION_TYPES) addTally(sum, a.tallies[t]);
      else addTally(sum, a.tallies[field]);
    }
    return sum;
  };

  const rows: ScoreRow[] = [];
  for (const field of ROW_FIELDS) {
    for (const language of groups) {
      const t = tallyOf(field, language);
      rows.push({
        field, language, gold: t.gold, pred: t.pred,
        strict: prf(t.strict, t.gold, t.pred), lenient: prf(t.lenient, t.gold, t.pred),
      });
    }
  }

  const attributes: AttributeRow[] = [];
  for (const attribute of ATTRIBUTES) {
    for (const language of groups) {
      let correct = 0;
      let total = 0;
      for (const a of articles) {
        if (language !== 'all' && a.language !== language) continue;
        correct += a.attributes[attribute].correct;
        total += a.attributes[attribute].total;
      }
      attributes.push({ attribute, language, correct, total, accuracy: total > 0 ? correct / total : null });
    }
  }

  return {
    articles: articles.length,
    languages,
    missingPredictions: articles.filter((a) => !a.hasPrediction).map((a) => a.id),
    rows,
    attributes,
    errors: articles.flatMap((a) => a.errors),
    articleScores: articles,
  };
}

/** The row for a field and language (`all`: every language). */
export function findRow(score: DatasetScore, field: RowField, language = 'all'): ScoreRow | undefined {
  return score.rows.find((r) => r.field === field && r.language === language);
}
