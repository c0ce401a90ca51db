import type { Doc, ExtractionContext } from '../core/document.js';
import { contains } from '../core/span.js';
import type { Span } from '../core/types.js';
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
  const candidates = outsideDates(rules.mentions(contextOf(doc)), doc.dates);
  return { ...doc, candidates, entities: clusterEntities(candidates) };
}

/**
 * Drops mentions that lie inside a longer date mention: they are words of the date (`نيسان` in
 * `أبريل ( نيسان ) الماضي` is the month, not the car maker). Dates do not overlap one another, so
 * one binary search per mention finds the only date that could hold it.
 */
export function outsideDates<M extends Span>(mentions: M[], dates: readonly Span[]): M[] {
  if (!dates.length) return mentions;
  const sorted = dates.slice().sort((a, b) => a.start - b.start);
  return mentions.filter((m) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= m.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    const d = at >= 0 ? sorted[at]! : undefined;
    return !(d && contains(d, m) && d.end - d.start > m.end - m.start);
  });
}

export function extractRelations(doc: Doc): Doc {
  if (!rulesFor(doc)) return doc;
  return { ...doc, ...extractAgreementsAndEvents(doc) };
}
