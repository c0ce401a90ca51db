/**
 * Presentation of scores: a fixed-width table for terminals, markdown tables for the report,
 * a one-line summary, a JSON form, and an error listing. Numbers are percentages with one
 * decimal; `-` where a measure is undefined (no gold and no prediction).
 */
import { MEASURES, ROW_FIELDS, findRow } from './score.js';
import type { AttributeRow, DatasetScore, ErrorItem, ScoreError, ScoreRow } from './score.js';

export function pct(x: number | null): string {
  return x === null ? '-' : (100 * x).toFixed(1);
}

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

interface Column<T> {
  header: string;
  right?: boolean;
  value: (row: T) => string;
}

function fixedWidth<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[], separators: ReadonlySet<number> = new Set()): string {
  const cells = rows.map((r) => columns.map((c) => c.value(r)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]): string =>
    values.map((v, i) => pad(v, widths[i]!, columns[i]!.right)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(columns.map((c) => c.header)), rule];
  cells.forEach((row, i) => {
    if (separators.has(i)) out.push('');
    out.push(line(row));
  });
  return out.join('\n');
}

function markdownTable<T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[]): string {
  const out = [
    `| ${columns.map((c) => c.header).join(' | ')} |`,
    `| ${columns.map((c) => (c.right ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const r of rows) out.push(`| ${columns.map((c) => c.value(r).replace(/\|/g, '\\|')).join(' | ')} |`);
  return out.join('\n');
}

const SCORE_COLUMNS: ReadonlyArray<Column<ScoreRow>> = [
  { header: 'field', value: (r) => r.field },
  { header: 'lang', value: (r) => r.language },
  { header: 'gold', right: true, value: (r) => String(r.gold) },
  { header: 'pred', right: true, value: (r) => String(r.pred) },
  { header: 'P', right: true, value: (r) => pct(r.strict.precision) },
  { header: 'R', right: true, value: (r) => pct(r.strict.recall) },
  { header: 'F1', right: true, value: (r) => pct(r.strict.f1) },
  { header: 'P lenient', right: true, value: (r) => pct(r.lenient.precision) },
  { header: 'R lenient', right: true, value: (r) => pct(r.lenient.recall) },
  { header: 'F1 lenient', right: true, value: (r) => pct(r.lenient.f1) },
];

const ATTRIBUTE_COLUMNS: ReadonlyArray<Column<AttributeRow>> = [
  { header: 'attribute', value: (r) => r.attribute },
  { header: 'lang', value: (r) => r.language },
  { header: 'correct', right: true, value: (r) => String(r.correct) },
  { header: 'matched', right: true, value: (r) => String(r.total) },
  { header: 'accuracy', right: true, value: (r) => pct(r.accuracy) },
];

/** Rows to show: when there is a single language, its `all` rows repeat it and are left out. */
function visibleRows<T extends { language: string }>(score: DatasetScore, rows: readonly T[]): T[] {
  return Object.keys(score.languages).length === 1 ? rows.filter((r) => r.language !== 'all') : [...rows];
}

function groupStarts<T>(rows: readonly T[], key: (r: T) => string): Set<number> {
  const starts = new Set<number>();
  rows.forEach((r, i) => {
    if (i > 0 && key(r) !== key(rows[i - 1]!)) starts.add(i);
  });
  return starts;
}

export function formatLegend(): string {
  const fields = ['person', 'dates', 'agreements'] as const;
  const names = { person: 'mentions', dates: 'dates', agreements: 'agreements/events' } as const;
  return fields
    .map((f) => `${names[f]}: F1 = ${MEASURES[f].strict}; lenient = ${MEASURES[f].lenient}`)
    .join('\n');
}

/** The terminal table: field × language with P/R/F1 (strict and lenient), then attribute accuracy. */
export function formatTable(score: DatasetScore): string {
  const rows = visibleRows(score, score.rows);
  const attrs = visibleRows(score, score.attributes);
  return [
    fixedWidth(SCORE_COLUMNS, rows, groupStarts(rows, (r) => r.field)),
    '',
    fixedWidth(ATTRIBUTE_COLUMNS, attrs, groupStarts(attrs, (r) => r.attribute)),
    '',
    formatLegend(),
    'attributes are scored over the strictly matched agreements/events; parties, participants and location as entity keys',
  ].join('\n');
}

/** One line: article counts, then the headline F1 of each field (all languages). */
export function formatSummary(score: DatasetScore, label = 'eval'): string {
  const langs = Object.entries(score.languages)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const f = (field: Parameters<typeof findRow>[1]): string => pct(findRow(score, field)?.strict.f1 ?? null);
  const lenient = pct(findRow(score, 'mentions')?.lenient.f1 ?? null);
  let correct = 0;
  let total = 0;
  for (const a of score.attributes) {
    if (a.language !== 'all') continue;
    correct += a.correct;
    total += a.total;
  }
  const parts = [
    `${label}: ${score.articles} article${score.articles === 1 ? '' : 's'}${langs ? ` (${langs})` : ''}`,
    `mentions F1 ${f('mentions')} (lenient ${lenient})`,
    `dates F1 ${f('dates')}`,
    `agreements F1 ${f('agreements')}`,
    `events F1 ${f('events')}`,
    `attributes ${correct}/${total}`,
  ];
  if (score.missingPredictions.length > 0) parts.push(`${score.missingPredictions.length} without prediction`);
  return parts.join(' · ');
}

/** Markdown tables of the same numbers, for eval/REPORT.md. */
export function formatMarkdown(score: DatasetScore): string {
  return [
    markdownTable(SCORE_COLUMNS, visibleRows(score, score.rows)),
    '',
    markdownTable(ATTRIBUTE_COLUMNS, visibleRows(score, score.attributes)),
  ].join('\n');
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000) / 10000;
}

/** The machine-readable form: counts and rounded ratios; errors only when asked for. */
export function toJson(score: DatasetScore, options: { errors?: boolean } = {}): string {
  const rows = score.rows.map((r) => ({
    field: r.field,
    language: r.language,
    gold: r.gold,
    pred: r.pred,
    strict: { tp: r.strict.tp, precision: round(r.strict.precision), recall: round(r.strict.recall), f1: round(r.strict.f1) },
    lenient: { tp: r.lenient.tp, precision: round(r.lenient.precision), recall: round(r.lenient.recall), f1: round(r.lenient.f1) },
  }));
  const attributes = score.attributes.map((a) => ({ ...a, accuracy: round(a.accuracy) }));
  const out: Record<string, unknown> = {
    articles: score.articles,
    languages: score.languages,
    missingPredictions: score.missingPredictions,
    summary: formatSummary(score),
    rows,
    attributes,
  };
  if (options.errors) out['errors'] = score.errors;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function quote(text: string, max = 90): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(t);
}

function describe(it: ErrorItem, withRule: boolean): string {
  const label = it.label !== undefined ? ` ${it.label}` : '';
  const rule = withRule && it.ruleId ? ` (${it.ruleId})` : '';
  return `[${it.start},${it.end}) ${quote(it.text)}${label}${rule}`;
}

export function formatError(e: ScoreError): string {
  const head = `${e.field.padEnd(12)} ${e.kind.padEnd(9)}`;
  switch (e.kind) {
    case 'missed':
      return `${head} gold ${describe(e.gold!, false)}`;
    case 'spurious':
      return `${head} pred ${describe(e.pred!, true)}`;
    case 'attribute':
      return `${head} ${e.attribute}: gold ${quote(e.expected ?? '')} pred ${quote(e.actual ?? '')} at ${describe(e.pred!, true)}`;
    default:
      return `${head} gold ${describe(e.gold!, false)} | pred ${describe(e.pred!, true)}`;
  }
}

/** Errors grouped by article, in article order, then by field and position. */
export function formatErrors(score: DatasetScore): string {
  const order = (e: ScoreError): number => (e.gold ?? e.pred)?.start ?? 0;
  const byArticle = new Map<string, ScoreError[]>();
  for (const e of score.errors) {
    const list = byArticle.get(e.id) ?? [];
    list.push(e);
    byArticle.set(e.id, list);
  }
  const fieldOrder = (f: string): number => ROW_FIELDS.indexOf(f as (typeof ROW_FIELDS)[number]);
  const out: string[] = [];
  for (const [id, errors] of byArticle) {
    const sorted = [...errors].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || order(a) - order(b) || a.kind.localeCompare(b.kind));
    out.push(`${id} [${errors[0]!.language}] ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    for (const e of sorted) out.push(`  ${formatError(e)}`);
  }
  if (out.length === 0) out.push('no errors');
  return out.join('\n');
}
