import { closeSync, createReadStream, fstatSync, openSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { mkdir, open, readFile, rename, rm, stat, writeFile, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, EntityIndexEntry } from '../core/types.js';
import { splitLines } from './ingest.js';

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

/**
 * Writes `file` atomically through a handle: `fill` writes a temp file in the same folder, which
 * then replaces the target; on failure the temp file is removed and the target left as it was.
 */
async function writeAtomicWith(file: string, fill: (handle: FileHandle) => Promise<void>): Promise<void> {
  const tmp = tempNameFor(file);
  const handle = await open(tmp, 'w');
  try {
    await fill(handle);
    await handle.close();
    await rename(tmp, file);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Writes lines to `file` atomically, in writes of about 64 KB (memory of one write, not the file). */
async function writeLinesAtomic(file: string, lines: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await writeAtomicWith(file, async (handle) => {
    let buffer = '';
    for await (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length >= 1 << 16) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await handle.write(buffer);
  });
}

/** Writes values as JSON lines to `file` atomically, one line at a time. */
export async function writeJsonLinesAtomic(file: string, values: Iterable<unknown> | AsyncIterable<unknown>): Promise<void> {
  async function* lines() {
    for await (const value of values) yield JSON.stringify(value);
  }
  await writeLinesAtomic(file, lines());
}

/** Where a record's compact line was appended (appendSpillLine). */
export interface SpilledLine {
  file: string;
  at: number;
  bytes: number;
}

let runCount = 0;

/** This thread's spill files by run base, with their sizes (a few runs at most). */
const spills = new Map<string, { file: string; size: number }>();

/**
 * Appends a record's compact line to this thread's spill file of the run named by `base` (see
 * ArticlesJsonl) and says where it went. Synchronous: a few kilobytes into the page cache, and
 * the offset of each line is then known without any coordination.
 */
export function appendSpillLine(base: string, line: string): SpilledLine {
  let spill = spills.get(base);
  if (!spill) {
    if (spills.size >= 8) spills.delete(spills.keys().next().value!);
    spill = { file: `${base}.${threadId}.tmp`, size: 0 };
    spills.set(base, spill);
  }
  const buffer = Buffer.from(`${line}\n`, 'utf8');
  const fd = openSync(spill.file, 'a');
  try {
    for (let done = 0; done < buffer.length;) done += writeSync(fd, buffer, done);
  } catch (e) {
    spill.size = fstatSync(fd).size; // a partial line is never referenced; later offsets stay right
    throw e;
  } finally {
    closeSync(fd);
  }
  const at = spill.size;
  spill.size += buffer.length;
  return { file: spill.file, at, bytes: buffer.length };
}

/**
 * DIR/articles.jsonl, built while records finish. The thread that finishes a record appends its
 * compact line to its own spill file (named from `base`) and reports where; this keeps the places
 * and, at the end, puts the lines in id order: a rename when one file holds them all, sorted and
 * contiguous, else one positional read per line. No record file is read back, no record parsed
 * again, and no line passes through the main thread of a pool.
 */
export class ArticlesJsonl {
  private readonly lines = new Map<string, SpilledLine>();
  private last: { id: string; line: SpilledLine } | null = null;
  private contiguous = true;

  /** The run's spill base: each thread appends to `${base}.${threadId}.tmp`. */
  readonly base: string;

  constructor(private readonly dir: string) {
    this.base = path.join(dir, `.articles.jsonl.${process.pid}.${threadId}.${++runCount}`);
  }

  /** Records where an article's line is; ids are unique within a run. */
  add(id: string, line: SpilledLine): void {
    this.lines.set(id, line);
    const prev = this.last;
    if (prev ? line.file !== prev.line.file || line.at !== prev.line.at + prev.line.bytes || byCodeUnitOrder(prev.id, id) >= 0 : line.at !== 0) this.contiguous = false;
    this.last = { id, line };
  }

  /** Appends a line from this thread (a record reused from an earlier run) and records it. */
  appendHere(line: string): SpilledLine {
    return appendSpillLine(this.base, line);
  }

  /** Writes articles.jsonl with the lines of `ids` (each added before), sorted by id, and drops the spill files. */
  async finish(ids: readonly string[]): Promise<void> {
    const file = path.join(this.dir, 'articles.jsonl');
    try {
      const sorted = [...ids].sort(byCodeUnitOrder);
      const only = this.last?.line.file;
      if (only && this.contiguous && sorted.length === this.lines.size && (await stat(only)).size === this.last!.line.at + this.last!.line.bytes) {
        await rename(only, file);
      } else {
        await this.copyInOrder(sorted, file);
      }
    } finally {
      await this.abort();
    }
  }

  private async copyInOrder(sorted: readonly string[], file: string): Promise<void> {
    const inputs = new Map<string, FileHandle>();
    try {
      await writeAtomicWith(file, async (out) => {
        // One reused buffer: lines are read into it and written out whenever the next would not fit.
        let buffer = Buffer.allocUnsafe(1 << 20);
        let filled = 0;
        for (const id of sorted) {
          const line = this.lines.get(id);
          if (!line) throw new Error(`articles.jsonl: no line for ${id}`);
          if (filled + line.bytes > buffer.length) {
            if (filled) await out.write(buffer, 0, filled);
            filled = 0;
            if (line.bytes > buffer.length) buffer = Buffer.allocUnsafe(line.bytes);
          }
          let input = inputs.get(line.file);
          if (!input) inputs.set(line.file, (input = await open(line.file, 'r')));
          const { bytesRead } = await input.read(buffer, filled, line.bytes, line.at);
          if (bytesRead !== line.bytes) throw new Error(`articles.jsonl: short read of ${id} in ${line.file}`);
          filled += line.bytes;
        }
        if (filled) await out.write(buffer, 0, filled);
      });
    } finally {
      for (const h of inputs.values()) await h.close().catch(() => undefined);
    }
  }

  /** Removes this run's spill files (after `finish`, or when the run fails). */
  async abort(): Promise<void> {
    const prefix = `${path.basename(this.base)}.`;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => rm(path.join(this.dir, n), { force: true })));
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

/** The id of a record's compact line (records open with their id; ids are sanitized at ingest). */
const LINE_ID = /^\{"id":"([A-Za-z0-9._-]+)"/;

/**
 * DIR/articles.jsonl of a merge from the shards' own articles.jsonl files, each sorted by id: the
 * lines are merged as they are, so no record is read back, parsed or serialized again, and memory
 * holds one line per shard. Returns false and writes nothing when the lines are not exactly the
 * records of `ids` in id order (a shard file missing, truncated or stale); then writeArticlesJsonl
 * rebuilds the file from the records.
 */
export async function mergeArticlesJsonl(dir: string, shardFiles: readonly string[], ids: readonly string[]): Promise<boolean> {
  const mismatch = new Error('shard lines do not match the records');
  // splitLines pulls a chunk only when asked: one chunk and one line per shard in memory
  const heads = shardFiles.map((file) => ({ lines: splitLines(createReadStream(file), Number.MAX_SAFE_INTEGER), line: '', id: '' }));
  const advance = async (head: (typeof heads)[number]): Promise<void> => {
    const before = head.id;
    let next: IteratorResult<{ line: string } | { tooLong: number }>;
    try {
      next = await head.lines.next();
    } catch {
      throw mismatch; // a shard file missing or unreadable
    }
    head.line = next.done || !('line' in next.value) ? '' : next.value.line;
    head.id = next.done ? '' : LINE_ID.exec(head.line)?.[1] ?? '';
    if (!next.done && (!head.id || (before && byCodeUnitOrder(before, head.id) >= 0))) throw mismatch;
  };
  async function* merged() {
    for (const head of heads) await advance(head);
    for (const id of [...ids].sort(byCodeUnitOrder)) {
      // each shard is sorted, so the next record's line heads one of them
      const head = heads.find((h) => h.id === id);
      if (!head) throw mismatch;
      yield head.line;
      await advance(head);
    }
    if (heads.some((h) => h.id)) throw mismatch;
  }
  try {
    await writeLinesAtomic(path.join(dir, 'articles.jsonl'), merged());
    return true;
  } catch (e) {
    if (e === mismatch) return false;
    throw e;
  } finally {
    await Promise.all(heads.map((h) => h.lines.return(undefined)));
  }
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Removes temp files an interrupted run may have left (they never replaced a real file). */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).map((n) => rm(path.join(dir, n), { force: true })));
}
