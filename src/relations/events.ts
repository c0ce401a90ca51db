import type { EventKind, RelationEvent } from '../core/types.js';
import { span } from '../core/span.js';
import { inRanges, isCountry, ownDate, tokenAt, wordBefore, type Analysis, type MentionRef, type Unit } from './analysis.js';
import type { Lexicon, RelToken } from './lexicon.js';
import type { EventTrigger } from './words.js';

/** One fired trigger of a unit. */
export interface EventHit {
  kind: EventKind;
  form: EventTrigger['form'];
  from: number;
  to: number;
  start: number;
  end: number;
}

const WINDOW = 6;

function hasMentionIn(unit: Unit, from: number, to: number, test: (m: MentionRef) => boolean): MentionRef | null {
  for (const m of unit.mentions) if (m.start >= from && m.start < to && test(m)) return m;
  return null;
}

const tokenEnd = (toks: readonly RelToken[], i: number, fallback: number): number => (i < toks.length ? toks[i]!.end : fallback);

/** The sentence opens by referring back to a known event (`Following the closed-door meeting, …`). */
export function refersBack(unit: Unit, lex: Lexicon): boolean {
  const toks = unit.tokens;
  const words = toks.map((t, i) => ({ t, i })).filter((x) => x.t.word);
  if (lex.referBackGerunds.findAll(words.slice(0, 3).map((x) => x.t)).some((m) => m.from === 0)) return true;
  for (let a = 0; a < Math.min(words.length, 3); a++) {
    if (!lex.set.referBackOpeners.has(words[a]!.t.lower)) continue;
    // opener, a determiner and up to two adjectives, then an event noun with no argument after it
    for (let b = a + 1; b < Math.min(words.length, a + 5); b++) {
      const noun = words[b]!.t;
      if (!lex.set.referBackNouns.has(noun.lower)) continue;
      const definite = lex.lang === 'ar' ? noun.definite : ['the', 'this', 'that', 'these', 'those'].includes(words[a + 1]!.t.lower);
      if (!definite) return false;
      const next = toks[words[b]!.i + 1];
      return !next || !next.word || !lex.set.argumentWords.has(next.lower);
    }
    return false;
  }
  return false;
}

/** A light verb (`made`, `held`, `قام`) a few words before a noun, with no preposition between. */
function lightVerbBefore(toks: readonly RelToken[], at: number, lex: Lexicon): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const t = toks[j]!;
    if (lex.set.lightVerbs.has(t.lower)) return true;
    if (!t.word || lex.set.argumentWords.has(t.lower) || lex.set.referBackOpeners.has(t.lower) || lex.set.locativeWords.has(t.lower)) return false;
  }
  return false;
}

