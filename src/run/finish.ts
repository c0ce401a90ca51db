import type { ArticleRecord } from '../core/types.js';
import { validateRecord, type ValidationProblem } from '../stages/validate.js';
import { prettyJson } from '../stages/write.js';

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

/** The parts of a record the entity index and the manifest counts read. */
export interface RecordDigest {
  id: string;
  language: { code: ArticleRecord['language']['code'] };
  entities: { key: string; type: ArticleRecord['entities'][number]['type']; name: string; country?: string; mentions: { text: string; form?: string }[] }[];
  counts: { dates: number; agreements: number; events: number };
}

export type Output = 'pretty' | 'line';

export function digestOf(record: ArticleRecord): RecordDigest {
  return {
    id: record.id,
    language: { code: record.language.code },
    entities: record.entities.map((e) => {
      const d: RecordDigest['entities'][number] = { key: e.key, type: e.type, name: e.name, mentions: e.mentions.map((m) => (m.form ? { text: m.text, form: m.form } : { text: m.text })) };
      if (e.country) d.country = e.country;
      return d;
    }),
    counts: { dates: record.dates.length, agreements: record.agreements.length, events: record.events.length },
  };
}

export function finishRecord(record: ArticleRecord, input: string, output: Output): Finished {
  const problems = validateRecord(record, input);
  const serialized = problems.length ? '' : output === 'pretty' ? prettyJson(record) : `${JSON.stringify(record)}\n`;
  return { problems, serialized, digest: digestOf(record) };
}
