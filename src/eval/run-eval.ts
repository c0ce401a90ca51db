/**
 * `npm run eval`: measures quality on the seeds (fixtures/gold) and, where ../shared/eval is
 * present, on the public sets (language ID, TempEval-3 dates, AQMAR/ANERcorp NER); prints the
 * numbers and writes eval/REPORT.md (deterministic: no timestamps, stable order).
 *
 *   node dist/eval/run-eval.js [--errors] [--no-write] [--write-floors] [--only seeds,langid,tempeval,ner]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatErrors, formatLegend, formatMarkdown, formatSummary, formatTable } from './format.js';
import { evaluateLangId, formatLangIdConfusion, formatLangIdMarkdown } from './langid.js';
import type { DetectedCode } from './langid.js';
import { FLOORS_PATH, REPO_ROOT, checkFloors, extractSeeds, floorsFrom, formatViolations, readFloors, scoreSeedOutput } from './seeds.js';
import { corpusPathIn } from './news-corpus.js';
import { findRow, type DatasetScore } from './score.js';

export const SECTIONS = ['seeds', 'langid', 'tempeval', 'ardates', 'ner'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface RunEvalOptions {
  root: string;
  /** the public evaluation folder; default `../shared/eval` from the repository root */
  sharedEval: string;
  only: ReadonlySet<SectionName>;
  errors: boolean;
  log: (s: string) => void;
}

export interface RunEvalResult {
  markdown: string;
  seeds: DatasetScore | null;
}

const pct = (x: unknown): string => (typeof x === 'number' && Number.isFinite(x) ? (100 * x).toFixed(1) : '-');
const num = (x: unknown): string => (typeof x === 'number' ? String(x) : '-');

