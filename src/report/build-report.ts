/**
 * Builds the HTML report from an output directory of bilex records (DIR/articles.jsonl and,
 * if present, DIR/entities.jsonl). Records do not carry the article text, so it is read back
 * from each record's `source.path` (and `source.line` for JSONL inputs) and checked against
 * every span (`text === input.slice(start, end)`); when the source is gone or has changed, the
 * page shows only the annotated spans at their offsets and says so.
 */
import { readFile, writeFile, rename, mkdir, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ArticleRecord, EntityIndexEntry, Span } from '../core/types.js';
import type {
  ReportArticle, ReportData, ReportEntityRef, ReportIndexEntry, ReportMention, TextStatus,
} from './client.js';
import { renderReportHtml } from './template.js';

/** A problem met while reading the directory; `fatal` ones make the command exit 1. */
export interface ReportProblem {
  file: string;
  line?: number;
  message: string;
  fatal: boolean;
}

export class ReportInputError extends Error {}

export interface LoadedOutput {
  records: ArticleRecord[];
  /** null when DIR/entities.jsonl does not exist. */
  index: EntityIndexEntry[] | null;
  problems: ReportProblem[];
}

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

async function loadValidators(): Promise<{
  article: (v: unknown) => string | null;
  entity: (v: unknown) => string | null;
}> {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const load = async (name: string) => {
    const schema = JSON.parse(await readFile(new URL(name, SCHEMA_DIR), 'utf8')) as object;
    const validate = ajv.compile(schema);
    return (v: unknown): string | null => {
      if (validate(v)) return null;
      const e = validate.errors?.[0];
      return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'is invalid';
    };
  };
  return { article: await load('article.schema.json'), entity: await load('entity-index.schema.json') };
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/**
 * Reads DIR/articles.jsonl (required: throws ReportInputError when it cannot be read) and
 * DIR/entities.jsonl (optional). Lines that are not JSON or do not validate against the
 * schemas are skipped and reported as fatal problems.
 */
export async function loadOutputDir(dir: string): Promise<LoadedOutput> {
  const problems: ReportProblem[] = [];
  const articlesPath = resolve(dir, 'articles.jsonl');
  let articlesText: string;
  try {
    articlesText = await readFile(articlesPath, 'utf8');
  } catch (err) {
    throw new ReportInputError(`cannot read ${articlesPath}: ${(err as Error).message}`);
  }
  const validators = await loadValidators();
  const parse = <T>(file: string, text: string, check: (v: unknown) => string | null): T[] => {
    const out: T[] = [];
    splitLines(text).forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        problems.push({ file, line: i + 1, message: `not JSON: ${(err as Error).message}`, fatal: true });
        return;
      }
      const invalid = check(value);
      if (invalid) {
        problems.push({ file, line: i + 1, message: `invalid record: ${invalid}`, fatal: true });
        return;
      }
      out.push(value as T);
    });
    return out;
  };
  const records = parse<ArticleRecord>(articlesPath, articlesText, validators.article);
  const entitiesPath = resolve(dir, 'entities.jsonl');
  let index: EntityIndexEntry[] | null = null;
  let entitiesText: string | null = null;
  try {
    entitiesText = await readFile(entitiesPath, 'utf8');
  } catch {
    entitiesText = null;
  }
  if (entitiesText !== null) index = parse<EntityIndexEntry>(entitiesPath, entitiesText, validators.entity);
  const seen = new Set<string>();
  const unique = records.filter((r) => {
    if (seen.has(r.id)) {
      problems.push({ file: articlesPath, message: `duplicate article id ${r.id}: later record skipped`, fatal: true });
      return false;
    }
    seen.add(r.id);
    return true;
  });
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records: unique, index, problems };
}

/** Every span of a record, with where it is (for checking a candidate source text). */
export function recordSpans(r: ArticleRecord): Span[] {
  const spans: Span[] = [];
  if (r.title) spans.push(r.title);
  for (const f of r.infobox) spans.push(f.value);
  for (const s of r.sections) spans.push(s.heading);
  for (const e of r.entities) for (const m of e.mentions) spans.push(m);
  for (const d of r.dates) spans.push(d);
  for (const a of r.agreements) { spans.push(a.evidence); if (a.trigger) spans.push(a.trigger); }
  for (const v of r.events) { spans.push(v.evidence); if (v.trigger) spans.push(v.trigger); }
  return spans;
}

