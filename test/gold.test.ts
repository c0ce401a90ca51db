import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(root, 'fixtures', 'gold');
const seedDir = path.join(root, 'seeds');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'gold.schema.json'), 'utf8'));

interface Span { start: number; end: number; text: string }
interface Mention extends Span { form?: string }
interface Entity { id: string; type: string; name: string; key: string; mentions: Mention[] }
interface DateAnn extends Span { value: string | null; kind: string; granularity?: string }
interface Agreement { id: string; parties: string[]; evidence: Span }
interface Event { id: string; participants: string[]; location: string | null; evidence: Span }
interface Gold { id: string; language?: string; entities: Entity[]; dates: DateAnn[]; agreements: Agreement[]; events: Event[] }

const goldFiles = fs.existsSync(goldDir)
  ? fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
  : [];

// ajv/dist/2020.js is CommonJS: the class is the default export (or .default of it).
const AjvCtor = ((Ajv2020 as unknown as { default?: unknown }).default ?? Ajv2020) as typeof Ajv2020;
const ajv = new AjvCtor({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** leading/trailing whitespace or punctuation (Unicode classes, incl. Arabic comma, quotes, tatweel-free) */
const BAD_EDGE = /^[\s\p{P}\p{S}]|[\s\p{P}\p{S}]$/u;
/** Dotted abbreviations keep their final period (`U.S.`): the period is part of the word. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
const badEdge = (text: string) => BAD_EDGE.test(text) && !DOTTED_ABBREVIATION.test(text);
const PREFIX: Record<string, string> = { person: 'person:', place: 'place:', organization: 'org:' };
/** ISO 8601 point (year, month, day, week, season, decade, century), interval a/b (open ends ".."), or duration */
const POINT = '(?:\\d{2,4}(?:-(?:\\d{2}(?:-\\d{2})?|W\\d{2}|SP|SU|FA|WI))?|\\.\\.)';
const DATE_VALUE = new RegExp(`^(?:${POINT}(?:/${POINT})?|P(?:\\d+[YMWD])+(?:T(?:\\d+[HMS])+)?)$`);

const keyTypes = new Map<string, { type: string; file: string }>();

describe('gold fixtures', () => {
  it('there is at least one gold file', () => {
    expect(goldFiles.length).toBeGreaterThan(0);
  });

  for (const file of goldFiles) {
    describe(file, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as Gold;
      const seedPath = path.join(seedDir, `${gold.id}.txt`);
      const input = fs.existsSync(seedPath) ? fs.readFileSync(seedPath, 'utf8') : '';

      const checkSpan = (s: Span, where: string): void => {
        expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`).toBe(true);
        expect(s.start >= 0 && s.start < s.end && s.end <= input.length, `${where}: 0 <= start < end <= length (${s.start}, ${s.end})`).toBe(true);
        expect(input.slice(s.start, s.end), `${where}: text === input.slice(start, end)`).toBe(s.text);
      };

      it('file name matches id and the seed exists', () => {
        expect(file).toBe(`${gold.id}.json`);
        expect(fs.existsSync(seedPath), seedPath).toBe(true);
      });

      it('validates against schemas/gold.schema.json', () => {
        const ok = validate(gold);
        expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
      });

      it('every span matches the seed text', () => {
        for (const e of gold.entities) for (const [i, m] of e.mentions.entries()) checkSpan(m, `${e.id}.mentions[${i}]`);
        for (const [i, d] of gold.dates.entries()) checkSpan(d, `dates[${i}]`);
        for (const a of gold.agreements) checkSpan(a.evidence, `${a.id}.evidence`);
        for (const ev of gold.events) checkSpan(ev.evidence, `${ev.id}.evidence`);
      });

      it('mention and date spans are minimal (no edge whitespace or punctuation)', () => {
        for (const e of gold.entities) for (const m of e.mentions) {
          expect(badEdge(m.text), `${e.id} mention "${m.text}" at ${m.start}`).toBe(false);
        }
        for (const d of gold.dates) expect(BAD_EDGE.test(d.text), `date "${d.text}" at ${d.start}`).toBe(false);
      });

      it('mentions of the same type never overlap', () => {
        const byType = new Map<string, Array<Mention & { entity: string }>>();
        for (const e of gold.entities) {
          const list = byType.get(e.type) ?? [];
          for (const m of e.mentions) list.push({ ...m, entity: e.id });
          byType.set(e.type, list);
        }
        for (const [type, list] of byType) {
          list.sort((a, b) => a.start - b.start || a.end - b.end);
          for (let i = 1; i < list.length; i++) {
            const prev = list[i - 1]!;
            const cur = list[i]!;
            expect(cur.start >= prev.end,
              `${type}: ${prev.entity} "${prev.text}" [${prev.start},${prev.end}) overlaps ${cur.entity} "${cur.text}" [${cur.start},${cur.end})`).toBe(true);
          }
        }
      });

      it('ids are unique and every reference resolves', () => {
        const ids = gold.entities.map((e) => e.id);
        expect(new Set(ids).size, 'entity ids unique').toBe(ids.length);
        const recIds = [...gold.agreements.map((a) => a.id), ...gold.events.map((e) => e.id)];
        expect(new Set(recIds).size, 'agreement/event ids unique').toBe(recIds.length);
        const known = new Set(ids);
        for (const a of gold.agreements) for (const p of a.parties) expect(known.has(p), `${a.id} party ${p}`).toBe(true);
        for (const ev of gold.events) {
          for (const p of ev.participants) expect(known.has(p), `${ev.id} participant ${p}`).toBe(true);
          if (ev.location !== null) expect(known.has(ev.location), `${ev.id} location ${ev.location}`).toBe(true);
        }
      });

      it('keys are consistent: prefix matches type, one entity per key, same key same type across files', () => {
        const seen = new Set<string>();
        for (const e of gold.entities) {
          expect(e.key.startsWith(PREFIX[e.type] ?? '?'), `${e.id} key ${e.key} vs type ${e.type}`).toBe(true);
          expect(seen.has(e.key), `key ${e.key} used by two entities in ${file}`).toBe(false);
          seen.add(e.key);
          const prev = keyTypes.get(e.key);
          if (prev) expect(prev.type, `key ${e.key}: ${prev.type} in ${prev.file}, ${e.type} in ${file}`).toBe(e.type);
          else keyTypes.set(e.key, { type: e.type, file });
        }
      });

      it('date values are ISO 8601 (or null)', () => {
        for (const d of gold.dates) {
          if (d.value !== null) expect(DATE_VALUE.test(d.value), `date "${d.text}" value ${d.value}`).toBe(true);
        }
      });
    });
  }
});
