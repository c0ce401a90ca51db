import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateIob, goldSpans, readIob } from '../../src/eval/anercorp.js';

describe('IOB reading', () => {
  it('rebuilds text with sentence breaks and tolerates malformed tags', () => {
    const doc = readIob('زار B-PERS\nبشار B-PERS\nالأسد I-PERS\n. O\n\nدمشق B-LOC\nاليوم\n');
    expect(doc.text).toBe('زار بشار الأسد .\nدمشق اليوم\n');
    expect(doc.tags).toEqual(['B-PERS', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O']);
    expect(goldSpans(doc.tags)).toEqual([
      { type: 'PER', first: 0, last: 0 }, { type: 'PER', first: 1, last: 2 }, { type: 'LOC', first: 4, last: 4 },
    ]);
  });
  it.each([
    [['B-MIS1', 'I-MIS1', 'O'], []],
    [['I-ORG', 'I-ORG'], [{ type: 'ORG', first: 0, last: 1 }]],
    [['I--ORG', 'OO', 'B-PER'], [{ type: 'ORG', first: 0, last: 0 }, { type: 'PER', first: 2, last: 2 }]],
    [['B-LOC', 'I-PER'], [{ type: 'LOC', first: 0, last: 0 }, { type: 'PER', first: 1, last: 1 }]],
  ])('%j → spans', (tags, spans) => expect(goldSpans(tags)).toEqual(spans));
});

describe('evaluateIob', () => {
  it('scores exact token spans; a clitic inside a token still matches; demonyms are not predictions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iob-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, [
      'قال O', 'الرئيس O', 'السوري O', 'بشار B-PER', 'الأسد I-PER', 'إن O', 'بدمشق B-LOC', 'مدينة O', 'جميلة O', '. O', '',
      'وزار O', 'زيد B-PER', 'باريس O', '. O',
    ].join('\n'));
    const r = evaluateIob([file], 'aqmar');
    expect(r.perType.PER).toMatchObject({ gold: 2, correct: 1 });
    expect(r.perType.LOC).toMatchObject({ gold: 1, predicted: 2, correct: 1 });
    expect(r.overall.gold).toBe(3);
    expect(r.errors.some((e) => e.kind === 'spurious' && e.text === 'باريس')).toBe(true);
    expect(r.errors.some((e) => e.text === 'السوري')).toBe(false);
  });
});
