import type { ArticleRecord } from '../core/types.js';

/* Light on purpose (types only): the main thread of a pooled run loads this, not the pipeline. */

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
