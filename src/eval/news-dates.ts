/**
 * Arabic dates on news: the development set fixtures/news-ar-dev-dates/NNN.json (dates of
 * SaudiNewsNet articles, annotated by hand with values resolved from each article's reference
 * date) scored like the seeds' dates: strict = overlapping span and equal value, lenient =
 * overlapping span. Usage after the build:
 *   node dist/eval/news-dates.js [--errors N] [--dir EVAL_DIR]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../core/pipeline.js';
import type { GoldArticle, GoldDate } from './gold.js';
import { findRow, scoreDataset, type DatasetScore, type ScorePair } from './score.js';
import { corpusPathIn, goldWithArticles } from './news-corpus.js';
import { REPO_ROOT } from './seeds.js';

export interface NewsDatesGold {
  index: number;
  url: string;
  referenceDate: string;
  dates: { start: number; end: number; text: string; value: string | null; kind: GoldDate['kind'] }[];
}

export const NEWS_DATES_DIR = join(REPO_ROOT, 'fixtures', 'news-ar-dev-dates');

/** Scores the pipeline's Arabic dates against the gold files; null when the corpus or gold is absent. */
export function scoreNewsDates(corpusPath: string, goldDir = NEWS_DATES_DIR): DatasetScore | null {
  const items = goldWithArticles<NewsDatesGold>(corpusPath, goldDir);
  if (items.length === 0) return null;
  const pairs: ScorePair[] = items.map(({ name, gold: g, content }) => {
    const id = name.replace(/\.json$/, '');
    const gold: GoldArticle = { id, language: 'ar', entities: [], dates: g.dates, agreements: [], events: [] };
    const pred = processArticle(
      { id, text: content, source: { path: name, sha256: '0'.repeat(64), bytes: Buffer.byteLength(content) }, meta: {}, notes: [] },
      { referenceDate: g.referenceDate, lang: 'ar' },
    );
    return { gold, pred };
  });
  return scoreDataset(pairs);
}

function main(argv: string[]): number {
  const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const evalDir = resolve(opt('--dir') ?? process.env.BILEX_EVAL_DIR ?? '../shared/eval');
  const score = scoreNewsDates(corpusPathIn(evalDir));
  if (!score) {
    process.stdout.write('news-ar-dev-dates: skipped (corpus or gold absent)\n');
    return 0;
  }
  const row = findRow(score, 'dates', 'ar')!;
  const pct = (x: number | null) => (x === null ? '-' : (100 * x).toFixed(1));
  process.stdout.write(`news-ar-dev-dates (${score.articles} articles): gold ${row.gold}, predicted ${row.pred}; value P ${pct(row.strict.precision)} R ${pct(row.strict.recall)} F1 ${pct(row.strict.f1)}; span F1 ${pct(row.lenient.f1)}\n`);
  const n = Number(opt('--errors') ?? 0);
  for (const e of score.errors.filter((x) => x.field === 'dates').slice(0, n)) {
    process.stdout.write(`${e.id}\t${e.kind}\tgold: ${e.gold ? `${e.gold.text} = ${e.gold.label}` : '-'}\tpred: ${e.pred ? `${e.pred.text} = ${e.pred.label} (${e.pred.ruleId})` : '-'}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
