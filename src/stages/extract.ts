import type { Doc, ExtractionContext } from '../core/document.js';
import { clusterEntities } from '../lang/common/cluster.js';
import { LANGUAGE_RULES, type LanguageRules } from '../lang/registry.js';
import { extractAgreementsAndEvents } from '../relations/extract-relations.js';

function rulesFor(doc: Doc): LanguageRules | null {
  const code = doc.language.code;
  return code === 'en' || code === 'ar' ? LANGUAGE_RULES[code] : null;
}

export function contextOf(doc: Doc): ExtractionContext {
  return {
    text: doc.text,
    referenceDate: doc.referenceDate,
    sentences: doc.sentences,
    paragraphs: doc.paragraphs,
    title: doc.title,
    infobox: doc.infobox,
  };
}

export function extractDates(doc: Doc): Doc {
  const rules = rulesFor(doc);
  return rules ? { ...doc, dates: rules.dates(contextOf(doc)) } : doc;
}

export function extractEntities(doc: Doc): Doc {
  const rules = rulesFor(doc);
  if (!rules) return doc;
  const candidates = rules.mentions(contextOf(doc));
  return { ...doc, candidates, entities: clusterEntities(candidates) };
}

export function extractRelations(doc: Doc): Doc {
  if (!rulesFor(doc)) return doc;
  return { ...doc, ...extractAgreementsAndEvents(doc) };
}
