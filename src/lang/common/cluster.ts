import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { CandidateMention } from '../../core/document.js';
import type { Entity, Mention } from '../../core/types.js';
import { Coverage } from './coverage.js';
import { entityKey } from './keys.js';
import { tokenize } from './tokenize.js';

/** Same-type candidates never overlap: keep the longest (then the earliest) span. */
export function resolveOverlaps(candidates: readonly CandidateMention[]): CandidateMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const length = candidates.reduce((n, c) => Math.max(n, c.end), 0);
  const coverage = new Coverage(length);
  const kept: CandidateMention[] = [];
  for (const c of sorted) {
    const flag = TYPE_FLAG[c.type];
    if (coverage.any(c.start, c.end, flag)) continue;
    coverage.mark(c.start, c.end, flag);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const TYPE_FLAG = { person: 1, place: 2, organization: 4 } as const;

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ال', 'بن', 'ابن', 'أبو', 'ابو', 'آل']);

/** Name parts that can stand alone for the person (`Assad` for `Bashar al-Assad`, `Xie`). */
function nameParts(name: string): string[] {
  let parts = namePartsCache.get(name);
  if (!parts) {
    if (namePartsCache.size > 50_000) namePartsCache.clear();
    namePartsCache.set(name, (parts = computeNameParts(name)));
  }
  return parts;
}

/** Names recur across candidates and documents; their parts are computed once per process. */
const namePartsCache = new Map<string, string[]>();

function computeNameParts(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.word && !PARTICLES.has(t.lower))
    .map((t) => t.lower.replace(/^(al|el|ال)(?=\p{L}{3})/u, ''))
    .filter((p) => p.length >= 2);
}

function stripArticle(word: string): string {
  return word.replace(/^(al-|el-|al |ال)/iu, '');
}

/**
 * Groups candidates into entities. Places and organizations group by key; a person's short or
 * partial name (`Assad`, `al-Assad`, `ابن علوي`) joins the full name it matches in the same
 * document (Jaro–Winkler tolerates spelling variants such as `Muallem`/`Moallem`).
 */
export function clusterEntities(candidates: readonly CandidateMention[]): Entity[] {
  const resolved = resolveOverlaps(candidates);
  const groups = new Map<string, { first: CandidateMention; mentions: CandidateMention[] }>();
  const people = resolved.filter((c) => c.type === 'person');
  const full = people.filter((c) => nameParts(c.name).length >= 2);
  // Canonical full name per key; longer names first so `Yusuf bin Alawi bin Abdullah` wins.
  const fullNames = [...new Map(full.map((c) => [c.key, c])).values()].sort((a, b) => b.name.length - a.name.length);
  const fullCount = new Map<string, number>();
  for (const c of full) fullCount.set(c.key!, (fullCount.get(c.key!) ?? 0) + 1);

  for (const c of resolved) {
    let key = c.key ?? entityKey(c.type, c.name);
    if (c.type === 'person') key = personKey(c, fullNames, fullCount) ?? key;
    const g = groups.get(key);
    if (g) g.mentions.push(c);
    else groups.set(key, { first: c, mentions: [c] });
  }

  const entities: Entity[] = [];
  for (const [key, { mentions }] of groups) {
    const best = canonicalMention(mentions);
    const entity: Entity = {
      id: '',
      type: best.type,
      name: best.name,
      key,
      mentions: mentions.map(toMention),
    };
    const titles = [...new Set(mentions.flatMap((m) => m.titles ?? []))];
    if (titles.length) entity.titles = titles;
    const country = mentions.find((m) => m.country)?.country;
    if (country) entity.country = country;
    const placeKind = mentions.find((m) => m.placeKind)?.placeKind;
    if (placeKind) entity.placeKind = placeKind;
    entities.push(entity);
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.key.localeCompare(b.key));
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

function personKey(c: CandidateMention, fullNames: readonly CandidateMention[], fullCount: ReadonlyMap<string, number>): string | undefined {
  const parts = nameParts(c.name);
  if (parts.length >= 2 && fullNames.some((f) => f.key === c.key)) {
    // A shorter full name contained in a longer one (`Yusuf bin Alawi` in `Yusuf bin Alawi bin Abdullah`).
    const longer = fullNames.find((f) => f.key !== c.key && f.name.length > c.name.length && containsAll(nameParts(f.name), parts));
    return longer?.key;
  }
  if (parts.length === 0) return undefined;
  let best: CandidateMention | undefined;
  let bestScore = 0;
  for (const f of fullNames) {
    const fParts = nameParts(f.name);
    const matched = parts.every((p) => fParts.some((q) => q === p || (p.length > 4 && jaroWinkler(p, q) >= 0.92)));
    if (!matched) continue;
    const score = (fullCount.get(f.key!) ?? 0) + (stripArticle(f.name.split(/\s+/).pop() ?? '').toLowerCase() === parts[parts.length - 1] ? 0.5 : 0);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best?.key;
}

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.every((n) => haystack.includes(n));
}

function canonicalMention(mentions: readonly CandidateMention[]): CandidateMention {
  // Prefer a rule-given canonical name (gazetteers), else the longest name form.
  return [...mentions].sort((a, b) => Number(!!b.key && b.form !== 'short') - Number(!!a.key && a.form !== 'short') || b.name.length - a.name.length || a.start - b.start)[0]!;
}

function toMention(c: CandidateMention): Mention {
  const m: Mention = { start: c.start, end: c.end, text: c.text, ruleId: c.ruleId };
  if (c.form) m.form = c.form;
  return m;
}
