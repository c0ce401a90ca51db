import v8 from 'node:v8';
import { Tinypool } from 'tinypool';
import type { PipelineOptions } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/types.js';
import type { ArticleInput } from '../stages/ingest.js';
import type { Finished, Output } from './finish.js';

export interface Pool {
  process: (article: ArticleInput, options: PipelineOptions) => Promise<ArticleRecord>;
  /** Processes, validates, serializes and writes to `file` in the worker (what runExtract uses with a pool). */
  processFinished: (article: ArticleInput, options: PipelineOptions, output: Output, file?: string, lines?: string) => Promise<Finished>;
  /** Destroys the workers; later calls wait for the first. */
  close: () => Promise<void>;
}

/**
 * Heap sizing for a pool. Every worker thread holds ~45 MB of live data (models, gazetteers), but
 * V8 lets an isolate's heap grow to several times its live size before collecting, sized for a
 * large machine: two workers reached 510-550 MB at 20,000 articles against 290 MB with the limits
 * below, which cost some throughput in extra collections (86 s without them, 84-96 s with them in
 * single runs on a noisy 2-core VM; 20% growth instead of 30% cost ~12% more). An 8 MB young
 * generation instead of 12 MB keeps the peak at 20,000 articles at 287-292 MB instead of 296-300
 * (three runs each, alternating; 69-89 s against 72-75 s, within this VM's noise); 6 MB took it to
 * 289-293 MB but ran 12-17% slower. The pool is closed before a run writes its dataset files
 * (ExtractRunOptions.release), the main thread's largest allocations: that took the peak from
 * 297-301 to 285-286 MB. No hard cap on the old generation: a huge article must not run a worker out
 * of memory.
 */
const HEAP_GROWING_PERCENT = 30;
const WORKER_YOUNG_GENERATION_MB = 8;

/** A worker-thread pool for the CPU-bound stages; records are identical to in-process ones. */
export function createPool(threads: number): Pool {
  // A process-wide V8 flag, read whenever a heap computes its next limit (workers' included).
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // A second task starts while the first one's record file is being written.
    concurrentTasksPerWorker: 2,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  let closed: Promise<void> | undefined;
  return {
    process: (article, options) => pool.run({ article, options }) as Promise<ArticleRecord>,
    processFinished: (article, options, output, file, lines) => pool.run({ article, options, output, file, lines }) as Promise<Finished>,
    close: () => (closed ??= pool.destroy()),
  };
}
