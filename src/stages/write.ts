import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, EntityIndexEntry } from '../core/types.js';

/** Writes `file` atomically: a temp file in the same folder, then rename over the target. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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

/** Accumulates the dataset-level entity index one record at a time (memory ∝ distinct entities). */
export class EntityIndex {
  private readonly entries = new Map<string, { type: EntityIndexEntry['type']; country?: string; names: Map<string, Set<string>>; articles: Set<string>; mentions: number }>();

  add(record: ArticleRecord): void {
    const lang = record.language.code;
    for (const e of record.entities) {
      let entry = this.entries.get(e.key);
      if (!entry) {
        entry = { type: e.type, names: new Map(), articles: new Set(), mentions: 0 };
        this.entries.set(e.key, entry);
      }
      if (e.country && !entry.country) entry.country = e.country;
      const names = entry.names.get(lang) ?? new Set<string>();
      names.add(e.name);
      for (const m of e.mentions) if (m.form !== 'demonym' && m.form !== 'abbreviation' && m.form !== 'short') names.add(m.text);
      entry.names.set(lang, names);
      entry.articles.add(record.id);
      entry.mentions += e.mentions.length;
    }
  }

  merge(line: EntityIndexEntry): void {
    let entry = this.entries.get(line.key);
    if (!entry) {
      entry = { type: line.type, names: new Map(), articles: new Set(), mentions: 0 };
      this.entries.set(line.key, entry);
    }
    if (line.country && !entry.country) entry.country = line.country;
    for (const [lang, names] of Object.entries(line.names)) {
      const set = entry.names.get(lang) ?? new Set<string>();
      for (const n of names ?? []) set.add(n);
      entry.names.set(lang, set);
    }
    for (const a of line.articles) entry.articles.add(a);
    entry.mentions += line.mentions;
  }

  lines(): EntityIndexEntry[] {
    return [...this.entries.keys()].sort().map((key) => {
      const e = this.entries.get(key)!;
      const names: EntityIndexEntry['names'] = {};
      for (const lang of ['en', 'ar', 'und'] as const) {
        const set = e.names.get(lang);
        if (set?.size) names[lang] = [...set].sort();
      }
      const line: EntityIndexEntry = { key, type: e.type, names, articles: [...e.articles].sort(), mentions: e.mentions };
      if (e.country) line.country = e.country;
      return line;
    });
  }
}

/** Rebuilds DIR/articles.jsonl from the per-article files, sorted by id, streaming. */
export async function writeArticlesJsonl(dir: string, ids: readonly string[]): Promise<void> {
  const target = path.join(dir, 'articles.jsonl');
  const tmp = path.join(dir, `.articles.jsonl.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const { open } = await import('node:fs/promises');
  const handle = await open(tmp, 'w');
  try {
    for (const id of [...ids].sort()) {
      const record = JSON.parse(await readFile(path.join(dir, recordFileName(id)), 'utf8')) as unknown;
      await handle.write(`${JSON.stringify(record)}\n`);
    }
    await handle.close();
    await rename(tmp, target);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
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
