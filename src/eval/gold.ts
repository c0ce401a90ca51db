/**
 * Gold annotation types, mirroring schemas/gold.schema.json (fixtures/gold/<id>.json):
 * the article record's shape restricted to entities (with mentions), dates, agreements, events.
 */
import type {
  AgreementKind, AgreementStatus, DateKind, EntityType, EventKind, MentionForm, PlaceKind, Span,
} from '../core/types.js';

export interface GoldMention extends Span {
  form?: MentionForm;
}

export interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  key: string;
  mentions: GoldMention[];
  titles?: string[];
  country?: string;
  placeKind?: PlaceKind;
}

export interface GoldDate extends Span {
  value: string | null;
  kind: DateKind;
  granularity?: string;
  note?: string;
}

export interface GoldAgreement {
  id: string;
  kind: AgreementKind;
  subject?: string | null;
  parties: string[];
  date: string | null;
  status: AgreementStatus;
  evidence: Span;
  note?: string;
}

export interface GoldEvent {
  id: string;
  kind: EventKind;
  participants: string[];
  location: string | null;
  date: string | null;
  evidence: Span;
  note?: string;
}

export interface GoldArticle {
  id: string;
  language?: 'en' | 'ar';
  entities: GoldEntity[];
  dates: GoldDate[];
  agreements: GoldAgreement[];
  events: GoldEvent[];
}

/** Structural check of a parsed gold file: returns problems (empty when usable). */
export function goldProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not an object'];
  const v = value as Record<string, unknown>;
  if (typeof v['id'] !== 'string') problems.push('id: missing or not a string');
  for (const field of ['entities', 'dates', 'agreements', 'events'] as const) {
    if (!Array.isArray(v[field])) problems.push(`${field}: missing or not an array`);
  }
  if (v['language'] !== undefined && v['language'] !== 'en' && v['language'] !== 'ar') {
    problems.push('language: must be "en" or "ar"');
  }
  return problems;
}
