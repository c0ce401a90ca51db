import { copyFile, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { EntityIndexEntry } from '../core/types.js';
import { EntityIndex, ensureDir, mergeArticlesJsonl, prettyJson, recordFileName, removeStaleTemps, tempNameFor, writeArticlesJsonl, writeAtomic, writeJsonLinesAtomic } from '../stages/write.js';
import { byCodeUnit, compareErrors, type ErrorLine, type Manifest } from './extract-run.js';

interface MergeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

async function copyAtomic(from: string, to: string): Promise<void> {
  const tmp = tempNameFor(to);
  try {
    await copyFile(from, tmp);
    await rename(tmp, to);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * `bilex merge OUT DIR...`: shard outputs (disjoint by id) become one dataset, byte-identical
 * to a single run over all inputs: records copied, indexes and manifest recombined and sorted.
 * Every shard run assigns each input (and each failure) to exactly one shard, so nothing is
 * counted twice. Refuses folders made with other versions/options, repeated shards or ids.
 */
export async function runMerge(out: string, dirs: readonly string[], io: MergeIo): Promise<number> {
  const resolvedOut = path.resolve(out);
  if (dirs.some((d) => path.resolve(d) === resolvedOut)) {
    io.stderr(`bilex merge: OUT ${out} must not be one of the input folders\n`);
    return 2;
  }
  const manifests: Manifest[] = [];
  for (const dir of dirs) {
    try {
      const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
      if (!m || m.tool !== 'bilex' || !Array.isArray(m.inputs)) throw new Error('manifest.json is not a bilex manifest');
      manifests.push(m);
    } catch (e) {
      io.stderr(`bilex merge: ${dir} is not a bilex output folder (${(e as Error).message})\n`);
      return 1;
    }
  }
  const first = manifests[0]!;
  const shardsSeen = new Map<string, string>();
  let shardCount: number | null = null;
  for (const [i, m] of manifests.entries()) {
    if (m.toolVersion !== first.toolVersion || m.schemaVersion !== first.schemaVersion || JSON.stringify(m.options) !== JSON.stringify(first.options)) {
      io.stderr(`bilex merge: ${dirs[i]} was made with another version or options than ${dirs[0]}\n`);
      return 1;
    }
    if (m.shard) {
      const count = Number(m.shard.split('/')[1]);
      if (shardCount !== null && count !== shardCount) {
        io.stderr(`bilex merge: ${dirs[i]} is shard ${m.shard}, but other folders are shards of ${shardCount}\n`);
        return 1;
      }
      shardCount = count;
      const other = shardsSeen.get(m.shard);
      if (other) {
        io.stderr(`bilex merge: ${dirs[i]} and ${other} are both shard ${m.shard}\n`);
        return 1;
      }
      shardsSeen.set(m.shard, dirs[i]!);
    }
  }
  if (shardCount !== null && shardsSeen.size < shardCount) {
    const missing = Array.from({ length: shardCount }, (_, k) => `${k + 1}/${shardCount}`).filter((s) => !shardsSeen.has(s));
    io.stderr(`bilex merge: warning: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: the dataset is incomplete\n`);
  }

  await ensureDir(out);
  await removeStaleTemps(out);
  const previous = await readFile(path.join(out, 'manifest.json'), 'utf8').then((s) => JSON.parse(s) as Manifest, () => null);
  const index = new EntityIndex();
  const ids: string[] = [];
  const errors: ErrorLine[] = [];
  const merged: Manifest = { ...first, shard: null, inputs: [], counts: {}, failures: 0 };
  const seen = new Map<string, string>();
  for (const [i, manifest] of manifests.entries()) {
    const dir = dirs[i]!;
    for (const input of manifest.inputs) {
      const other = seen.get(input.id);
      if (other !== undefined) {
        io.stderr(`bilex merge: id ${input.id} appears in both ${other} and ${dir}\n`);
        return 1;
      }
      seen.set(input.id, dir);
      merged.inputs.push(input);
      if (input.status === 'ok') {
        ids.push(input.id);
        await copyAtomic(path.join(dir, recordFileName(input.id)), path.join(out, recordFileName(input.id)));
      }
    }
    for (const [k, v] of Object.entries(manifest.counts)) merged.counts[k] = (merged.counts[k] ?? 0) + v;
    merged.failures += manifest.failures;
    const entityLines = (await readFile(path.join(dir, 'entities.jsonl'), 'utf8')).split('\n').filter(Boolean);
    for (const line of entityLines) index.merge(JSON.parse(line) as EntityIndexEntry);
    const errorLines = (await readFile(path.join(dir, 'errors.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean);
    for (const line of errorLines) errors.push(JSON.parse(line) as ErrorLine);
  }
  errors.sort(compareErrors);
  merged.inputs.sort((a, b) => byCodeUnit(a.id, b.id));
  // Records left in OUT by an earlier merge whose inputs are gone now would be stale.
  const okIds = new Set(ids);
  for (const old of previous?.inputs ?? []) {
    if (!old || typeof old.id !== 'string' || okIds.has(old.id)) continue;
    try {
      await rm(path.join(out, recordFileName(old.id)), { force: true });
    } catch {
      // never written under an unsafe name
    }
  }
  if (!(await mergeArticlesJsonl(out, dirs.map((d) => path.join(d, 'articles.jsonl')), ids))) {
    io.stderr('bilex merge: a folder\'s articles.jsonl does not match its records; rebuilding articles.jsonl from the records\n');
    await writeArticlesJsonl(out, ids);
  }
  await writeJsonLinesAtomic(path.join(out, 'entities.jsonl'), index.lines());
  await writeAtomic(path.join(out, 'errors.jsonl'), errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
  await writeAtomic(path.join(out, 'manifest.json'), prettyJson(merged));
  io.stderr(`bilex merge: ${ids.length} article${ids.length === 1 ? '' : 's'} from ${dirs.length} folder${dirs.length === 1 ? '' : 's'} → ${out}/\n`);
  return 0;
}