/** True when every span's text is the slice of `text` at its offsets. */
export function spansMatch(text: string, spans: readonly Span[]): boolean {
  return spans.every((s) => s.end <= text.length && text.slice(s.start, s.end) === s.text);
}

/**
 * A stand-in text when the source is unavailable: spaces, with each span's text written at its
 * offsets, long enough for every span and paragraph.
 */
export function reconstructText(r: ArticleRecord): string {
  const spans = recordSpans(r);
  let length = 0;
  for (const s of spans) length = Math.max(length, s.end);
  for (const p of r.paragraphs) length = Math.max(length, p.end);
  for (const s of r.sentences) length = Math.max(length, s.end);
  const units: string[] = new Array<string>(length).fill(' ');
  for (const s of spans) {
    if (s.end - s.start !== s.text.length) continue;
    for (let i = 0; i < s.text.length; i++) units[s.start + i] = s.text[i]!;
  }
  return units.join('');
}

/** Reads source files once per path (decoded as UTF-8, a leading BOM dropped). */
export class SourceCache {
  private readonly files = new Map<string, Promise<string | null>>();
  private readonly lines = new Map<string, string[]>();

  read(path: string): Promise<string | null> {
    let p = this.files.get(path);
    if (!p) {
      p = readFile(path, 'utf8').then((t) => t.replace(/^\uFEFF/, ''), () => null);
      this.files.set(path, p);
    }
    return p;
  }

  async line(path: string, line: number): Promise<string | null> {
    let lines = this.lines.get(path);
    if (!lines) {
      const text = await this.read(path);
      if (text === null) return null;
      lines = text.split(/\r?\n/);
      this.lines.set(path, lines);
    }
    return lines[line - 1] ?? null;
  }
}

/** Where a record's `source.path` may be: as given, from the cwd, beside DIR, inside DIR, roots. */
export function sourceCandidates(sourcePath: string, dir: string, roots: readonly string[], cwd: string): string[] {
  if (sourcePath === '' || sourcePath === '-') return [];
  if (isAbsolute(sourcePath)) return [sourcePath];
  const bases = [...roots, cwd, dirname(resolve(cwd, dir)), resolve(cwd, dir)];
  return Array.from(new Set(bases.map((b) => resolve(cwd, b, sourcePath))));
}

/** Finds the text a record was extracted from; see the module comment. */
export async function resolveArticleText(
  r: ArticleRecord,
  options: { dir: string; roots?: readonly string[]; cwd?: string; cache?: SourceCache },
): Promise<{ text: string; status: TextStatus }> {
  const cache = options.cache ?? new SourceCache();
  const spans = recordSpans(r);
  let found = false;
  for (const path of sourceCandidates(r.source.path, options.dir, options.roots ?? [], options.cwd ?? process.cwd())) {
    let text: string | null;
    if (r.source.line !== undefined) {
      const line = await cache.line(path, r.source.line);
      text = null;
      if (line !== null) {
        try {
          const parsed = JSON.parse(line) as { text?: unknown };
          if (typeof parsed.text === 'string') text = parsed.text.replace(/^\uFEFF/, '');
        } catch {
          text = null;
        }
      }
    } else {
      text = await cache.read(path);
    }
    if (text === null) continue;
    found = true;
    if (spansMatch(text, spans)) return { text, status: 'ok' };
  }
  return { text: reconstructText(r), status: found ? 'mismatch' : 'missing' };
}

/** Interns strings: the index of each distinct string in `list`. */
export class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** The first line of the text that reads like a title (wiki `= Title =` markers dropped). */
export function fallbackTitle(text: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/^\s*=+\s*|\s*=+\s*$/g, '').trim();
    if (t !== '') return t.length > 120 ? t.slice(0, 119) + '\u2026' : t;
  }
  return null;
}

/**
 * The compact per-article data the page needs: span texts dropped (the page has the text),
 * mentions as `[start, end, rule index]` tuples with rule ids interned in `rules`.
 */
