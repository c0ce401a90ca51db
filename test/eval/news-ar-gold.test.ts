import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsDevDocs, tokenizeLikeAnercorp, type NewsGold } from '../../src/eval/anercorp.js';
import { scoreNewsDates, type NewsDatesGold } from '../../src/eval/news-dates.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusPath = path.resolve(root, '..', 'shared', 'corpus', 'saudinewsnet-diplomacy-ar.jsonl');

describe('tokenizeLikeAnercorp', () => {
  it('cuts punctuation off words and keeps offsets into the text', () => {
    const text = 'قال الجبير، في (الرياض): «نعم».';
    const doc = tokenizeLikeAnercorp(text);
    expect(doc.tokens).toEqual(['قال', 'الجبير', '،', 'في', '(', 'الرياض', ')', ':', '«', 'نعم', '»', '.']);
    doc.tokens.forEach((t, i) => expect(text.slice(doc.starts[i], doc.ends[i])).toBe(t));
  });
});

const entitySets = [
  { name: 'news-ar-dev', minFiles: 29 },
  { name: 'news-ar-test', minFiles: 15 },
];

for (const { name, minFiles } of entitySets) {
  const goldDir = path.join(root, 'fixtures', name);
  const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();

  describe(`${name} gold`, () => {
    it('has files that name their corpus line, with typed, ordered, minimal spans', () => {
      expect(goldFiles.length).toBeGreaterThanOrEqual(minFiles);
      for (const f of goldFiles) {
        const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as NewsGold;
        expect(f, f).toBe(`${String(g.index).padStart(3, '0')}.json`);
        let prevEnd = -1;
        for (const e of g.entities) {
          expect(['PER', 'LOC', 'ORG'], `${f} ${e.start}`).toContain(e.type);
          expect(e.start, `${f} ${e.start} overlaps the previous span`).toBeGreaterThanOrEqual(prevEnd);
          expect(e.end - e.start, `${f} ${e.start}`).toBe(e.text.length);
          expect(e.text, `${f} ${e.start}`).not.toMatch(/^\s|\s$/);
          prevEnd = e.end;
        }
      }
    });

    it.skipIf(!fs.existsSync(corpusPath))('matches the corpus text at every span', () => {
      const articles = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
      for (const f of goldFiles) {
        const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as NewsGold;
        const content = (JSON.parse(articles[g.index]!) as { url: string; content: string });
        expect(content.url, f).toBe(g.url);
        for (const e of g.entities) expect(content.content.slice(e.start, e.end), `${f} ${e.start}`).toBe(e.text);
      }
      const docs = newsDevDocs(corpusPath, goldDir);
      expect(docs).toHaveLength(goldFiles.length);
      expect(docs.every((d) => d.gold.length > 0)).toBe(true);
    });
  });
}

describe('news-ar-test', () => {
  it('holds out articles the development set does not have', () => {
    const indices = (dir: string) => fs.readdirSync(path.join(root, 'fixtures', dir)).filter((f) => f.endsWith('.json'));
    const dev = new Set(indices('news-ar-dev'));
    expect(indices('news-ar-test').filter((f) => dev.has(f))).toEqual([]);
  });
});

describe('news-ar-dev-dates gold', () => {
  const datesDir = path.join(root, 'fixtures', 'news-ar-dev-dates');
  const dateFiles = fs.readdirSync(datesDir).filter((f) => f.endsWith('.json')).sort();
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'article.schema.json'), 'utf8')) as { $defs: { dateValue: { pattern: string } } };
  const valuePattern = new RegExp(schema.$defs.dateValue.pattern);

  it('has well-formed files: schema values, known kinds, ordered spans, a reference date', () => {
    expect(dateFiles.length).toBeGreaterThanOrEqual(29);
    for (const f of dateFiles) {
      const g = JSON.parse(fs.readFileSync(path.join(datesDir, f), 'utf8')) as NewsDatesGold;
      expect(f).toBe(`${String(g.index).padStart(3, '0')}.json`);
      expect(g.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      let prevEnd = -1;
      for (const d of g.dates) {
        expect(['date', 'range', 'relative', 'duration'], `${f} ${d.start}`).toContain(d.kind);
        if (d.value !== null) expect(d.value, `${f} ${d.start}`).toMatch(valuePattern);
        expect(d.start, `${f} ${d.start}`).toBeGreaterThanOrEqual(prevEnd);
        expect(d.end - d.start).toBe(d.text.length);
        prevEnd = d.end;
      }
    }
  });

  it.skipIf(!fs.existsSync(corpusPath))('matches the corpus text at every span, and scores', () => {
    const articles = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (const f of dateFiles) {
      const g = JSON.parse(fs.readFileSync(path.join(datesDir, f), 'utf8')) as NewsDatesGold;
      const a = JSON.parse(articles[g.index]!) as { url: string; content: string; date_extracted: string };
      expect(a.url, f).toBe(g.url);
      expect(a.date_extracted.slice(0, 10), f).toBe(g.referenceDate);
      for (const d of g.dates) expect(a.content.slice(d.start, d.end), `${f} ${d.start}`).toBe(d.text);
    }
    const score = scoreNewsDates(corpusPath, datesDir);
    expect(score?.articles).toBe(dateFiles.length);
  });
});
