import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsEnDocs, tbaqDirIn, type NewsEnGold } from '../../src/eval/news-en.js';
import { parseTimeML } from '../../src/eval/timeml.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tbaq = tbaqDirIn(path.resolve(root, '..', 'shared', 'eval'));
const sets = [
  { name: 'news-en-dev', minFiles: 19 },
  { name: 'news-en-test', minFiles: 18 },
];
const filesOf = (name: string) => fs.readdirSync(path.join(root, 'fixtures', name)).filter((f) => f.endsWith('.json')).sort();

for (const { name, minFiles } of sets) {
  const goldDir = path.join(root, 'fixtures', name);
  const goldFiles = filesOf(name);

  describe(`${name} gold`, () => {
    it('has files named after their AQUAINT document, with typed, ordered, flat, minimal spans', () => {
      expect(goldFiles.length).toBeGreaterThanOrEqual(minFiles);
      for (const f of goldFiles) {
        const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as NewsEnGold;
        expect(g.doc, f).toBe(`AQUAINT/${f.replace(/\.json$/, '.tml')}`);
        let prevEnd = -1;
        for (const e of g.entities) {
          expect(['PER', 'LOC', 'ORG'], `${f} ${e.start}`).toContain(e.type);
          expect(e.start, `${f} ${e.start} overlaps the previous span`).toBeGreaterThanOrEqual(prevEnd);
          expect(e.end - e.start, `${f} ${e.start}`).toBe(e.text.length);
          expect(e.text, `${f} ${e.start}`).not.toMatch(/^[\s"'.,]|[\s"',]$/);
          prevEnd = e.end;
        }
      }
    });

    it.skipIf(!fs.existsSync(tbaq))('matches the TimeML text at every span and scores every file', () => {
      for (const f of goldFiles) {
        const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as NewsEnGold;
        const text = parseTimeML(fs.readFileSync(path.join(tbaq, g.doc), 'utf8'), g.doc).text;
        for (const e of g.entities) expect(text.slice(e.start, e.end), `${f} ${e.start}`).toBe(e.text);
      }
      const docs = newsEnDocs(tbaq, goldDir);
      expect(docs).toHaveLength(goldFiles.length);
      expect(docs.every((d) => d.gold.length > 0 && (d.mentions?.length ?? 0) > 0)).toBe(true);
    });
  });
}

describe('news-en-test', () => {
  it('holds out documents the development set does not have', () => {
    const dev = new Set(filesOf('news-en-dev'));
    expect(filesOf('news-en-test').filter((f) => dev.has(f))).toEqual([]);
  });
});