/** Fired event triggers of a unit, in text order. */
export function eventHits(unit: Unit, lex: Lexicon): EventHit[] {
  const toks = unit.tokens;
  const hits: EventHit[] = [];
  const isPlace = (m: MentionRef) => m.entity.type === 'place' && !m.inOrg;
  for (const m of lex.eventTriggers.findAll(toks)) {
    const trig = m.value;
    const first = toks[m.from]!;
    const last = toks[m.to - 1]!;
    const before = toks.slice(Math.max(0, m.from - 2), m.from).map((t) => t.lower);
    if (before.some((w) => lex.set.negations.has(w))) continue;
    // `since the establishment of …`: a definite trigger after a blocker refers back
    const definite = lex.lang === 'ar' ? first.definite : before[before.length - 1] === 'the';
    if (definite && before.some((w) => lex.set.triggerBlockers.has(w))) continue;
    const after = toks.slice(m.to, m.to + WINDOW);
    const afterEnd = tokenEnd(toks, m.to + WINDOW - 1, unit.end);
    let fire = false;
    switch (trig.form) {
      case 'verb':
        fire = true;
        // `visit` after `to` is a verb (`invited … to visit`); as a bare noun it needs an argument.
        break;
      case 'noun': {
        const next = toks[m.to];
        const argAfter = !!next && (lex.set.argumentWords.has(next.lower) || next.prefix.endsWith('ل'));
        const lightBefore = lightVerbBefore(toks, m.from, lex);
        const toBefore = lex.lang === 'en' && m.from > 0 && toks[m.from - 1]!.lower === 'to';
        const personBefore = lex.lang === 'en' && m.from > 0 && toks[m.from - 1]!.lower === "'s";
        fire = argAfter || lightBefore || toBefore || (personBefore && !!next && lex.set.argumentWords.has(next.lower));
        if (lex.lang === 'en' && first.lower === 'meeting' && next && (next.lower === 'with' || hasMentionIn(unit, next.start, next.end + 1, (x) => x.entity.type === 'person'))) fire = true;
        break;
      }
      case 'motion': {
        // a place right after a destination word, within the window
        fire = !!hasMentionIn(unit, last.end, afterEnd, (x) => {
          if (!isPlace(x)) return false;
          const w = wordBefore(unit, x.start);
          return lex.set.destinationWords.has(w.key) || w.attached.endsWith('ل') || w.attached.endsWith('ل') || (w.key === 'in' && /^arriv/.test(first.lower));
        });
        break;
      }
      case 'invite': {
        const far = tokenEnd(toks, m.to + 12, unit.end);
        fire = !!hasMentionIn(unit, last.end, far, (x) => isPlace(x) && (wordBefore(unit, x.start).key === 'to' || /ل$/.test(wordBefore(unit, x.start).attached)))
          || toks.slice(m.to, m.to + 12).some((t, k, arr) => (t.lower === 'visit' && arr[k - 1]?.lower === 'to') || (lex.lang === 'ar' && t.lower === 'زيارة' && t.prefix.endsWith('ل')));
        break;
      }
      case 'person-verb':
        fire = !!hasMentionIn(unit, last.end, tokenEnd(toks, m.to + (lex.lang === 'ar' ? 6 : 3), unit.end), (x) => x.entity.type === 'person');
        break;
      case 'envoy-verb':
        fire = after.slice(0, 4).some((t) => lex.set.envoyNouns.has(t.lower));
        break;
      case 'relations-verb': {
        if (m.from > 0 && lex.lang === 'en' && toks[m.from - 1]!.lower === 'to') break;
        const near = toks.slice(Math.max(0, m.from - 2 * WINDOW), m.to + WINDOW);
        const rel = lex.relationsNouns.findAll(near);
        fire = rel.some((r) => !trig.diplomatic || r.value.diplomatic);
        break;
      }
      case 'recognize':
        fire = !!hasMentionIn(unit, last.end, tokenEnd(toks, m.to + 3, unit.end), (x) => isCountry(x.entity) || x.entity.type === 'organization');
        break;
    }
    if (fire) hits.push({ kind: trig.kind, form: trig.form, from: m.from, to: m.to, start: first.start, end: last.end });
  }
  // Bodies set up or held (`a joint business council was established`) → other.
  for (let i = 0; i < toks.length; i++) {
    if (!lex.set.bodyNouns.has(toks[i]!.lower)) continue;
    const near = toks.slice(Math.max(0, i - 4), i + 4);
    const verb = near.find((t) => lex.set.setupVerbs.has(t.lower));
    if (!verb) continue;
    if (hasMentionIn(unit, toks[i]!.start, toks[i]!.end, (x) => x.entity.type === 'organization')) continue;
    hits.push({ kind: 'other', form: 'verb', from: i, to: i + 1, start: toks[i]!.start, end: toks[i]!.end });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Is the place mention at `offset` after a locative (`in`, `in the capital city of`, attached `ب`)? */
function afterLocative(unit: Unit, lex: Lexicon, offset: number): boolean {
  const w = wordBefore(unit, offset);
  if (lex.set.locativeWords.has(w.key) || /ب$/u.test(w.attached)) return true;
  if (w.attached) return false;
  const toks = unit.tokens;
  for (let j = tokenAt(toks, offset) - 1; j >= Math.max(0, tokenAt(toks, offset) - 5); j--) {
    const t = toks[j]!;
    if (lex.set.locativeWords.has(t.lower) || (lex.lang === 'ar' && /ب$/u.test(t.prefix) && lex.set.placeHeads.has(t.lower))) return true;
    if (!t.word || !lex.set.placeHeads.has(t.lower)) return false;
  }
  return false;
}

/** Where the unit's events happen: visit destinations and locatives, city over country. */
function locationOf(unit: Unit, lex: Lexicon, hits: readonly EventHit[], region: [number, number], ownCut: [number, number] | null, relationParties: readonly string[]): string | null {
  const hasVisit = hits.some((h) => h.kind === 'visit');
  const rank = (m: MentionRef): number => {
    const k = m.entity.placeKind;
    return k === 'city' ? 3 : k === 'country' || isCountry(m.entity) ? 1 : 2;
  };
  let best: MentionRef | null = null;
  const usable = (m: MentionRef) => m.entity.type === 'place' && !m.inOrg && m.mention.form !== 'demonym'
    && m.start >= region[0] && m.start < region[1] && m.start < unit.topicStart && !inRanges(unit.cuts.filter((c) => c !== ownCut), m.start)
    && !(unit.frame && m.start < unit.frame[1]);
  for (const m of unit.mentions) {
    if (!usable(m)) continue;
    const w = wordBefore(unit, m.start);
    const dest = hasVisit && (lex.set.destinationWords.has(w.key) || /ل$/u.test(w.attached));
    if (!dest && !afterLocative(unit, lex, m.start)) continue;
    if (!best || rank(m) > rank(best)) best = m;
  }
  if (best) return best.entity.id;
  // `Egypt, Syria, and Turkey was visited by …`: the visited places come before a passive trigger.
  const passive = hits.find((h) => h.kind === 'visit' && h.from > 0 && lex.set.passiveAux.has(unit.tokens[h.from - 1]!.lower));
  if (passive) {
    // the list of places right before the passive (`Egypt, Syria, and Turkey was visited`)
    const list: MentionRef[] = [];
    let edge = passive.start;
    for (const m of unit.mentions.filter((x) => usable(x) && x.end <= passive.start).reverse()) {
      const gap = unit.tokens.filter((t) => t.start >= m.end && t.end <= edge);
      if (gap.length > 2 || gap.some((t) => t.word && !['and', 'or', 'و', 'was', 'were', 'is', 'are'].includes(t.lower) && !lex.set.passiveAux.has(t.lower))) break;
      if (isCountry(m.entity) || m.entity.placeKind === 'city') list.unshift(m);
      edge = m.start;
    }
    return (list.find((m) => relationParties.includes(m.entity.id)) ?? list[0])?.entity.id ?? null;
  }
  return null;
}

/** Participants of a unit's events: people, the countries and organizations acting or represented. */
export function participantsOf(unit: Unit, lex: Lexicon, hits: readonly EventHit[], region: [number, number], ownCut: [number, number] | null, prevUnit: Unit | null, relationParties: readonly string[]): string[] {
  const out: string[] = [];
  const cuts = unit.cuts.filter((r) => r !== ownCut);
  const toks = unit.tokens;
  for (const m of unit.mentions) {
    if (m.start < region[0] || m.start >= region[1] || inRanges(cuts, m.start)) continue;
    const e = m.entity;
    const inFrame = !!unit.frame && m.start < unit.frame[1];
    if (e.type === 'person') {
      out.push(e.id);
      continue;
    }
    if (m.start >= unit.topicStart) continue;
    if (e.type === 'organization') {
      if (inFrame) continue;
      // an organization in a title (`CCP General Secretary Xi`) is not acting
      const i = tokenAt(toks, m.end);
      const titleOf = unit.mentions.some((p) => p.entity.type === 'person' && p.start >= m.end && tokenAt(toks, p.start) - i <= 2);
      if (titleOf) continue;
      if (lex.set.reportingVerbs.has(toks[i]?.lower ?? '')) continue;
      out.push(e.id);
      continue;
    }
    if (!isCountry(e)) continue;
    if (m.inOrg && unit.frame && m.inOrg.start < unit.frame[1]) continue;
    out.push(e.id);
  }
  // `he` before the trigger with no named person before it: the previous sentence's subject.
  const firstHit = hits[0];
  if (firstHit && prevUnit && lex.set.subjectPronouns.size) {
    const pron = toks.slice(0, firstHit.from).some((t) => lex.set.subjectPronouns.has(t.lower));
    const personBefore = unit.mentions.some((m) => m.entity.type === 'person' && m.start < firstHit.start);
    if (pron && !personBefore) {
      const subj = prevUnit.mentions.find((m) => m.entity.type === 'person');
      if (subj) out.unshift(subj.entity.id);
    }
  }
  if (unit.partyAnaphor) out.push(...relationParties);
  return [...new Set(out)];
}

interface Draft extends RelationEvent {
  unit: Unit;
  ownDate: string | null;
}

/** Equal, one inside the other (`2023` ⊃ `2023-09`), or a day inside a range. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  const inRange = (x: string, r: string) => {
    const [from, to] = r.split('/');
    return !!from && !!to && x.slice(0, from.length) >= from && x.slice(0, to.length) <= to;
  };
  return (b.includes('/') && inRange(a, b)) || (a.includes('/') && inRange(b, a));
}

const INHERITS_LOCATION: ReadonlySet<string> = new Set(['visit', 'meeting']);

export function extractEvents(an: Analysis, relationParties: readonly string[]): RelationEvent[] {
  const { lex, units } = an;
  const drafts: Draft[] = [];
  for (const unit of units) {
    const hits = eventHits(unit, lex);
    if (!hits.length || refersBack(unit, lex)) continue;
    // A trigger inside a background clause (`Following the normalisation of ties between …, …`):
    // that clause is where its participants, place and date are.
    const inCut = unit.cuts.find(([a, b]) => hits[0]!.start >= a && hits[0]!.start < b);
    const region: [number, number] = inCut ?? [unit.start, unit.end];
    const prev = unit.index > 0 && units[unit.index - 1]!.paragraph === unit.paragraph ? units[unit.index - 1]! : null;
    const participants = participantsOf(unit, lex, hits, region, inCut ?? null, prev, relationParties);
    if (!participants.length) continue;
    const location = locationOf(unit, lex, hits, region, inCut ?? null, relationParties);
    const own = inCut ? ownDate(unit, lex, unit.cuts.filter((c) => c !== inCut)) : unit.ownDate;
    const date = own ?? unit.date;
    const seen = new Set<EventKind>();
    for (const h of hits) {
      if (seen.has(h.kind)) continue;
      seen.add(h.kind);
      drafts.push({
        id: '', kind: h.kind, participants, location, date, unit, ownDate: own,
        evidence: unit.evidence, trigger: span(an.doc.text, h.start, h.end), ruleId: `${lex.lang}/event/${h.kind}`,
      });
    }
  }
  // Location and date from an adjacent event of the same occasion (shared participant, compatible date).
  drafts.forEach((d, i) => {
    if ((d.location !== null && d.date !== null) || !INHERITS_LOCATION.has(d.kind)) return;
    const people = (o: Draft) => o.participants.filter((x) => an.doc.entities.find((e) => e.id === x)?.type === 'person');
    const sameOccasion = (o: Draft, needPerson = false) =>
      (needPerson ? people(o) : o.participants).some((x) => d.participants.includes(x)) && compatibleDates(d.ownDate ?? d.date, o.date);
    const prev = drafts.slice(0, i).reverse().find((p) => p.unit !== d.unit);
    if (d.location === null && prev && prev.unit.paragraph === d.unit.paragraph && prev.location && sameOccasion(prev)) {
      d.location = prev.location;
      return;
    }
    // a news sentence per paragraph: the previous sentence's event at the same place and with the same people
    if (d.date === null && prev && prev.unit.index === d.unit.index - 1 && prev.date && sameOccasion(prev, true) && (!d.location || !prev.location || d.location === prev.location)) {
      d.date = prev.date;
      d.location ??= prev.location;
      return;
    }
    if (d.date === null) {
      const next = drafts.slice(i + 1).find((n) => n.unit !== d.unit);
      if (next && next.unit.index === d.unit.index + 1 && next.location && sameOccasion(next, true) && (!d.location || d.location === next.location)) {
        d.location = next.location;
        d.date = next.date;
      }
    }
  });
  return drafts.map(({ unit: _u, ownDate: _o, ...e }, i) => ({ ...e, id: `v${i + 1}` }));
}
