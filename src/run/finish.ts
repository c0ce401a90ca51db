import type { ArticleRecord } from '../core/types.js';
import { validateRecord, type ValidationProblem } from '../stages/validate.js';
import { prettyJson } from '../stages/write.js';
import { digestOf, type Output, type RecordDigest } from './digest.js';

/**
 * What the run loop needs from a processed article: validation problems, the serialized record
 * and a small digest for the counts and the entity index. Computed where the article was
 * processed (a worker thread with the pool), so the main thread only writes files: validation
 * and serialization scale with the pool, and a string crosses threads instead of an object graph.
 */
export interface Finished {
  problems: ValidationProblem[];
  /** The record as written: pretty JSON for a folder, one JSON line for `--out -`; '' if invalid. */
  serialized: string;
  digest: RecordDigest;
}

export type { Output, RecordDigest } from './digest.js';

export function finishRecord(record: ArticleRecord, input: string, output: Output): Finished {
  const problems = validateRecord(record, input);
  const serialized = problems.length ? '' : output === 'pretty' ? prettyJson(record) : `${JSON.stringify(record)}\n`;
  return { problems, serialized, digest: digestOf(record) };
}
