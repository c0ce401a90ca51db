import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import { SCHEMA_VERSION, TOOL_VERSION } from '../core/version.js';
import { DEFAULT_MAX_BYTES, expandPaths, ingest, type ArticleInput, type InputFailure } from '../stages/ingest.js';
import { ArticlesJsonl, EntityIndex, ensureDir, prettyJson, recordFileName, removeStaleTemps, writeAtomic, writeJsonLinesAtomic, type SpilledLine } from '../stages/write.js';
import { digestOf, type Output, type RecordDigest } from './digest.js';
import type { Finished } from './finish.js';
import { inShard, type Shard } from './shard.js';

export interface ExtractRunOptions extends PipelineOptions {
  paths: readonly string[];
  /** Output folder, or `-` to stream records as JSON lines to stdout. */
  out: string;
  force?: boolean;
  shard?: Shard | null;
  maxBytes?: number;
  stdin?: Readable;
  /** Processes one article; defaults to the in-process pipeline (the worker pool plugs in here). */
  process?: (article: ArticleInput, options: PipelineOptions) => Promise<ArticleRecord> | ArticleRecord;
  /**
   * Processes, validates, serializes and (given `file`) writes one article (the worker pool plugs
   * in here); preferred over `process` when given. Must give what
   * finishAndWrite(processArticle(...), text, output, file, lines) gives (`lines`: the run's
   * articles.jsonl spill base, see ArticlesJsonl).
   */
  processFinished?: (article: ArticleInput, options: PipelineOptions, output: Output, file?: string, lines?: string) => Promise<Finished> | Finished;
  /** Articles processed at once (matters with a worker pool). */
  concurrency?: number;
  /**
   * Called once every article is processed, before the dataset files are written: a worker pool
   * closes there, so its workers' memory is freed before the run's last, largest allocations.
   */
  release?: () => Promise<void>;
  onProgress?: (p: Progress) => void;
  /**
   * Receives each record line in streaming mode (`out: '-'`), in input order. A returned promise
   * is awaited before more work is started (backpressure from a slow stdout).
   */
  writeLine?: (line: string) => void | Promise<void>;
}

export interface Progress {
  processed: number;
  skipped: number;
  failed: number;
  /** UTF-8 bytes of the articles processed or skipped. */
  bytes: number;
  /** UTF-8 bytes of every article read so far, including those outside the shard. */
  readBytes: number;
  /** Total size of the input files when known up front (not for stdin), for a progress bar. */
  totalBytes: number | null;
}

export interface ErrorLine {
  file: string;
  line?: number;
  id?: string;
  code: string;
  reason: string;
  path?: string;
}

export interface ManifestInput {
  id: string;
  path: string;
  line?: number;
  sha256: string;
  status: 'ok' | 'failed' | 'invalid';
}

export interface Manifest {
  tool: 'bilex';
  toolVersion: string;
  schemaVersion: string;
  options: { lang: string; referenceDate: string | null };
  shard: string | null;
  inputs: ManifestInput[];
  counts: Record<string, number>;
  failures: number;
}

export interface ExtractSummary {
  processed: number;
  skipped: number;
  failed: number;
  invalid: number;
  articles: number;
  bytes: number;
  durationMs: number;
  out: string;
  errors: ErrorLine[];
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareErrors(a: ErrorLine, b: ErrorLine): number {
  return byCodeUnit(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byCodeUnit(a.id ?? '', b.id ?? '') || byCodeUnit(a.path ?? '', b.path ?? '') || byCodeUnit(a.code, b.code) || byCodeUnit(a.reason, b.reason);
}

function failureLine(f: InputFailure): ErrorLine {
  const line: ErrorLine = { file: f.path, code: f.code, reason: f.reason };
  if (f.line !== undefined) line.line = f.line;
  if (f.id !== undefined) line.id = f.id;
  return line;
}

async function readManifest(out: string): Promise<Manifest | null> {
  try {
    const value = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    return value && typeof value === 'object' && Array.isArray(value.inputs) ? value : null;
  } catch {
    return null;
  }
}

/** The previous record of an input, when it is still a readable record of the same source. */
async function reusableRecord(file: string, id: string): Promise<ArticleRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as ArticleRecord;
    return record && typeof record === 'object' && record.id === id ? record : null;
  } catch {
    return null;
  }
}

/** What must be unchanged for a previous record to be reused: content, place and line. */
const cacheKey = (i: { sha256: string; path: string; line?: number }) => `${i.sha256}\0${i.path}\0${i.line ?? ''}`;

/** Failures that carry no id are assigned to a shard by where they are, so each lands in one. */
const failureShardKey = (f: InputFailure) => (f.id !== undefined ? f.id : `${f.path}:${f.line ?? ''}`);

/** Total size of the input files, or null when an input is stdin (size unknown up front). */
export async function totalInputBytes(paths: readonly string[]): Promise<number | null> {
  const { files, stdin } = await expandPaths(paths);
  if (stdin) return null;
  let total = 0;
  for (const f of files) total += (await stat(f).catch(() => null))?.size ?? 0;
  return total;
}

