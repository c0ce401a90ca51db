import type {
  ArticleMeta, Agreement, DateMention, Diagnostic, Entity, EntityType, InfoboxField, Language,
  Mention, Paragraph, PlaceKind, Relation, RelationEvent, Section, Sentence, SourceInfo, Span,
} from './types.js';

/**
 * A candidate mention found by a language's rules, before entities are clustered.
 * `name` is the canonical form the rule believes in (e.g. the country's English name for a
 * demonym); `key` is set when the rule knows the canonical entity (countries, bilingual tables).
 */
export interface CandidateMention extends Mention {
  type: EntityType;
  name: string;
  key?: string;
  country?: string;
  placeKind?: PlaceKind;
  titles?: string[];
}

/** The working document that flows through the stages; each stage returns a new one. */
export interface Doc {
  id: string;
  text: string;
  source: SourceInfo;
  meta: ArticleMeta;
  /** ISO date (YYYY-MM-DD) that anchors relative dates, or null when none is known. */
  referenceDate: string | null;
  /** Language forced by the user (`--lang`), or undefined for detection. */
  forcedLanguage?: 'en' | 'ar';
  language: Language;
  format: 'wiki' | 'news' | 'plain';
  title: Span | null;
  infobox: InfoboxField[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  candidates: CandidateMention[];
  entities: Entity[];
  dates: DateMention[];
  agreements: Agreement[];
  events: RelationEvent[];
  relation?: Relation;
  diagnostics: Diagnostic[];
}

/** What a language's rules see: the text plus the structure found by segmentation. */
export interface ExtractionContext {
  text: string;
  referenceDate: string | null;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  title: Span | null;
  infobox: readonly InfoboxField[];
}
