/**
 * Language-independent date post-processing: choosing among overlapping candidates (longest
 * wins) and merging two adjacent dates joined by a connector into one range mention. A locale
 * supplies only its words (`RangeConnectors`).
 */
import type { DateKind, DateMention, Granularity } from '../../core/types.js';

/** A date found by a rule, before overlaps are resolved. Higher `priority` wins ties. */
export interface DateCandidate extends DateMention {
  priority: number;
  /** True when the value comes from the text alone (an explicit year), usable as an anchor. */
  explicit?: boolean;
}

/**
 * Keeps the longest candidates so that no two overlap (ties: higher priority, then earlier
 * start). Linear in the total length of the candidates after sorting.
 */
export function selectLongest<T extends { start: number; end: number; priority: number }>(
  candidates: readonly T[],
  textLength: number,
): T[] {
  const order = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken = new Uint8Array(textLength + 1);
  const kept: T[] = [];
  for (const c of order) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** How a locale joins the two ends of a range: `between X and Y`, `from X to Y`, `X–Y`. */
export interface RangeConnectors {
  /** Words between the two dates (`and`, `to`, `-`), each with the words allowed before the first. */
  readonly joins: readonly { readonly between: RegExp; readonly before: RegExp | null; readonly requireBefore: boolean }[];
}

const GRANULARITY_RANK: Readonly<Record<Granularity, number>> = {
  day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, century: 6, duration: 7,
};

/**
 * Merges pairs of adjacent, sorted, non-overlapping dates joined by a connector into one range
 * mention `start/end`. Both ends must be dated, of the same granularity, and in order. The words
 * before the first date (`between`, `from`) stay outside the span, like other prepositions.
 */
export function mergeRanges<T extends DateCandidate>(text: string, dates: readonly T[], connectors: RangeConnectors, ruleId: string): (T | DateCandidate)[] {
  const out: (T | DateCandidate)[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    if (b && a.value && b.value && a.kind !== 'duration' && b.kind !== 'duration' && a.kind !== 'range' && b.kind !== 'range'
      && GRANULARITY_RANK[a.granularity] === GRANULARITY_RANK[b.granularity] && a.value < b.value) {
      const gap = text.slice(a.end, b.start);
      const head = text.slice(Math.max(0, a.start - 12), a.start);
      const join = connectors.joins.find((j) => j.between.test(gap) && (!j.requireBefore || (j.before !== null && j.before.test(head))));
      if (join) {
        const kind: DateKind = 'range';
        out.push({
          start: a.start, end: b.end, text: text.slice(a.start, b.end), value: `${a.value}/${b.value}`,
          kind, granularity: a.granularity, ruleId, priority: a.priority,
          explicit: Boolean(a.explicit && b.explicit),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
