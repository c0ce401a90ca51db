import { processArticle, type PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import type { ArticleInput } from '../stages/ingest.js';

/** Tinypool entry: runs the whole pipeline for one article inside a worker thread. */
export default function work({ article, options }: { article: ArticleInput; options: PipelineOptions }): ArticleRecord {
  return processArticle(article, options);
}
