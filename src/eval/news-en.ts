/**
 * English news entities: AQUAINT articles of TempEval-3's TBAQ set (1998–2000 news wires)
 * annotated for people, places and organizations for this project. `fixtures/news-en-dev/` is for
 * tuning; `fixtures/news-en-test/` is held out (report only). Each gold file names its TimeML
 * document; offsets are into the document's text as `parseTimeML` gives it. Usage after
 * `npx tsc -p tsconfig.json`:
 *   node dist/eval/news-en.js dev|test [--errors N] [--rules] [--dir EVAL_DIR]
 *
 * Scoring is the Arabic news protocol (src/eval/anercorp.ts): gold and predictions on the tokens
 * they cover, exact type and token range, demonyms dropped, nested predictions of another type
 * dropped. Predictions are the mentions of the record the whole pipeline writes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../core/pipeline.js';
import { charSpanDoc, scoreAndReport, type CharSpanGold, type ScoredDoc, type ScoredMention } from './anercorp.js';
import { parseTimeML } from './timeml.js';
import { REPO_ROOT } from './seeds.js';

export interface NewsEnGold { doc: string; entities: CharSpanGold }

export const NEWS_EN_SETS = { dev: 'news-en-dev', test: 'news-en-test' } as const;

/** The TBAQ folder under the evaluation folder. */
export function tbaqDirIn(evalDir: string): string {
  return join(evalDir, 'tempeval3', 'TBAQ-cleaned');
}

/** Every gold file of `goldDir` scored against the pipeline; [] when TBAQ or the gold is absent. */
export function newsEnDocs(tbaqDir: string, goldDir: string): ScoredDoc[] {
  if (!existsSync(tbaqDir) || !existsSync(goldDir)) return [];
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as NewsEnGold;
    const timeml = parseTimeML(readFileSync(join(tbaqDir, gold.doc), 'utf8'), gold.doc);
    for (const e of gold.entities) {
      if (timeml.text.slice(e.start, e.end) !== e.text) throw new Error(`${name}: [${e.start}, ${e.end}) is not ${JSON.stringify(e.text)} in ${gold.doc}`);
    }
    return charSpanDoc(name, timeml.text, gold.entities, pipelineMentions(name, timeml.text, timeml.dct));
  });
}

function pipelineMentions(id: string, text: string, dct: string | null): ScoredMention[] {
  const record = processArticle(
    { id: id.replace(/\.json$/, ''), text, source: { path: id, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text) }, meta: {}, notes: [] },
    { lang: 'en', referenceDate: dct?.slice(0, 10) ?? null },
  );
  return record.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, form: m.form, ruleId: m.ruleId })));
}

function main(argv: string[]): number {
  const set = argv[0];
  if (set !== 'dev' && set !== 'test') {
    process.stderr.write('usage: node dist/eval/news-en.js dev|test [--errors N] [--rules] [--dir EVAL_DIR]\n');
    return 2;
  }
  const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const evalDir = resolve(opt('--dir') ?? process.env.BILEX_EVAL_DIR ?? '../shared/eval');
  const t0 = performance.now();
  const docs = newsEnDocs(tbaqDirIn(evalDir), join(REPO_ROOT, 'fixtures', NEWS_EN_SETS[set]));
  if (docs.length === 0) {
    process.stdout.write(`news-en-${set}: skipped (TBAQ under ${evalDir} or the gold is absent)\n`);
    return 0;
  }
  process.stdout.write(scoreAndReport(`news-en-${set}`, docs, argv, set === 'test' ? 'tune on dev' : undefined, (performance.now() - t0) / 1000));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