/** Imports a sibling module of the built code; null when it does not exist (yet). */
async function optionalImport(relativePath: string): Promise<Record<string, unknown> | null> {
  const url = new URL(relativePath, import.meta.url);
  const path = url.pathname;
  if (!existsSync(path) && !existsSync(path.replace(/\.js$/, '.ts'))) return null;
  try {
    return (await import(url.href)) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(`${(e as { code?: string }).code ?? ''} ${e.message}`)) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// sections

async function seedsSection(opts: RunEvalOptions): Promise<{ md: string[]; score: DatasetScore | null }> {
  const md = ['## Seeds', '', 'The seed articles (`seeds/`) extracted by `bilex extract seeds` and scored by `bilex eval` against `fixtures/gold/` (annotated by `ANNOTATION.md`).', ''];
  const out = mkdtempSync(join(tmpdir(), 'bilex-eval-seeds-'));
  try {
    const run = extractSeeds(out, opts.root);
    if (!run.ok) {
      const why = run.stderr.trim().split('\n')[0] ?? '';
      opts.log(`seeds: extraction failed (exit ${run.code}): ${why}`);
      md.push(`_Not measured: the extraction did not run (${why.replace(/\n/g, ' ')})._`, '');
      return { md, score: null };
    }
    const { score, problems } = scoreSeedOutput(out, opts.root);
    for (const p of problems) opts.log(`seeds: ${p.split(out).join('<out>')}`);
    opts.log(formatTable(score));
    opts.log('');
    opts.log(formatSummary(score, 'seeds'));
    if (opts.errors) opts.log(`\n${formatErrors(score)}`);
    md.push(formatSummary(score, 'seeds'), '', formatMarkdown(score), '');
    md.push(...formatLegend().split('\n').map((l) => `- ${l}`));
    md.push('- attributes are scored over the strictly matched agreements/events; parties, participants and location as sets of entity keys', '');
    const perArticle = ['| article | lang | mentions F1 | mentions F1 lenient | dates F1 | agreements F1 | events F1 | errors |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
    for (const a of score.articleScores) {
      perArticle.push(`| ${a.id} | ${a.language} | ${articleF1(score, a.id)} | ${a.errors.length} |`);
    }
    md.push('Per article (`bilex eval --gold fixtures/gold --pred output --errors` lists the errors):', '', perArticle.join('\n'), '');
    const floors = readFloors(join(opts.root, 'eval', 'floors.json'));
    if (floors && Object.keys(floors.strict).length > 0) {
      const v = checkFloors(score, floors);
      opts.log(v.length === 0 ? 'floors: all met' : `floors: ${v.length} below floor\n${formatViolations(v)}`);
    }
    return { md, score };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Per-article F1 cells: mentions strict and lenient, dates, agreements, events. */
function articleF1(score: DatasetScore, id: string): string {
  const a = score.articleScores.find((x) => x.id === id);
  if (!a) return '- | - | - | - | -';
  const f = (gold: number, pred: number, tp: number): string => {
    if (gold === 0 && pred === 0) return '-';
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return pct(p + r > 0 ? (2 * p * r) / (p + r) : 0);
  };
  const m = (['person', 'place', 'organization'] as const).reduce(
    (s, t) => ({ gold: s.gold + a.tallies[t].gold, pred: s.pred + a.tallies[t].pred, strict: s.strict + a.tallies[t].strict, lenient: s.lenient + a.tallies[t].lenient }),
    { gold: 0, pred: 0, strict: 0, lenient: 0 },
  );
  const t = a.tallies;
  return [
    f(m.gold, m.pred, m.strict), f(m.gold, m.pred, m.lenient), f(t.dates.gold, t.dates.pred, t.dates.strict),
    f(t.agreements.gold, t.agreements.pred, t.agreements.strict), f(t.events.gold, t.events.pred, t.events.strict),
  ].join(' | ');
}

async function langidSection(opts: RunEvalOptions): Promise<string[]> {
  const md = ['## Language identification', ''];
  const dir = join(opts.sharedEval, 'langid');
  if (!existsSync(dir)) return [...md, `_Skipped: \`${rel(opts, dir)}\` is absent._`, ''];
  const mod = await optionalImport('../stages/detect-language.js');
  const detectLanguage = mod?.['detectLanguage'];
  if (typeof detectLanguage !== 'function') {
    opts.log('langid: skipped (src/stages/detect-language.ts does not export detectLanguage yet)');
    return [...md, '_Skipped: the detector (`detectLanguage` in src/stages/detect-language.ts) is not available._', ''];
  }
  const detect = (text: string): DetectedCode => {
    const code = (detectLanguage as (t: string) => { code: string })(text).code;
    return code === 'en' || code === 'ar' ? code : 'und';
  };
  const result = evaluateLangId(dir, detect);
  const table = formatLangIdMarkdown(result);
  opts.log(`language ID (accuracy %):\n${table}`);
  md.push(
    'Lingua test data (Leipzig Wortschatz), 1,000 samples per length and language. `ar`/`en`: share labelled with that language; `fa`/`ur` (Arabic-script negatives): share **not** labelled `ar`.',
    '', table, '', 'How the samples were labelled:', '', formatLangIdConfusion(result), '',
  );
  if (result.missing.length > 0) md.push(`Missing files: ${result.missing.map((m) => `\`${rel(opts, m)}\``).join(', ')}`, '');
  return md;
}

async function tempevalSection(opts: RunEvalOptions): Promise<string[]> {
  const md = ['## English dates: TempEval-3', ''];
  const dir = join(opts.sharedEval, 'tempeval3');
  if (!existsSync(dir)) return [...md, `_Skipped: \`${rel(opts, dir)}\` is absent._`, ''];
  const mod = await optionalImport('./tempeval.js');
  const evaluate = mod?.['evaluateTempEval'];
  if (typeof evaluate !== 'function') {
    opts.log('tempeval: skipped (src/eval/tempeval.ts is not available)');
    return [...md, '_Skipped: `evaluateTempEval` (src/eval/tempeval.ts) is not available._', ''];
  }
  const rows = ['| split | docs | gold | predicted | value P | value R | value F1 | span P | span R | span F1 | inexpressible gold | duration F1 |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const split of ['dev', 'test'] as const) {
    try {
      const r = (await (evaluate as (d: string, s: string) => Promise<Record<string, unknown>>)(dir, split));
      const d = (r['duration'] ?? {}) as Record<string, unknown>;
      const label = split === 'dev' ? 'dev (TBAQ-cleaned)' : 'test (te3-platinum)';
      rows.push(`| ${label} | ${num(r['documents'])} | ${num(r['gold'])} | ${num(r['predicted'])} | ${pct(r['precision'])} | ${pct(r['recall'])} | ${pct(r['f1'])} | ${pct(r['spanPrecision'])} | ${pct(r['spanRecall'])} | ${pct(r['spanF1'])} | ${num(r['inexpressibleGold'])} | ${pct(d['f1'])} |`);
      opts.log(`tempeval ${split}: value F1 ${pct(r['f1'])}, span F1 ${pct(r['spanF1'])} (${num(r['gold'])} gold, ${num(r['predicted'])} predicted)`);
    } catch (e) {
      opts.log(`tempeval ${split}: failed: ${e instanceof Error ? e.message : String(e)}`);
      rows.push(`| ${split} | failed | | | | | | | | | | |`);
    }
  }
  md.push(
    'Gold: TIMEX3 of type DATE with a concrete value (src/eval/tempeval.ts documents the normalization); value F1 = overlapping span and equal value, span F1 = overlap only; durations scored apart against DURATION gold. The dev split is for tuning; the test split is reported only (never tuned on its errors). Published value F1 on the test set: HeidelTime 77.6, SUTime 67.4.',
    '', rows.join('\n'), '',
  );
  return md;
}

async function arabicDatesSection(opts: RunEvalOptions): Promise<string[]> {
  const md = ['## Arabic dates: news-ar-dev-dates', ''];
  const { scoreNewsDates } = await import('./news-dates.js');
  const corpus = corpusPathIn(opts.sharedEval);
  const score = scoreNewsDates(corpus);
  if (!score) return [...md, `_Skipped: \`${rel(opts, corpus)}\` or \`fixtures/news-ar-dev-dates/\` is absent._`, ''];
  const row = findRow(score, 'dates', 'ar')!;
  md.push(
    'Development set: the dates of the 29 SaudiNewsNet articles of news-ar-dev, annotated by hand for this project (`fixtures/news-ar-dev-dates/`, relative dates resolved from each article\'s `date_extracted`); value = overlapping span and equal value, span = overlap only (as for the seeds). No public Arabic TIMEX set exists here; compare with TempEval-3 above.',
    '',
    '| set | docs | gold | predicted | value P | value R | value F1 | span F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| news-ar-dev-dates (dev) | ${score.articles} | ${row.gold} | ${row.pred} | ${pct(row.strict.precision)} | ${pct(row.strict.recall)} | ${pct(row.strict.f1)} | ${pct(row.lenient.f1)} |`,
    '',
  );
  opts.log(`ardates: value F1 ${pct(row.strict.f1)}, span F1 ${pct(row.lenient.f1)} (${row.gold} gold, ${row.pred} predicted)`);
  return md;
}

async function nerSection(opts: RunEvalOptions): Promise<string[]> {
  const md = ['## Named entities: news in both languages, AQMAR and ANERcorp', ''];
  const corpus = corpusPathIn(opts.sharedEval);
  const tbaq = join(opts.sharedEval, 'tempeval3', 'TBAQ-cleaned');
  // `gold`: a fixtures folder of character-span gold over the news articles in `dir`
  const sets: { name: string; label: string; dir: string; gold?: string; english?: true }[] = [
    { name: 'newsdev', label: 'news-ar-dev (dev)', dir: corpus, gold: 'news-ar-dev' },
    { name: 'newstest', label: 'news-ar-test (held out)', dir: corpus, gold: 'news-ar-test' },
    { name: 'news-en-dev', label: 'news-en-dev (dev)', dir: tbaq, gold: 'news-en-dev', english: true },
    { name: 'news-en-test', label: 'news-en-test (held out)', dir: tbaq, gold: 'news-en-test', english: true },
    { name: 'aqmar', label: 'AQMAR (dev)', dir: join(opts.sharedEval, 'aqmar') },
    { name: 'anercorp', label: 'ANERcorp (test)', dir: join(opts.sharedEval, 'anercorp') },
  ];
  const present = sets.filter((s) => existsSync(s.dir));
  if (present.length === 0) return [...md, `_Skipped: \`${rel(opts, opts.sharedEval)}/{aqmar,anercorp}\` are absent._`, ''];
  const mod = await optionalImport('./anercorp.js');
  const english = await optionalImport('./news-en.js');
  const evaluate = mod?.['evaluateIob'];
  if (typeof evaluate !== 'function') {
    opts.log('ner: skipped (src/eval/anercorp.ts is not available)');
    return [...md, '_Skipped: `evaluateIob` (src/eval/anercorp.ts) is not available._', ''];
  }
  md.push(
    'IOB2 gold as token ranges (PERS/PER → person, LOC → place, ORG → organization; MISC not scored); a prediction covers the tokens it overlaps; exact match of type and token range. Demonym place mentions are dropped (src/eval/anercorp.ts documents the protocol). AQMAR (Wikipedia) and news-ar-dev (29 SaudiNewsNet diplomacy articles annotated for this project, `fixtures/news-ar-dev/`, character spans scored on the tokens they cover) are for tuning; news-ar-test (15 other SaudiNewsNet articles, annotated by three other annotators who never saw bilex output, `fixtures/news-ar-test/`) and ANERcorp are reported only. The English news sets are AQUAINT wire articles (1998–2000) of the TempEval-3 TBAQ set, annotated the same way for this project (`fixtures/news-en-dev/` for tuning, `fixtures/news-en-test/` held out) and scored on the record the whole pipeline writes (src/eval/news-en.ts). Published ANERcorp F1: CAMeL BERT ~83; a rule-based GATE system person 83 / organization 89 / location 92.',
    '',
  );
  const table = ['| set | type | gold | predicted | correct | P | R | F1 |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const notes: string[] = [];
  for (const s of sets) {
    const goldDir = s.gold === undefined ? undefined : join(opts.root, 'fixtures', s.gold);
    const missing = [s.dir, ...(goldDir === undefined ? [] : [goldDir])].find((d) => !existsSync(d));
    if (missing !== undefined) {
      notes.push(`_${s.label}: skipped, \`${rel(opts, missing)}\` is absent._`);
      continue;
    }
    try {
      const newsDocs = (s.english ? english?.['newsEnDocs'] : mod!['newsDevDocs']) as ((dir: string, gold: string) => unknown) | undefined;
      if (goldDir !== undefined && !newsDocs) {
        notes.push(`_${s.label}: skipped, its scorer is not available._`);
        continue;
      }
      const r = (goldDir !== undefined && newsDocs
        ? (mod!['evaluateDocs'] as (d: unknown) => unknown)(newsDocs(s.dir, goldDir))
        : (evaluate as (f: string[], n: string) => unknown)(readdirSync(s.dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(s.dir, f)), s.name)) as Record<string, unknown>;
      const perType = r['perType'] as Record<string, Record<string, unknown>> | undefined;
      const overall = r['overall'] as Record<string, unknown> | undefined;
      if (!perType || !overall) {
        notes.push(`${s.label}:`, '', genericTable(r));
        continue;
      }
      const names: Record<string, string> = { PER: 'person', LOC: 'place', ORG: 'organization' };
      for (const [type, sc] of [...Object.entries(perType), ['all', overall] as const]) {
        table.push(`| ${s.label} | ${names[type] ?? type} | ${num(sc['gold'])} | ${num(sc['predicted'])} | ${num(sc['correct'])} | ${pct(sc['precision'])} | ${pct(sc['recall'])} | ${pct(sc['f1'])} |`);
      }
      opts.log(`${s.name}: F1 ${pct(overall['f1'])} (P ${pct(overall['precision'])}, R ${pct(overall['recall'])}; ${num(overall['gold'])} gold)`);
    } catch (e) {
      opts.log(`${s.name}: failed: ${e instanceof Error ? e.message : String(e)}`);
      notes.push(`_${s.label}: failed: ${e instanceof Error ? e.message : String(e)}_`);
    }
  }
  if (table.length > 2) md.push(table.join('\n'), '');
  if (notes.length > 0) md.push(...notes, '');
  return md;
}

/**
 * Renders an evaluation result whose shape this module does not fix: an array of row objects
 * (or an object with such a `rows`/`types` array) becomes a table of its scalar fields; otherwise
 * the numeric leaves become `metric | value` rows. Ratios in [0, 1] print as percentages.
 */
export function genericTable(result: unknown): string {
  const cell = (v: unknown, key: string): string => {
    if (typeof v === 'number') return Number.isInteger(v) && !/^(precision|recall|f1|accuracy|p|r)$/i.test(key) ? String(v) : pct(v);
    if (v === null || v === undefined) return '-';
    return String(v);
  };
  const asRows = (v: unknown): Array<Record<string, unknown>> | null =>
    Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) ? (v as Array<Record<string, unknown>>) : null;
  const obj = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
  const rows = asRows(result) ?? asRows(obj['rows']) ?? asRows(obj['types']) ?? asRows(obj['byType']);
  if (rows) {
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] === null || typeof r[k] !== 'object')))];
    return [
      `| ${keys.join(' | ')} |`,
      `| ${keys.map((k) => (rows.some((r) => typeof r[k] === 'number') ? '---:' : '---')).join(' | ')} |`,
      ...rows.map((r) => `| ${keys.map((k) => cell(r[k], k)).join(' | ')} |`),
    ].join('\n');
  }
  const leaves: Array<[string, string]> = [];
  const walk = (v: unknown, path: string, depth: number): void => {
    if (typeof v === 'number' || typeof v === 'string') leaves.push([path, cell(v, path.split('.').pop() ?? '')]);
    else if (v && typeof v === 'object' && !Array.isArray(v) && depth < 4) {
      for (const [k, x] of Object.entries(v)) if (k !== 'errors' && k !== 'examples') walk(x, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  walk(result, '', 0);
  return ['| metric | value |', '| --- | ---: |', ...leaves.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function rel(opts: RunEvalOptions, path: string): string {
  return relative(opts.root, path) || '.';
}

// ---------------------------------------------------------------------------------------------

export async function runEval(opts: RunEvalOptions): Promise<RunEvalResult> {
  const pkg = JSON.parse(readFileSync(join(opts.root, 'package.json'), 'utf8')) as { version?: string };
  const md = [
    '# bilex quality report',
    '',
    `Generated by \`npm run eval\` (src/eval/run-eval.ts) for bilex ${pkg.version ?? ''}; do not edit by hand. Numbers are percentages; \`-\` where undefined (nothing to count).`,
    '',
  ];
  let seeds: DatasetScore | null = null;
  if (opts.only.has('seeds')) {
    const s = await seedsSection(opts);
    md.push(...s.md);
    seeds = s.score;
  }
  const sharedPresent = existsSync(opts.sharedEval);
  if (!sharedPresent && [...opts.only].some((s) => s !== 'seeds')) {
    opts.log(`public evaluation sets: skipped (${opts.sharedEval} is absent)`);
    md.push('## Public evaluation sets', '', `_Skipped: \`${rel(opts, opts.sharedEval)}\` is absent._`, '');
  } else {
    if (opts.only.has('langid')) md.push(...(await langidSection(opts)));
    if (opts.only.has('tempeval')) md.push(...(await tempevalSection(opts)));
    if (opts.only.has('ardates')) md.push(...(await arabicDatesSection(opts)));
    if (opts.only.has('ner')) md.push(...(await nerSection(opts)));
  }
  return { markdown: `${md.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`, seeds };
}

function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export async function main(argv: readonly string[]): Promise<number> {
  let errors = false;
  let write = true;
  let writeFloors = false;
  let only = new Set<SectionName>(SECTIONS);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') errors = true;
    else if (a === '--no-write') write = false;
    else if (a === '--write-floors') writeFloors = true;
    else if (a === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (names.length === 0 || bad.length > 0) {
        process.stderr.write(`run-eval: --only takes a list of ${SECTIONS.join(', ')}\n`);
        return 2;
      }
      only = new Set(names as SectionName[]);
    } else {
      process.stderr.write(`run-eval: unknown option ${a}\nusage: run-eval [--errors] [--no-write] [--write-floors] [--only ${SECTIONS.join(',')}]\n`);
      return 2;
    }
  }
  const root = REPO_ROOT;
  const result = await runEval({
    root, sharedEval: join(root, '..', 'shared', 'eval'), only, errors,
    log: (s) => process.stdout.write(`${s}\n`),
  });
  // A partial run (--only) must not overwrite the full report.
  if (write && only.size === SECTIONS.length) {
    writeAtomic(join(root, 'eval', 'REPORT.md'), result.markdown);
    process.stdout.write('wrote eval/REPORT.md\n');
  }
  if (writeFloors) {
    if (!result.seeds) {
      process.stderr.write('run-eval: --write-floors needs the seeds to be measured\n');
      return 1;
    }
    writeAtomic(FLOORS_PATH, `${JSON.stringify(floorsFrom(result.seeds), null, 2)}\n`);
    process.stdout.write(`wrote ${relative(root, FLOORS_PATH)}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    process.stderr.write(`run-eval: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
