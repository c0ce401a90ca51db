import type { Doc } from '../core/document.js';
import type { Entity, Relation, RelationEvent, Span } from '../core/types.js';
import { isCountry } from './analysis.js';

/**
 * The bilateral relation of an article about one (`Oman–Syria relations`): its two parties from
 * the infobox (`Party1`/`Party2`) or the title, the establishment date of diplomatic relations,
 * and the missions and envoys of the infobox as spans.
 */

const PARTY_KEY = /^party\s*\d*$/i;
const MISSION_KEY = /^mission\s*\d*$/i;
const ENVOY_KEY = /^envoy\s*\d*$/i;

function countriesIn(entities: readonly Entity[], s: Span): string[] {
  const found: { id: string; at: number }[] = [];
  for (const e of entities) {
    if (!isCountry(e)) continue;
    for (const m of e.mentions) if (m.start >= s.start && m.end <= s.end) found.push({ id: e.id, at: m.start });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
}

/** The two parties of a bilateral article (entity ids), or [] when it is not one. */
export function relationParties(doc: Doc): { parties: string[]; evidence: Span[] } {
  const fields = doc.infobox.filter((f) => PARTY_KEY.test(f.key));
  if (fields.length >= 2) {
    const parties = [...new Set(fields.flatMap((f) => countriesIn(doc.entities, f.value).slice(0, 1)))];
    if (parties.length === 2) return { parties, evidence: fields.map((f) => f.value) };
  }
  if (doc.title) {
    const parties = countriesIn(doc.entities, doc.title);
    if (parties.length === 2) return { parties, evidence: [doc.title] };
  }
  return { parties: [], evidence: [] };
}

export function relationSummary(doc: Doc, events: readonly RelationEvent[]): Relation | undefined {
  const { parties, evidence } = relationParties(doc);
  if (parties.length !== 2) return undefined;
  const relation: Relation = { parties, evidence: [...evidence] };
  const both = (e: RelationEvent) => parties.every((p) => e.participants.includes(p));
  const established = events.find((e) => e.kind === 'establishment' && both(e) && e.date && !/recogni|اعتر/i.test(e.trigger?.text ?? ''))
    ?? events.find((e) => e.kind === 'establishment' && both(e) && e.date);
  if (established) {
    relation.established = established.date;
    relation.evidence!.push(established.evidence);
  }
  const missions = doc.infobox.filter((f) => MISSION_KEY.test(f.key)).map((f) => f.value);
  const envoys = doc.infobox.filter((f) => ENVOY_KEY.test(f.key)).map((f) => f.value);
  if (missions.length) relation.missions = missions;
  if (envoys.length) relation.envoys = envoys;
  return relation;
}
