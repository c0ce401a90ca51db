import type { Doc } from '../core/document.js';
import type { Agreement, Relation, RelationEvent } from '../core/types.js';
import { analyze } from './analysis.js';
import { extractAgreements } from './agreements.js';
import { extractEvents } from './events.js';
import { lexiconFor } from './lexicon.js';
import { relationParties, relationSummary } from './relation-summary.js';

/**
 * Agreements, events and the bilateral relation summary of a document whose dates, entities and
 * segmentation are done. Rules are shared (src/relations/*); words come from the language's
 * tables (src/lang/en/relation-words.ts, src/lang/ar/relation-words.ts).
 */
export function extractAgreementsAndEvents(doc: Doc): { agreements: Agreement[]; events: RelationEvent[]; relation?: Relation } {
  const lang = doc.language.code;
  if (lang !== 'en' && lang !== 'ar') return { agreements: doc.agreements, events: doc.events };
  const an = analyze(doc, lexiconFor(lang));
  const { parties } = relationParties(doc);
  const agreements = extractAgreements(an, parties);
  const events = extractEvents(an, parties);
  const relation = relationSummary(doc, events);
  return relation ? { agreements, events, relation } : { agreements, events };
}
