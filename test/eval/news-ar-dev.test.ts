import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsDevDocs, tokenizeLikeAnercorp, type NewsGold } from '../../src/eval/anercorp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldDir = path.join(root, 'fixtures', 'news-ar-dev');
const corpusPath = path.resolve(root, '..', 'shared', 'corpus', 'saudinewsnet-diplomacy-ar.jsonl');
const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();

describe('tokenizeLikeAnercorp', () => {
  it('cuts punctuation off words and keeps offsets into the text', () => {
    const text = 'قال الجبير، في (الرياض): «نعم».';
    const doc = tokenizeLikeAnercorp(text);
    expect(doc.tokens).toEqual(['قال', 'الجبير', '،', 'في', '(', 'الرياض', ')', ':', '«', 'نعم', '»', '.']);
    doc.tokens.forEach((t, i) => expect(text.slice(doc.starts[i], doc.ends[i])).toBe(t));
  });
});

describe('news-ar-dev gold', () => {
  it('has files that name their corpus line, with typed, ordered, minimal spans', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(29);
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
