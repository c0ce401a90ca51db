/**
 * Gold annotation types, mirroring schemas/gold.schema.json (fixtures/gold/<id>.json):
 * the article record's shape restricted to entities (with mentions), dates, agreements, events.
 */
import type { Agreement, DateMention, Entity, Mention, RelationEvent } from '../core/types.js';

/** Gold is the record's shape without what only a rule can supply (ruleIds, triggers). */
export type GoldMention = Omit<Mention, 'ruleId'>;

export type GoldEntity = Omit<Entity, 'mentions'> & { mentions: GoldMention[] };

export type GoldDate = Omit<DateMention, 'ruleId' | 'granularity' | 'calendar'> & { granularity?: string; note?: string };

export type GoldAgreement = Omit<Agreement, 'ruleId' | 'trigger' | 'subject'> & { subject?: string | null; note?: string };

export type GoldEvent = Omit<RelationEvent, 'ruleId' | 'trigger'> & { note?: string };

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
