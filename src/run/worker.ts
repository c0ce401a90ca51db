import { processArticle, type PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import type { ArticleInput } from '../stages/ingest.js';
import { finishAndWrite, type Finished, type Output } from './finish.js';

/**
 * Tinypool entry: runs the whole pipeline for one article inside a worker thread. With `output`,
 * also validates and serializes there (and writes the record to `file` when given) and returns a
 * Finished (see finish.ts); without, the record.
 */
export default function work({ article, options, output, file, lines }: { article: ArticleInput; options: PipelineOptions; output?: Output; file?: string; lines?: string }): ArticleRecord | Promise<Finished> {
  const record = processArticle(article, options);
  return output ? finishAndWrite(record, article.text, output, file, lines) : record;
}
