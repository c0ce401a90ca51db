import type { Doc } from '../core/document.js';
import type { Agreement, Relation, RelationEvent } from '../core/types.js';

/** Agreements, events and the bilateral relation summary (filled in by src/relations rules). */
export function extractAgreementsAndEvents(doc: Doc): { agreements: Agreement[]; events: RelationEvent[]; relation?: Relation } {
  return { agreements: doc.agreements, events: doc.events };
}
