import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { processArticle, type PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import { SCHEMA_VERSION, TOOL_VERSION } from '../core/version.js';
import { DEFAULT_MAX_BYTES, ingest, type ArticleInput, type InputFailure } from '../stages/ingest.js';
import { validateRecord } from '../stages/validate.js';
import { EntityIndex, ensureDir, prettyJson, recordFileName, removeStaleTemps, writeArticlesJsonl, writeAtomic } from '../stages/write.js';
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
  /** Articles processed at once (matters with a worker pool as `process`). */
  concurrency?: number;
  onProgress?: (p: Progress) => void;
  /** Receives each record line in streaming mode (`out: '-'`). */
  writeLine?: (line: string) => void;
}

export interface Progress {
  processed: number;
  skipped: number;
  failed: number;
  bytes: number;
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

function failureLine(f: InputFailure): ErrorLine {
  const line: ErrorLine = { file: f.path, code: f.code, reason: f.reason };
  if (f.line !== undefined) line.line = f.line;
  if (f.id !== undefined) line.id = f.id;
  return line;
}

async function readManifest(out: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/**
 * Extracts every input into `out`: one validated record per article, then the dataset files.
 * Per-input failures are collected, never thrown; the caller decides the exit code.
 */
export async function runExtract(options: ExtractRunOptions): Promise<ExtractSummary> {
  const started = performance.now();
  const streaming = options.out === '-';
  const pipelineOptions: PipelineOptions = { referenceDate: options.referenceDate ?? null, lang: options.lang ?? 'auto' };
  const processOne = options.process ?? processArticle;
  const errors: ErrorLine[] = [];
  const inputs: ManifestInput[] = [];
  const okIds: string[] = [];
  const seen = new Map<string, string>();
  const index = new EntityIndex();
  const counts = { articles: 0, entities: 0, mentions: 0, dates: 0, agreements: 0, events: 0 };
  const progress: Progress = { processed: 0, skipped: 0, failed: 0, bytes: 0 };
  let invalid = 0;

  if (!streaming) {
    await ensureDir(options.out);
    await removeStaleTemps(options.out);
  }
  const previous = streaming || options.force ? null : await readManifest(options.out);
  const previousOptions = JSON.stringify(previous?.options ?? null);
  const reusable = new Map<string, string>();
  if (previous && previous.toolVersion === TOOL_VERSION && previous.schemaVersion === SCHEMA_VERSION && previousOptions === JSON.stringify({ lang: pipelineOptions.lang, referenceDate: pipelineOptions.referenceDate ?? null })) {
    for (const i of previous.inputs) if (i.status === 'ok') reusable.set(i.id, i.sha256);
  }

  const count = (record: ArticleRecord) => {
    counts.articles++;
    counts.entities += record.entities.length;
    counts.mentions += record.entities.reduce((n, e) => n + e.mentions.length, 0);
    counts.dates += record.dates.length;
    counts.agreements += record.agreements.length;
    counts.events += record.events.length;
    index.add(record);
  };

  // Work is started in input order and finished in input order, at most `window` at a time, so
  // memory stays flat and streamed output is deterministic whatever the concurrency.
  const window = Math.max(1, (options.concurrency ?? 1) * 2);
  const pending: Promise<() => Promise<void>>[] = [];
  const drain = async (limit: number) => {
    while (pending.length > limit) await (await pending.shift()!)();
  };

  for await (const item of ingest(options.paths, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ...(options.stdin ? { stdin: options.stdin } : {}) })) {
    if (item.kind === 'failure') {
      errors.push(failureLine(item.failure));
      progress.failed++;
      options.onProgress?.(progress);
      continue;
    }
    const article = item.article;
    if (!inShard(article.id, options.shard ?? null)) continue;
    const where = article.source.line !== undefined ? `${article.source.path}:${article.source.line}` : article.source.path;
    const first = seen.get(article.id);
    if (first) {
      errors.push({ ...failureLine({ path: article.source.path, code: 'duplicate-id', reason: `id "${article.id}" was already used by ${first}`, ...(article.source.line !== undefined ? { line: article.source.line } : {}) }), id: article.id });
      progress.failed++;
      continue;
    }
    seen.set(article.id, where);
    const manifestInput: ManifestInput = { id: article.id, path: article.source.path, sha256: article.source.sha256, status: 'ok' };
    if (article.source.line !== undefined) manifestInput.line = article.source.line;
    progress.bytes += article.source.bytes;

    const file = streaming ? '' : path.join(options.out, recordFileName(article.id));
    if (!streaming && reusable.get(article.id) === article.source.sha256 && (await exists(file))) {
      pending.push(Promise.resolve(async () => {
        const record = JSON.parse(await readFile(file, 'utf8')) as ArticleRecord;
        count(record);
        inputs.push(manifestInput);
        okIds.push(article.id);
        progress.skipped++;
        options.onProgress?.(progress);
      }));
      await drain(window);
      continue;
    }

    const work = Promise.resolve()
      .then(() => processOne(article, pipelineOptions))
      .then(
        (record) => async () => {
          const problems = validateRecord(record, article.text);
          if (problems.length) {
            for (const p of problems) errors.push({ file: where, id: article.id, code: 'invalid-record', reason: p.message, path: p.path });
            inputs.push({ ...manifestInput, status: 'invalid' });
            invalid++;
            progress.failed++;
            return;
          }
          if (streaming) options.writeLine?.(`${JSON.stringify(record)}\n`);
          else await writeAtomic(file, prettyJson(record));
          count(record);
          inputs.push(manifestInput);
          okIds.push(article.id);
          progress.processed++;
          options.onProgress?.(progress);
        },
        (e: unknown) => async () => {
          errors.push({ file: where, id: article.id, code: 'pipeline-error', reason: (e as Error).message });
          inputs.push({ ...manifestInput, status: 'failed' });
          progress.failed++;
        },
      );
    pending.push(work);
    await drain(window);
  }
  await drain(0);

  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.path ?? '').localeCompare(b.path ?? ''));
  if (!streaming) {
    await writeArticlesJsonl(options.out, okIds);
    await writeAtomic(path.join(options.out, 'entities.jsonl'), index.lines().map((l) => `${JSON.stringify(l)}\n`).join(''));
    await writeAtomic(path.join(options.out, 'errors.jsonl'), errors.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const manifest: Manifest = {
      tool: 'bilex',
      toolVersion: TOOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      options: { lang: pipelineOptions.lang ?? 'auto', referenceDate: pipelineOptions.referenceDate ?? null },
      shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
      inputs: inputs.sort((a, b) => a.id.localeCompare(b.id)),
      counts: { ...counts, failed: errors.filter((e) => e.code !== 'invalid-record').length, invalid },
      failures: progress.failed,
    };
    await writeAtomic(path.join(options.out, 'manifest.json'), prettyJson(manifest));
    // Records of inputs that were in the previous run but are gone now would be stale data.
    const current = new Set(okIds);
    for (const old of previous?.inputs ?? []) {
      if (!current.has(old.id)) await rm(path.join(options.out, recordFileName(old.id)), { force: true });
    }
  }
  return {
    processed: progress.processed,
    skipped: progress.skipped,
    failed: progress.failed - invalid,
    invalid,
    articles: okIds.length,
    bytes: progress.bytes,
    durationMs: performance.now() - started,
    out: options.out,
    errors,
  };
}
