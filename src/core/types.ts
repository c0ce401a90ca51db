/**
 * Record types, mirroring schemas/article.schema.json (the source of truth).
 * test/schema-types.test.ts checks that a maximal value of these types validates against the
 * schema, whose objects forbid additional properties, so a field added here but not there fails.
 */

export type LangCode = 'en' | 'ar' | 'und';
export type EntityType = 'person' | 'place' | 'organization';
export type MentionForm = 'name' | 'demonym' | 'abbreviation' | 'short';
export type PlaceKind = 'country' | 'city' | 'region' | 'other';
export type DateKind = 'date' | 'range' | 'relative' | 'duration';
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'duration';
export type AgreementKind = 'agreement' | 'memorandum' | 'protocol' | 'treaty' | 'contract' | 'partnership' | 'other';
export type AgreementStatus = 'signed' | 'agreed' | 'proposed' | 'cancelled' | 'other';
export type EventKind = 'visit' | 'meeting' | 'appointment' | 'establishment' | 'other';
export type Severity = 'error' | 'warning' | 'info';

/** Offsets are UTF-16 code units into the decoded input; `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Language {
  code: LangCode;
  confidence: number;
  script?: string;
}

export interface Mention extends Span {
  ruleId: string;
  form?: MentionForm;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  key: string;
  mentions: Mention[];
  titles?: string[];
  country?: string;
  placeKind?: PlaceKind;
}

export interface DateMention extends Span {
  value: string | null;
  kind: DateKind;
  granularity: Granularity;
  calendar?: 'gregorian' | 'hijri';
  ruleId: string;
}

export interface Agreement {
  id: string;
  kind: AgreementKind;
  subject: string | null;
  parties: string[];
  date: string | null;
  status: AgreementStatus;
  evidence: Span;
  trigger?: Span;
  ruleId: string;
}

export interface RelationEvent {
  id: string;
  kind: EventKind;
  participants: string[];
  location: string | null;
  date: string | null;
  evidence: Span;
  trigger?: Span;
  ruleId: string;
}

export interface Relation {
  parties: string[];
  established?: string | null;
  missions?: Span[];
  envoys?: Span[];
  evidence?: Span[];
}

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Section {
  heading: Span;
  level: number;
  start: number;
  end: number;
}

export interface Paragraph {
  start: number;
  end: number;
  kind?: 'paragraph' | 'list-item' | 'heading' | 'infobox';
  language: Language;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface InfoboxField {
  key: string;
  value: Span;
}

export interface SourceInfo {
  path: string;
  sha256: string;
  bytes: number;
  line?: number;
}

export interface ArticleMeta {
  date?: string;
  url?: string;
  referenceDate?: string;
}

export interface ArticleRecord {
  id: string;
  source: SourceInfo;
  meta?: ArticleMeta;
  language: Language;
  format: 'wiki' | 'news' | 'plain';
  title: Span | null;
  infobox: InfoboxField[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  dates: DateMention[];
  agreements: Agreement[];
  events: RelationEvent[];
  relation?: Relation;
  diagnostics: Diagnostic[];
}

/** One line of entities.jsonl. */
export interface EntityIndexEntry {
  key: string;
  type: EntityType;
  country?: string;
  names: { en?: string[]; ar?: string[]; und?: string[] };
  articles: string[];
  mentions: number;
}
