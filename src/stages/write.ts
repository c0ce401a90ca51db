import { threadId } from 'node:worker_threads';
import { mkdir, open, readFile, rename, rm, writeFile, readdir, type FileHandle } from 'node:fs/promises';
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

/**
 * DIR/articles.jsonl, built while records finish: each record's compact line is appended to a temp
 * file as it arrives, with its byte range; `finish` then puts the lines in id order (a plain rename
 * when they arrived sorted, else one positional read per line). No record file is read back and
 * no record is parsed again, so the end of a run does not redo work per article.
 */
export class ArticlesJsonl {
  private readonly ranges = new Map<string, { at: number; bytes: number }>();
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private last: string | null = null;
  private inOrder = true;

  private constructor(private readonly file: string, private readonly spill: string, private readonly handle: FileHandle) {}

  static async open(dir: string): Promise<ArticlesJsonl> {
    const file = path.join(dir, 'articles.jsonl');
    const spill = tempNameFor(file);
    return new ArticlesJsonl(file, spill, await open(spill, 'w+'));
  }

  /** Adds one record's line (compact JSON, no newline); ids are unique within a run. */
  async add(id: string, line: string): Promise<void> {
    const text = `${line}\n`;
    const bytes = Buffer.byteLength(text);
    this.ranges.set(id, { at: this.written + this.pendingBytes, bytes });
    if (this.last !== null && byCodeUnitOrder(this.last, id) >= 0) this.inOrder = false;
    this.last = id;
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= 1 << 16) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pendingBytes) return;
    const chunk = this.pending.join('');
    this.pending = [];
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    await this.handle.write(chunk, this.written, 'utf8');
    this.written += bytes;
  }

  /** Writes articles.jsonl with the lines of `ids` (each added before), sorted by id. */
  async finish(ids: readonly string[]): Promise<void> {
    try {
      await this.flush();
      const sorted = [...ids].sort(byCodeUnitOrder);
      if (this.inOrder && sorted.length === this.ranges.size) {
        await this.handle.close();
        await rename(this.spill, this.file);
        return;
      }
      const tmp = tempNameFor(this.file);
      const out = await open(tmp, 'w');
      try {
        let chunks: Buffer[] = [];
        let size = 0;
        for (const id of sorted) {
          const range = this.ranges.get(id);
          if (!range) throw new Error(`articles.jsonl: no line for ${id}`);
          const buffer = Buffer.allocUnsafe(range.bytes);
          await this.handle.read(buffer, 0, range.bytes, range.at);
          chunks.push(buffer);
          size += range.bytes;
          if (size >= 1 << 16) { await out.write(Buffer.concat(chunks, size)); chunks = []; size = 0; }
        }
        if (size) await out.write(Buffer.concat(chunks, size));
        await out.close();
        await rename(tmp, this.file);
      } catch (e) {
        await out.close().catch(() => undefined);
        await rm(tmp, { force: true });
        throw e;
      }
      await this.abort();
    } catch (e) {
      await this.abort();
      throw e;
    }
  }

  /** Drops the temp file (after `finish`, or when the run fails). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.spill, { force: true });
  }
}

/** Code-unit order, as ids are sorted everywhere in the output. */
const byCodeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rebuilds DIR/articles.jsonl from the per-article files, sorted by id, streaming. */
export async function writeArticlesJsonl(dir: string, ids: readonly string[]): Promise<void> {
  async function* records() {
    for (const id of [...ids].sort(byCodeUnitOrder)) yield JSON.parse(await readFile(path.join(dir, recordFileName(id)), 'utf8')) as unknown;
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