/**
 * Below this much input a worker pool costs more than it saves: every worker thread loads the
 * pipeline and compiles its rules again. Measured on the 2-core VM: the 4 seeds took 1.9 s with two
 * workers against 1.3 s in-process, 1 MB ran at parity (7.4-7.6 s against 7.0-7.7 s), 3 MB at 0.93×.
 */
export const POOL_MIN_BYTES = 1_000_000;

/**
 * The concurrency when the user gives none: the number of cores, except in-process for inputs known
 * to total under POOL_MIN_BYTES (stdin's size is unknown: it gets the pool).
 */
export async function defaultConcurrency(paths: readonly string[], cores: number): Promise<number> {
  if (cores < 2) return 1;
  const total = await totalInputBytes(paths);
  return total !== null && total < POOL_MIN_BYTES ? 1 : cores;
}

/**
 * Extracts every input into `out`: one validated record per article, then the dataset files.
 * Per-input failures are collected, never thrown; the caller decides the exit code.
 */
export async function runExtract(options: ExtractRunOptions): Promise<ExtractSummary> {
  const started = performance.now();
  const streaming = options.out === '-';
  const shard = options.shard ?? null;
  const pipelineOptions: PipelineOptions = { referenceDate: options.referenceDate ?? null, lang: options.lang ?? 'auto' };
  const manifestOptions = { lang: pipelineOptions.lang ?? 'auto', referenceDate: pipelineOptions.referenceDate ?? null };
  const output: Output = streaming ? 'line' : 'pretty';
  // The pipeline and the validator load only when this thread runs them (not with a pool).
  let inProcess: Promise<[typeof import('./finish.js').finishAndWrite, NonNullable<ExtractRunOptions['process']>]> | undefined;
  const finishOne = options.processFinished ?? (async (a: ArticleInput, o: PipelineOptions, out: Output, file?: string, lines?: string): Promise<Finished> => {
    inProcess ??= Promise.all([
      import('./finish.js').then((m) => m.finishAndWrite),
      options.process ?? import('../core/pipeline.js').then((m) => m.processArticle),
    ]);
    const [finishAndWrite, processOne] = await inProcess;
    return finishAndWrite(await processOne(a, o), a.text, out, file, lines);
  });
  const errors: ErrorLine[] = [];
  // Per-input bookkeeping only (ids, hashes): texts and records never accumulate.
  const inputs: ManifestInput[] = [];
  const okIds: string[] = [];
  const seen = new Map<string, string>();
  const index = new EntityIndex();
  const counts = { articles: 0, entities: 0, mentions: 0, dates: 0, agreements: 0, events: 0 };
  const progress: Progress = { processed: 0, skipped: 0, failed: 0, bytes: 0, readBytes: 0, totalBytes: null };
  let invalid = 0;
  let articles = 0;

  if (!streaming) {
    await ensureDir(options.out);
    await removeStaleTemps(options.out);
  }
  const articlesFile = streaming ? null : new ArticlesJsonl(options.out);
  try {
    if (options.onProgress) progress.totalBytes = await totalInputBytes(options.paths);
    const previous = streaming ? null : await readManifest(options.out);
    const reusable = new Map<string, string>();
    if (!options.force && previous && previous.toolVersion === TOOL_VERSION && previous.schemaVersion === SCHEMA_VERSION && JSON.stringify(previous.options ?? null) === JSON.stringify(manifestOptions)) {
      for (const i of previous.inputs) if (i && i.status === 'ok' && typeof i.id === 'string') reusable.set(i.id, cacheKey(i));
    }

    const fail = (e: ErrorLine) => {
      errors.push(e);
      progress.failed++;
      options.onProgress?.(progress);
    };

    const accept = (digest: RecordDigest, manifestInput: ManifestInput, line: SpilledLine | null) => {
      articles++;
      if (!articlesFile) return;
      if (!line) throw new Error(`no articles.jsonl line for ${manifestInput.id}`);
      articlesFile.add(manifestInput.id, line);
      counts.articles++;
      counts.entities += digest.entities.length;
      counts.mentions += digest.entities.reduce((n, e) => n + e.mentions.length, 0);
      counts.dates += digest.counts.dates;
      counts.agreements += digest.counts.agreements;
      counts.events += digest.counts.events;
      // The index reads only what the digest keeps (id, language, entities with their mentions).
      index.add(digest as unknown as ArticleRecord);
      inputs.push(manifestInput);
      okIds.push(manifestInput.id);
    };

    // Work is started in input order and finished in input order, at most `window` at a time, so
    // memory stays flat (a window of records, never the corpus) and output is deterministic
    // whatever the concurrency.
    const window = Math.max(8, (options.concurrency ?? 1) * 4);
    const pending: Promise<() => Promise<void>>[] = [];
    const drain = async (limit: number) => {
      while (pending.length > limit) await (await pending.shift()!)();
    };

    for await (const item of ingest(options.paths, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ...(options.stdin ? { stdin: options.stdin } : {}) })) {
      if (item.kind === 'failure') {
        if (!inShard(failureShardKey(item.failure), shard)) continue;
        // Keep failures in input order with the records around them.
        pending.push(Promise.resolve(async () => fail(failureLine(item.failure))));
        await drain(window);
        continue;
      }
      const article = item.article;
      progress.readBytes += article.source.bytes;
      if (!inShard(article.id, shard)) continue;
      const where = article.source.line !== undefined ? `${article.source.path}:${article.source.line}` : article.source.path;
      const errorAt = (code: string, reason: string): ErrorLine => {
        const e: ErrorLine = { file: article.source.path, id: article.id, code, reason };
        if (article.source.line !== undefined) e.line = article.source.line;
        return e;
      };
      const first = seen.get(article.id);
      if (first !== undefined) {
        pending.push(Promise.resolve(async () => fail(errorAt('duplicate-id', `id "${article.id}" was already used by ${first}`))));
        await drain(window);
        continue;
      }
      seen.set(article.id, where);
      const manifestInput: ManifestInput = { id: article.id, path: article.source.path, sha256: article.source.sha256, status: 'ok' };
      if (article.source.line !== undefined) manifestInput.line = article.source.line;

      let file = '';
      if (!streaming) {
        try {
          file = path.join(options.out, recordFileName(article.id));
        } catch (e) {
          pending.push(Promise.resolve(async () => fail(errorAt('bad-id', (e as Error).message))));
          await drain(window);
          continue;
        }
      }

      if (!streaming && reusable.get(article.id) === cacheKey(manifestInput)) {
        const old = await reusableRecord(file, article.id);
        if (old) {
          pending.push(Promise.resolve(async () => {
            accept(digestOf(old), manifestInput, articlesFile!.appendHere(JSON.stringify(old)));
            progress.skipped++;
            progress.bytes += article.source.bytes;
            options.onProgress?.(progress);
          }));
          await drain(window);
          continue;
        }
      }

      // Validation and the record file's write run where the article is processed, as soon as it
      // is done (files are independent); bookkeeping and streamed lines happen in input order when
      // drained.
      const work = Promise.resolve()
        .then(() => finishOne(article, pipelineOptions, output, streaming ? undefined : file, articlesFile?.base))
        .then(
          ({ problems, serialized, line, digest }) => async () => {
            if (problems.length) {
              for (const p of problems) errors.push({ ...errorAt('invalid-record', p.message), path: p.path });
              inputs.push({ ...manifestInput, status: 'invalid' });
              invalid++;
              progress.failed++;
              options.onProgress?.(progress);
              return;
            }
            if (streaming) await options.writeLine?.(serialized);
            accept(digest, manifestInput, line);
            progress.processed++;
            progress.bytes += article.source.bytes;
            options.onProgress?.(progress);
          },
          (e: unknown) => async () => {
            inputs.push({ ...manifestInput, status: 'failed' });
            fail(errorAt('pipeline-error', e instanceof Error ? e.message : String(e)));
          },
        );
      pending.push(work);
      await drain(window);
    }
    await drain(0);
    await options.release?.();

    errors.sort(compareErrors);
    if (!streaming) {
      // Records of inputs that were in the previous run but are gone (or failing) now are stale.
      const current = new Set(okIds);
      for (const old of previous?.inputs ?? []) {
        if (!old || typeof old.id !== 'string' || current.has(old.id)) continue;
        try {
          await rm(path.join(options.out, recordFileName(old.id)), { force: true });
        } catch {
          // An id that is not a safe file name was never written: nothing to remove.
        }
      }
      await articlesFile!.finish(okIds);
      await writeJsonLinesAtomic(path.join(options.out, 'entities.jsonl'), index.lines());
      await writeAtomic(path.join(options.out, 'errors.jsonl'), errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
      const manifest: Manifest = {
        tool: 'bilex',
        toolVersion: TOOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        options: manifestOptions,
        shard: shard ? `${shard.index}/${shard.count}` : null,
        inputs: inputs.sort((a, b) => byCodeUnit(a.id, b.id)),
        counts: { ...counts, failed: errors.filter((e) => e.code !== 'invalid-record').length, invalid },
        failures: progress.failed,
      };
      // The manifest goes last: it is what a rerun trusts, so it only ever describes written files.
      await writeAtomic(path.join(options.out, 'manifest.json'), prettyJson(manifest));
    }
  } catch (e) {
    await articlesFile?.abort();
    throw e;
  }
  return {
    processed: progress.processed,
    skipped: progress.skipped,
    failed: progress.failed - invalid,
    invalid,
    articles,
    bytes: progress.bytes,
    durationMs: performance.now() - started,
    out: options.out,
    errors,
  };
}
