import type { ArticleRecord } from '../core/types.js';
import { validateRecord, type ValidationProblem } from '../stages/validate.js';
import { appendSpillLine, prettyJson, writeAtomic, type SpilledLine } from '../stages/write.js';
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
  /** Where the record's compact line for articles.jsonl was appended (given a spill base), else null. */
  line: SpilledLine | null;
  digest: RecordDigest;
}

export type { Output, RecordDigest } from './digest.js';

/** Validates and serializes a record; with `lines` (a run's spill base), appends its compact line there. */
export function finishRecord(record: ArticleRecord, input: string, output: Output, lines?: string): Finished {
  const problems = validateRecord(record, input);
  if (problems.length) return { problems, serialized: '', line: null, digest: digestOf(record) };
  if (output === 'line') return { problems, serialized: `${JSON.stringify(record)}\n`, line: null, digest: digestOf(record) };
  return { problems, serialized: prettyJson(record), line: lines ? appendSpillLine(lines, JSON.stringify(record)) : null, digest: digestOf(record) };
}

/**
 * finishRecord, then, with `file`, the valid record written there (atomically) by the thread that
 * made it: a pool's main thread never handles record files, and the write overlaps the next
 * article's extraction (the file system works while the thread computes).
 */
export async function finishAndWrite(record: ArticleRecord, input: string, output: Output, file?: string, lines?: string): Promise<Finished> {
  const finished = finishRecord(record, input, output, lines);
  if (file && finished.serialized) {
    await writeAtomic(file, finished.serialized);
    finished.serialized = '';
  }
  return finished;
}
