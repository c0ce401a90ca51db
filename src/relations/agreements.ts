import type { Agreement, AgreementKind, AgreementStatus } from '../core/types.js';
import { span, trimRange } from '../core/span.js';
import { inRanges, isCountry, wordBefore, type Analysis, type Unit } from './analysis.js';
import type { Lexicon, RelToken } from './lexicon.js';

/**
 * Agreements: an instrument noun (`memorandum of understanding`) tied to a status verb
 * (`signed`) in the same sentence; a commitment (`agreed to supply …`); a cancellation naming a
 * transaction of an earlier agreement (`sales … were cancelled`); each item of a list of signed
 * documents. Parties are countries (organizations that sign count as their country) and
 * international organizations; unnamed parties (`the two governments`) are the article's two.
 */

const NOUN_WINDOW = 10;
const STRENGTH: Record<AgreementStatus, number> = { signed: 4, agreed: 3, proposed: 2, other: 1, cancelled: 5 };

interface Match<T> { value: T; from: number; to: number }

function isPassive(toks: readonly RelToken[], verbFrom: number, lex: Lexicon): boolean {
  const prev = toks[verbFrom - 1];
  const prev2 = toks[verbFrom - 2];
  return !!prev && (lex.set.passiveAux.has(prev.lower) || (!!prev2 && lex.set.passiveAux.has(prev2.lower)));
}

function clauseBreak(toks: readonly RelToken[], a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) if ([';', '؛', '.', ':'].includes(toks[i]!.text)) return true;
  return false;
}

/** The instrument a status verb is about: nearest noun, before it in the passive, after it otherwise. */
function nounFor(toks: readonly RelToken[], verb: Match<AgreementStatus>, nouns: readonly Match<AgreementKind>[], lex: Lexicon): Match<AgreementKind> | null {
  let best: { n: Match<AgreementKind>; score: number } | null = null;
  const passive = isPassive(toks, verb.from, lex);
  for (const n of nouns) {
    const before = n.to <= verb.from;
    const dist = before ? verb.from - n.to : n.from - verb.to;
    if (dist < 0 || dist > NOUN_WINDOW || clauseBreak(toks, before ? n.to : verb.to, before ? verb.from : n.from)) continue;
    // `discussed the deal`, `under rehabilitation contracts`: a topic, not a concluded instrument
    const lead = toks.slice(Math.max(0, n.from - 3), n.from);
    if (lead.some((t) => lex.set.topicVerbs.has(t.lower)) && !lead.some((t) => t === toks[verb.from])) continue;
    const preferBefore = passive || dist === 0;
    const score = dist + (before === preferBefore ? 0 : 0.5);
    if (!best || score < best.score) best = { n, score };
  }
  return best?.n ?? null;
}

function negated(toks: readonly RelToken[], from: number, lex: Lexicon): boolean {
  return toks.slice(Math.max(0, from - 3), from).some((t) => lex.set.negations.has(t.lower));
}

/** A short subject: what follows `on`/`in the field of`, else the noun with its modifiers. */
function subjectOf(an: Analysis, unit: Unit, n: Match<AgreementKind>): string {
  const { lex } = an;
  const toks = unit.tokens;
  const text = an.doc.text;
  // skip `of understanding`/`of intent` already in the noun; find an introducer within 8 tokens
  for (let i = n.to; i < Math.min(toks.length, n.to + 8); i++) {
    const t = toks[i]!;
    if (!t.word && t.text !== '-') break;
    const intro = lex.subjectIntroducers.longestAt(toks, i);
    if (!intro) continue;
    let end = intro.end;
    while (end < toks.length && end < intro.end + 14) {
      const u = toks[end]!;
      if (!u.word && !['-', '–', '$', '¥', '%'].includes(u.text) && !/^\p{N}/u.test(u.text)) break;
      if (lex.subjectStops.longestAt(toks, end)) break;
      end++;
    }
    if (end > intro.end) {
      const [a, b] = trimRange(text, toks[intro.end]!.start, toks[end - 1]!.end);
      return text.slice(a, b);
    }
  }
  // modifiers before the noun: up to two words that are not determiners or verbs
  let from = n.from;
  const stop = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'on', 'signed', 'sign', 'its', 'their', 'his', 'her', 'two', 'new']);
  while (from > 0 && n.from - from < 2) {
    const t = toks[from - 1]!;
    if (!t.word || stop.has(t.lower) || t.upper || /^\p{N}/u.test(t.text) || lex.agreementVerbs.longestAt(toks, from - 1)) break;
    from--;
  }
  const [a, b] = trimRange(text, toks[from]!.start, toks[n.to - 1]!.end);
  return text.slice(a, b);
}

