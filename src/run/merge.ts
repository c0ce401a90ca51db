import { copyFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { EntityIndexEntry } from '../core/types.js';
import { EntityIndex, ensureDir, prettyJson, recordFileName, writeArticlesJsonl, writeAtomic } from '../stages/write.js';
import type { ErrorLine, Manifest } from './extract-run.js';

/**
 * `bilex merge OUT DIR...`: shard outputs (disjoint by id) become one dataset, byte-identical
 * to a single run over all inputs: records copied, indexes and manifest recombined and sorted.
 */
export async function runMerge(out: string, dirs: readonly string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  await ensureDir(out);
  const index = new EntityIndex();
  const ids: string[] = [];
  const errors: ErrorLine[] = [];
  let merged: Manifest | null = null;
  const seen = new Set<string>();
  for (const dir of dirs) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    } catch (e) {
      io.stderr(`bilex merge: ${dir} is not a bilex output folder (${(e as Error).message})\n`);
      return 1;
    }
    if (merged && (merged.toolVersion !== manifest.toolVersion || JSON.stringify(merged.options) !== JSON.stringify(manifest.options))) {
      io.stderr(`bilex merge: ${dir} was made with another version or options than ${dirs[0]}\n`);
      return 1;
    }
    if (!merged) merged = { ...manifest, shard: null, inputs: [], counts: {}, failures: 0 };
    for (const input of manifest.inputs) {
      if (seen.has(input.id)) {
        io.stderr(`bilex merge: id ${input.id} appears in more than one folder\n`);
        return 1;
      }
      seen.add(input.id);
      merged.inputs.push(input);
      if (input.status === 'ok') {
        ids.push(input.id);
        await copyFile(path.join(dir, recordFileName(input.id)), path.join(out, recordFileName(input.id)));
      }
    }
    for (const [k, v] of Object.entries(manifest.counts)) merged.counts[k] = (merged.counts[k] ?? 0) + v;
    merged.failures += manifest.failures;
    const entityLines = (await readFile(path.join(dir, 'entities.jsonl'), 'utf8')).split('\n').filter(Boolean);
    for (const line of entityLines) index.merge(JSON.parse(line) as EntityIndexEntry);
    const errorLines = (await readFile(path.join(dir, 'errors.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean);
    for (const line of errorLines) errors.push(JSON.parse(line) as ErrorLine);
  }
  if (!merged) return 2;
  // Failures of inputs outside every shard's id range (unreadable files) appear in every shard.
  const uniqueErrors = [...new Map(errors.map((e) => [JSON.stringify(e), e])).values()];
  uniqueErrors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.path ?? '').localeCompare(b.path ?? ''));
  merged.inputs.sort((a, b) => a.id.localeCompare(b.id));
  await writeArticlesJsonl(out, ids);
  await writeAtomic(path.join(out, 'entities.jsonl'), index.lines().map((l) => `${JSON.stringify(l)}\n`).join(''));
  await writeAtomic(path.join(out, 'errors.jsonl'), uniqueErrors.map((e) => `${JSON.stringify(e)}\n`).join(''));
  await writeAtomic(path.join(out, 'manifest.json'), prettyJson(merged));
  io.stderr(`bilex merge: ${ids.length} articles from ${dirs.length} folders → ${out}/\n`);
  void readdir;
  return 0;
}
