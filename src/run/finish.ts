import type { ArticleRecord } from '../core/types.js';
import { validateRecord, type ValidationProblem } from '../stages/validate.js';
import { prettyJson, writeAtomicSync } from '../stages/write.js';
import { digestOf, type Output, type RecordDigest } from './digest.js';

/**
 * What the run loop needs from a processed article: validation problems, the serialized record
 * and a small digest for the counts and the entity index. Computed where the article was
 * processed (a worker thread with the pool), so the main thread only writes files: validation
 * and serialization scale with the pool, and a string crosses threads instead of an object graph.
 */
export interface Finished {
  problems: ValidationProblem[];
  /**
   * The record as serialized: one JSON line for `--out -`, pretty JSON for a folder; '' when
   * invalid or already written to its file.
   */
  serialized: string;
  digest: RecordDigest;
}

export type { Output, RecordDigest } from './digest.js';

/**
 * Validates and serializes a record; with `file`, a valid record is also written there
 * (atomically) by the thread that made it, so a pool's main thread never handles record files.
 */
export function finishRecord(record: ArticleRecord, input: string, output: Output, file?: string): Finished {
  const problems = validateRecord(record, input);
  let serialized = problems.length ? '' : output === 'pretty' ? prettyJson(record) : `${JSON.stringify(record)}\n`;
  if (file && serialized) {
    writeAtomicSync(file, serialized);
    serialized = '';
  }
  return { problems, serialized, digest: digestOf(record) };
}