export function toReportArticle(r: ArticleRecord, text: string, textStatus: TextStatus, rules: StringTable): ReportArticle {
  const entities: ReportEntityRef[] = r.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    key: e.key,
    ...(e.country ? { country: e.country } : {}),
    ...(e.placeKind ? { placeKind: e.placeKind } : {}),
    ...(e.titles && e.titles.length > 0 ? { titles: e.titles } : {}),
    m: e.mentions.map((m): ReportMention => (m.form ? [m.start, m.end, rules.id(m.ruleId), m.form] : [m.start, m.end, rules.id(m.ruleId)])),
  }));
  return {
    id: r.id,
    title: r.title?.text.trim() || (textStatus === 'ok' ? fallbackTitle(text) : null) || r.id,
    lang: r.language.code,
    format: r.format,
    ...(r.meta?.date ? { date: r.meta.date } : {}),
    source: r.source.path + (r.source.line !== undefined ? `:${r.source.line}` : ''),
    text,
    textStatus,
    paragraphs: r.paragraphs.map((p) => ({ s: p.start, e: p.end, l: p.language.code, ...(p.kind ? { k: p.kind } : {}) })),
    entities,
    dates: r.dates.map((d) => ({ s: d.start, e: d.end, v: d.value, kind: d.kind, g: d.granularity, r: d.ruleId })),
    agreements: r.agreements.map((a) => ({
      id: a.id, kind: a.kind, subject: a.subject, parties: a.parties, date: a.date, status: a.status,
      s: a.evidence.start, e: a.evidence.end, r: a.ruleId,
    })),
    events: r.events.map((v) => ({
      id: v.id, kind: v.kind, participants: v.participants, location: v.location, date: v.date,
      s: v.evidence.start, e: v.evidence.end, r: v.ruleId,
    })),
  };
}

/** The dataset entity index computed from the records (used when entities.jsonl is absent). */
export function indexFromRecords(records: readonly ArticleRecord[]): ReportIndexEntry[] {
  const byKey = new Map<string, ReportIndexEntry & { nameSets: Record<string, Set<string>> }>();
  for (const r of records) {
    for (const e of r.entities) {
      let entry = byKey.get(e.key);
      if (!entry) {
        entry = { key: e.key, type: e.type, names: {}, articles: [], mentions: 0, nameSets: {} };
        byKey.set(e.key, entry);
      }
      if (e.country && !entry.country) entry.country = e.country;
      const lang = r.language.code;
      (entry.nameSets[lang] ??= new Set()).add(e.name);
      if (!entry.articles.includes(r.id)) entry.articles.push(r.id);
      entry.mentions += e.mentions.length;
    }
  }
  return Array.from(byKey.values())
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ nameSets, ...entry }) => {
      const names: ReportIndexEntry['names'] = {};
      for (const lang of ['en', 'ar', 'und'] as const) {
        const set = nameSets[lang];
        if (set) names[lang] = Array.from(set).sort();
      }
      return { ...entry, names, articles: entry.articles.slice().sort() };
    });
}

export interface BuildReportOptions {
  dir: string;
  /** Extra folders to look for the records' source files in (before the defaults). */
  sourceRoots?: readonly string[];
  cwd?: string;
  title?: string;
}

export interface BuildReportResult {
  html: string;
  data: ReportData;
  problems: ReportProblem[];
  /** Articles whose source text was missing or changed. */
  textProblems: { id: string; status: TextStatus; source: string }[];
}

/** Reads DIR and builds the page. Throws ReportInputError when DIR/articles.jsonl is unreadable. */
export async function buildReport(options: BuildReportOptions): Promise<BuildReportResult> {
  const loaded = await loadOutputDir(options.dir);
  const cache = new SourceCache();
  const rules = new StringTable();
  const articles: ReportArticle[] = [];
  const textProblems: BuildReportResult['textProblems'] = [];
  for (const r of loaded.records) {
    const { text, status } = await resolveArticleText(r, {
      dir: options.dir, roots: options.sourceRoots ?? [], cwd: options.cwd ?? process.cwd(), cache,
    });
    if (status !== 'ok') textProblems.push({ id: r.id, status, source: r.source.path });
    articles.push(toReportArticle(r, text, status, rules));
  }
  const entities: ReportIndexEntry[] = loaded.index ?? indexFromRecords(loaded.records);
  const data: ReportData = { rules: rules.list, articles, entities };
  const html = renderReportHtml(data, options.title !== undefined ? { title: options.title } : {});
  return { html, data, problems: loaded.problems, textProblems };
}

/** Writes atomically: a temp file beside `out`, then rename. */
export async function writeFileAtomic(out: string, content: string): Promise<void> {
  await mkdir(dirname(resolve(out)), { recursive: true });
  const tmp = `${resolve(out)}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, out);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
