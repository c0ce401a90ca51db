import { Tinypool } from 'tinypool';
import type { PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import type { ArticleInput } from '../stages/ingest.js';
import type { Finished, Output } from './finish.js';

export interface Pool {
  process: (article: ArticleInput, options: PipelineOptions) => Promise<ArticleRecord>;
  /** Processes, validates and serializes in the worker (what runExtract uses with a pool). */
  processFinished: (article: ArticleInput, options: PipelineOptions, output: Output) => Promise<Finished>;
  close: () => Promise<void>;
}

/** A worker-thread pool for the CPU-bound stages; records are identical to in-process ones. */
export function createPool(threads: number): Pool {
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  return {
    process: (article, options) => pool.run({ article, options }) as Promise<ArticleRecord>,
    processFinished: (article, options, output) => pool.run({ article, options, output }) as Promise<Finished>,
    close: () => pool.destroy(),
  };
}
