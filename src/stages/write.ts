import { threadId } from 'node:worker_threads';
import { mkdir, readFile, rename, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, EntityIndexEntry } from '../core/types.js';

let tempCount = 0;

/** A temp file next to `file`, unique within this process (pid, thread, counter). */
export function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${threadId}.${++tempCount}.tmp`);
}

/** Writes `file` atomically: a temp file in the same folder, then rename over the target. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function recordFileName(id: string): string {
  // Ids are sanitized at ingest; this guard keeps any path out of --out all the same.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || id.includes('..')) throw new Error(`unsafe id ${JSON.stringify(id)}`);
  return `${id}.json`;
}

export const prettyJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Accumulates the dataset-level entity index one record at a time. Memory grows with distinct
 * entities and (entity, article) pairs, which are kept as small integers (an article's ordinal),
 * not as one more copy of the id per pair.
 */
export class EntityIndex {
  private readonly entries = new Map<string, { type: EntityIndexEntry['type']; country?: string; names: Map<string, Set<string>>; articles: number[]; mentions: number }>();
  private readonly ids: string[] = [];
  private readonly ordinals = new Map<string, number>();

  private ordinal(id: string): number {
    let n = this.ordinals.get(id);
    if (n === undefined) {
      n = this.ids.push(id) - 1;
      this.ordinals.set(id, n);
    }
    return n;
  }

  private entry(key: string, type: EntityIndexEntry['type']) {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { type, names: new Map(), articles: [], mentions: 0 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  add(record: ArticleRecord): void {
    const lang = record.language.code;
    const article = this.ordinal(record.id);
    for (const e of record.entities) {
      const entry = this.entry(e.key, e.type);
      if (e.country && !entry.country) entry.country = e.country;
      const names = entry.names.get(lang) ?? new Set<string>();
      names.add(e.name);
      for (const m of e.mentions) if (m.form !== 'demonym' && m.form !== 'abbreviation' && m.form !== 'short') names.add(m.text);
      entry.names.set(lang, names);
      if (entry.articles[entry.articles.length - 1] !== article) entry.articles.push(article);
      entry.mentions += e.mentions.length;
    }
  }

  merge(line: EntityIndexEntry): void {
    const entry = this.entry(line.key, line.type);
    if (line.country && !entry.country) entry.country = line.country;
    for (const [lang, names] of Object.entries(line.names)) {
      const set = entry.names.get(lang) ?? new Set<string>();
      for (const n of names ?? []) set.add(n);
      entry.names.set(lang, set);
    }
    for (const a of line.articles) entry.articles.push(this.ordinal(a));
    entry.mentions += line.mentions;
  }

  /** The index lines sorted by key, one at a time (the whole index is never one string). */
  *lines(): Generator<EntityIndexEntry> {
    for (const key of [...this.entries.keys()].sort()) {
      const e = this.entries.get(key)!;
      const names: EntityIndexEntry['names'] = {};
      for (const lang of ['en', 'ar', 'und'] as const) {
        const set = e.names.get(lang);
        if (set?.size) names[lang] = [...set].sort();
      }
      const articles = [...new Set(e.articles)].map((n) => this.ids[n]!).sort();
      const line: EntityIndexEntry = { key, type: e.type, names, articles, mentions: e.mentions };
      if (e.country) line.country = e.country;
      yield line;
    }
  }
}

/** Writes JSON lines to `file` atomically, one line at a time (memory of one line, not the file). */
export async function writeJsonLinesAtomic(file: string, lines: Iterable<unknown> | AsyncIterable<unknown>): Promise<void> {
  const tmp = tempNameFor(file);
  const { open } = await import('node:fs/promises');
  const handle = await open(tmp, 'w');
  try {
    let buffer = '';
    for await (const line of lines) {
      buffer += `${JSON.stringify(line)}\n`;
      if (buffer.length >= 1 << 16) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await handle.write(buffer);
    await handle.close();
    await rename(tmp, file);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Rebuilds DIR/articles.jsonl from the per-article files, sorted by id, streaming. */
export async function writeArticlesJsonl(dir: string, ids: readonly string[]): Promise<void> {
  async function* records() {
    for (const id of [...ids].sort()) yield JSON.parse(await readFile(path.join(dir, recordFileName(id)), 'utf8')) as unknown;
  }
  await writeJsonLinesAtomic(path.join(dir, 'articles.jsonl'), records());
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Removes temp files an interrupted run may have left (they never replaced a real file). */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => rm(path.join(dir, n), { force: true })));
}
