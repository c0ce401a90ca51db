import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment, splitSentences } from '../../src/stages/segment.js';

const seed = (id: string) => readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');
const sentencesOf = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('segment: Wikipedia-style articles', () => {
  const text = seed('000_b13c348e54bd72e4');
  const s = segment(text);

  it('finds the title, infobox fields and sections with levels', () => {
    expect(s.format).toBe('wiki');
    expect(s.title?.text).toBe('Oman–Syria relations');
    expect(s.infobox.map((f) => f.key)).toEqual(['Title', 'Party1', 'Party2', 'Map', 'Mission1', 'Mission2', 'Envoytitle1', 'Envoy1', 'Envoytitle2', 'Envoy2', 'Flagvariant2']);
    expect(s.infobox.find((f) => f.key === 'Envoy1')?.value.text).toBe('Turki bin Mahmood al-Busaidy');
    expect(s.sections.map((x) => [x.level, x.heading.text])).toEqual([[2, 'History of relations'], [2, 'Economic ties'], [2, 'See also']]);
  });

  it('marks list items and keeps every span inside the text', () => {
    expect(s.paragraphs.filter((p) => p.kind === 'list-item').map((p) => text.slice(p.start, p.end))).toEqual(['- Foreign relations of Oman', '- Foreign relations of Syria']);
    for (const p of [...s.paragraphs, ...s.sentences]) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
    }
  });

  it('nests === sections inside == sections', () => {
    const china = segment(seed('002_e58c1d34bab61d8b'));
    const post = china.sections.find((x) => x.heading.text === 'Post-Assad regime')!;
    expect(post.level).toBe(3);
    const security = china.sections.find((x) => x.heading.text === 'Security cooperation')!;
    const civilWar = china.sections.find((x) => x.heading.text === 'Syrian Civil War')!;
    expect(civilWar.start).toBeGreaterThanOrEqual(security.start);
    expect(civilWar.end).toBeLessThanOrEqual(security.end);
  });

  it('splits a numbered list into one sentence per item without the number', () => {
    const text3 = seed('003_d42aa9d9aa8fc645');
    const items = segment(text3).paragraphs.filter((p) => p.kind === 'list-item');
    expect(items).toHaveLength(16);
    const sentences = segment(text3).sentences.map((x) => text3.slice(x.start, x.end));
    expect(sentences.filter((x) => /^\d+\.$/.test(x))).toEqual([]);
    expect(sentences).toContain('"Memorandum of mutual cooperation between the Azerbaijan National Library named after M. F. Akhundov and the al-Asad Library of the Syrian Arab Republic»;');
  });

  it('reports unbalanced headings and malformed infobox lines as diagnostics', () => {
    const input = '= T =\n\nInfobox\n- Party1: Oman\nnot a field\n- Empty:\n\n== History =\nText here.\n';
    const bad = segment(input);
    expect(bad.diagnostics.map((d) => d.code).sort()).toEqual(['infobox-empty-value', 'infobox-malformed', 'unbalanced-heading']);
    expect(bad.sections[0]?.heading.text).toBe('History');
    const oman = input.indexOf('Oman');
    expect(bad.infobox).toEqual([{ key: 'Party1', value: { start: oman, end: oman + 4, text: 'Oman' } }]);
  });
});

describe('segment: news articles', () => {
  const text = seed('001_83672ed39842b44a');
  const s = segment(text);

  it('finds sub-headings without punctuation, stripping stray &', () => {
    expect(s.format).toBe('news');
    expect(s.title).toBeNull();
    expect(s.sections.map((x) => x.heading.text)).toEqual(['زيارة المعلم', 'زيارة ابن علوي']);
  });

  it('tags paragraphs with their language', () => {
    expect(s.paragraphs.every((p) => p.language.code === 'ar')).toBe(true);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Missile sales were cancelled under U.S. pressure in 1991. China sold a reactor.', ['Missile sales were cancelled under U.S. pressure in 1991.', 'China sold a reactor.']],
    ['The library named after M. F. Akhundov opened. It grew.', ['The library named after M. F. Akhundov opened.', 'It grew.']],
    ['Dr. Smith met Gen. Lee on Jan. 5. They talked.', ['Dr. Smith met Gen. Lee on Jan. 5.', 'They talked.']],
    ['They return to China.In addition, envoys met.', ['They return to China.', 'In addition, envoys met.']],
    ['He said "it is over." Then he left.', ['He said "it is over."', 'Then he left.']],
    ['وصل الوزير إلى دمشق. والتقى الرئيس السوري؟ نعم.', ['وصل الوزير إلى دمشق.', 'والتقى الرئيس السوري؟', 'نعم.']],
    ['في المنطقة".& وكان يوسف بن علوي', ['في المنطقة".', 'وكان يوسف بن علوي']],
    ['Worth $2.2 billion in 2009. Next.', ['Worth $2.2 billion in 2009.', 'Next.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