/** Parties named in [from, to) of a unit: countries, and organizations without a country. */
function partiesIn(unit: Unit, lex: Lexicon, from: number, to: number, cuts: readonly [number, number][]): string[] {
  const out: string[] = [];
  for (const m of unit.mentions) {
    if (m.start < from || m.start >= to || inRanges(cuts, m.start)) continue;
    if (unit.frame && m.start < unit.frame[1] && m.entity.type !== 'place') continue;
    const w = wordBefore(unit, m.start);
    if (lex.set.nonPartyWords.has(w.key)) continue;
    if (isCountry(m.entity)) out.push(m.entity.id);
    else if (m.entity.type === 'organization' && !m.entity.country && !unit.mentions.some((x) => x.inOrg === m && isCountry(x.entity))) {
      if (unit.frame && m.start < unit.frame[1]) continue;
      out.push(m.entity.id);
    }
  }
  return [...new Set(out)];
}

function withArticleParties(parties: string[], relationParties: readonly string[]): string[] {
  if (parties.length >= 2 || relationParties.length < 2) return parties;
  return [...new Set([...parties, ...relationParties])];
}

interface Draft extends Omit<Agreement, 'id'> { unit: Unit }

export function extractAgreements(an: Analysis, relationParties: readonly string[]): Agreement[] {
  const { lex, units, doc } = an;
  const text = doc.text;
  const drafts: Draft[] = [];
  let listIntro: { unit: Unit; status: AgreementStatus } | null = null;

  for (const unit of units) {
    const toks = unit.tokens;
    const nouns = lex.agreementNouns.findAll(toks);
    const verbs = lex.agreementVerbs.findAll(toks).filter((v) => !negated(toks, v.from, lex));

    // Lists of signed documents: `… resulted in the signing of 14 documents:` + numbered items.
    if (unit.kind === 'list-item') {
      if (listIntro && nouns.length) {
        const n = nouns[0]!;
        drafts.push({
          kind: n.value, subject: subjectOf(an, unit, n),
          parties: withArticleParties(partiesIn(unit, lex, unit.start, unit.end, []), relationParties),
          date: unit.date, status: listIntro.status, evidence: unit.evidence,
          trigger: span(text, toks[n.from]!.start, toks[n.to - 1]!.end), ruleId: `${lex.lang}/agreement/list-item`, unit,
        });
        continue;
      }
    } else {
      listIntro = null;
      const last = toks[toks.length - 1];
      const introVerb = verbs.find((v) => v.value === 'signed' || v.value === 'agreed');
      if (last && last.text === ':' && (introVerb || toks.some((t) => lex.set.documentNouns.has(t.lower)))) {
        listIntro = { unit, status: introVerb?.value ?? 'signed' };
        continue;
      }
    }

    const cuts = unit.cuts.filter(([a, b]) => !verbs.some((v) => toks[v.from]!.start >= a && toks[v.from]!.start < b));
    const parties = () => withArticleParties(partiesIn(unit, lex, unit.start, unit.end, cuts), relationParties);
    const taken = new Map<Match<AgreementKind>, Draft>();
    const unitDrafts: Draft[] = [];
    // `signed … to conclude an agreement on gas`: an infinitive names the purpose, not a second instrument
    const infinitive = (v: Match<AgreementStatus>) => v.from > 0 && ['to', 'ل'].includes(toks[v.from - 1]!.lower);
    for (const v of [...verbs.filter((x) => !infinitive(x)), ...verbs.filter(infinitive)]) {
      if (infinitive(v) && unitDrafts.length) continue;
      const n = nounFor(toks, v, nouns, lex);
      if (n) {
        const prior = taken.get(n);
        if (prior) {
          if (STRENGTH[v.value] > STRENGTH[prior.status]) prior.status = v.value;
          continue;
        }
        const d: Draft = {
          kind: n.value, subject: subjectOf(an, unit, n), parties: parties(), date: unit.date, status: v.value,
          evidence: unit.evidence, trigger: span(text, toks[Math.min(v.from, n.from)]!.start, toks[Math.max(v.to, n.to) - 1]!.end),
          ruleId: `${lex.lang}/agreement/instrument`, unit,
        };
        taken.set(n, d);
        unitDrafts.push(d);
        continue;
      }
      // A cancellation naming a transaction of the paragraph's latest agreement (`sales … were cancelled`).
      if (v.value === 'cancelled') {
        const objIdx = toks.slice(Math.max(0, v.from - NOUN_WINDOW), v.to + 4).findIndex((t) => lex.set.transactionNouns.has(t.lower));
        const earlier = [...drafts].reverse().find((d) => d.unit.paragraph === unit.paragraph && d.unit.index >= unit.index - 3);
        if (objIdx >= 0 && earlier) {
          const oi = Math.max(0, v.from - NOUN_WINDOW) + objIdx;
          const [a, b] = trimRange(text, toks[Math.max(0, oi - 1)]!.word && !/^(the|a|an)$/i.test(toks[Math.max(0, oi - 1)]!.text) ? toks[Math.max(0, oi - 1)]!.start : toks[oi]!.start, toks[Math.min(toks.length - 1, oi + 3)]!.end);
          unitDrafts.push({
            kind: earlier.kind, subject: text.slice(a, b), parties: earlier.parties, date: unit.date, status: 'cancelled',
            evidence: unit.evidence, trigger: span(text, toks[v.from]!.start, toks[v.to - 1]!.end), ruleId: `${lex.lang}/agreement/cancellation`, unit,
          });
        }
      }
    }
    // Commitments without a named instrument: `agreed to supply …` (procedural `agreed to discuss` → none).
    if (!unitDrafts.length) {
      for (const c of lex.commitmentVerbs.findAll(toks)) {
        if (negated(toks, c.from, lex)) continue;
        let kind: AgreementKind | null | undefined;
        let at = -1;
        for (let i = c.to; i < Math.min(toks.length, c.to + 5); i++) {
          if (!toks[i]!.word) break;
          const comp = lex.commitmentComplements.longestAt(toks, i);
          if (comp) {
            kind = comp.value.kind;
            at = i;
            break;
          }
        }
        if (kind === undefined || kind === null) continue;
        let end = at;
        while (end < toks.length && end < at + 14 && (toks[end]!.word || ['-', '–'].includes(toks[end]!.text))) end++;
        const [a, b] = trimRange(text, toks[at]!.start, toks[end - 1]!.end);
        unitDrafts.push({
          kind, subject: text.slice(a, b), parties: parties(), date: unit.date, status: c.value, evidence: unit.evidence,
          trigger: span(text, toks[c.from]!.start, toks[at]!.end), ruleId: `${lex.lang}/agreement/commitment`, unit,
        });
        break;
      }
    }
    drafts.push(...unitDrafts);
  }
  return drafts.map(({ unit: _u, ...a }, i) => ({ id: `a${i + 1}`, ...a }));
}
