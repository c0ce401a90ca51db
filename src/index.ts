/**
 * The library API. `extract` runs the pipeline on one text; `extractMany` streams records for
 * files, folders, globs or JSONL (the same ingest the CLI uses), validated like the CLI's.
 */
import { processArticle, type PipelineOptions } from './core/pipeline.js';
import type { ArticleRecord } from './core/types.js';
import { ingest, sha256, DEFAULT_MAX_BYTES, type InputFailure } from './stages/ingest.js';
import { validateRecord, type ValidationProblem } from './stages/validate.js';

export type * from './core/types.js';
export type { PipelineOptions } from './core/pipeline.js';
export type { InputFailure } from './stages/ingest.js';
export { runExtract, type ExtractRunOptions, type ExtractSummary } from './run/extract-run.js';
export { validateRecord } from './stages/validate.js';

export interface ExtractOptions extends PipelineOptions {
  /** Record id (default `text`). */
  id?: string;
  /** Publication date of the text (YYYY-MM-DD): anchors relative dates. */
  date?: string;
}

/** Extracts one text into an article record. */
export function extract(text: string, options: ExtractOptions = {}): ArticleRecord {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const meta = options.date ? { date: options.date } : {};
  return processArticle(
    { id: options.id ?? 'text', text: input, source: { path: '-', sha256: sha256(input), bytes: Buffer.byteLength(input) }, meta, notes: [] },
    options,
  );
}

export type ExtractManyItem =
  | { ok: true; record: ArticleRecord }
  | { ok: false; failure: InputFailure }
  | { ok: false; id: string; invalid: ValidationProblem[] };

/** Streams one result per input article: a valid record, a per-input failure, or schema problems. */
export async function* extractMany(paths: readonly string[], options: PipelineOptions & { maxBytes?: number } = {}): AsyncGenerator<ExtractManyItem> {
  for await (const item of ingest(paths, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES })) {
    if (item.kind === 'failure') {
      yield { ok: false, failure: item.failure };
      continue;
    }
    const record = processArticle(item.article, options);
    const problems = validateRecord(record, item.article.text);
    yield problems.length ? { ok: false, id: record.id, invalid: problems } : { ok: true, record };
  }
}
