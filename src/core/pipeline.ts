import type { ArticleInput } from '../stages/ingest.js';
import { detectLanguage } from '../stages/detect-language.js';
import { segment } from '../stages/segment.js';
import { extractDates, extractEntities, extractRelations } from '../stages/extract.js';
import type { Doc } from './document.js';
import type { ArticleRecord } from './types.js';

export interface PipelineOptions {
  /** Anchors relative dates when the input carries no publication date (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** `auto` (default) detects; `en`/`ar` force the language of every article. */
  lang?: 'en' | 'ar' | 'auto';
}

/** A stage is a pure function of the document; the order below is the pipeline. */
export type Stage = (doc: Doc) => Doc;

export const STAGES: readonly { name: string; run: Stage }[] = [
  { name: 'detect-language', run: detectLanguageStage },
  { name: 'segment', run: segmentStage },
  { name: 'extract-dates', run: extractDates },
  { name: 'extract-entities', run: extractEntities },
  { name: 'extract-relations', run: extractRelations },
];

function detectLanguageStage(doc: Doc): Doc {
  if (doc.forcedLanguage) return { ...doc, language: { code: doc.forcedLanguage, confidence: 1 } };
  const language = detectLanguage(doc.text);
  const diagnostics = [...doc.diagnostics];
  if (language.code === 'und') {
    diagnostics.push({
      severity: 'warning',
      code: 'language-unsupported',
      message: `language is neither English nor Arabic (script ${language.script ?? 'unknown'}): structure only, no extraction`,
    });
  }
  return { ...doc, language, diagnostics };
}

function segmentStage(doc: Doc): Doc {
  const s = segment(doc.text);
  return {
    ...doc,
    format: s.format,
    title: s.title,
    infobox: s.infobox,
    sections: s.sections,
    paragraphs: s.paragraphs,
    sentences: s.sentences,
    diagnostics: [...doc.diagnostics, ...s.diagnostics],
  };
}

export function newDoc(input: ArticleInput, options: PipelineOptions = {}): Doc {
  const referenceDate = input.meta.date?.slice(0, 10) ?? options.referenceDate ?? null;
  const doc: Doc = {
    id: input.id,
    text: input.text,
    source: input.source,
    meta: { ...input.meta },
    referenceDate,
    language: { code: 'und', confidence: 0 },
    format: 'plain',
    title: null,
    infobox: [],
    sections: [],
    paragraphs: [],
    sentences: [],
    candidates: [],
    entities: [],
    dates: [],
    agreements: [],
    events: [],
    diagnostics: input.notes.map((message) => ({ severity: 'info' as const, code: 'input-note', message })),
  };
  if (referenceDate && !input.meta.date) doc.meta.referenceDate = referenceDate;
  const forced = input.lang ?? (options.lang === 'en' || options.lang === 'ar' ? options.lang : undefined);
  if (forced) doc.forcedLanguage = forced;
  return doc;
}

export function toRecord(doc: Doc): ArticleRecord {
  const record: ArticleRecord = {
    id: doc.id,
    source: doc.source,
    language: doc.language,
    format: doc.format,
    title: doc.title,
    infobox: doc.infobox,
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: doc.entities,
    dates: doc.dates,
    agreements: doc.agreements,
    events: doc.events,
    diagnostics: doc.diagnostics,
  };
  if (Object.keys(doc.meta).length) record.meta = doc.meta;
  if (doc.relation) record.relation = doc.relation;
  return record;
}

/** Runs every stage over one article. Pure: the same input and options give the same record. */
export function processArticle(input: ArticleInput, options: PipelineOptions = {}): ArticleRecord {
  let doc = newDoc(input, options);
  for (const stage of STAGES) doc = stage.run(doc);
  return toRecord(doc);
}
