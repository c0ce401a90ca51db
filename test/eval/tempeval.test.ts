import { describe, it, expect } from 'vitest';
import { parseTimeML, stripTimeML } from '../../src/eval/timeml.js';
import { normalizeGoldValue, scoreDocument } from '../../src/eval/tempeval.js';
import type { DateMention } from '../../src/core/types.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>
AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1989-11-01" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3> it <EVENT eid="e1" class="OCCURRENCE">sold</EVENT> shares, up from <TIMEX3 tid="t2" type="DATE" value="1988-Q3">the year-ago quarter</TIMEX3>, for <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3> <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML reader', () => {
  const doc = parseTimeML(TML);

  it('reads the id, the DCT and the raw text with entities decoded', () => {
    expect(doc.id).toBe('wsj_test');
    expect(doc.dct).toBe('1989-11-02');
    expect(doc.text).toBe('\nAT&T said yesterday it sold shares, up from the year-ago quarter, for two years now.\n');
  });

  it('gives TIMEX3 offsets into the raw text', () => {
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['yesterday', 'DATE', '1989-11-01'],
      ['the year-ago quarter', 'DATE', '1988-Q3'],
      ['two years', 'DURATION', 'P2Y'],
      ['now', 'DATE', 'PRESENT_REF'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('strips nested markup without a TIMEX3', () => {
    expect(stripTimeML('a <EVENT eid="e1">b</EVENT> &lt;c&gt;').text).toBe('a b <c>');
  });
});

describe('TempEval gold values and scoring', () => {
  it.each([
    ['1998-01-14', '1998-01-14'], ['1995-XX-XX', '1995'], ['1998-08-XX', '1998-08'], ['199X', '199'],
    ['19XX', '19'], ['1999-10-07TNI', '1999-10-07'], ['2000-W7', '2000-W07'], ['1989-Q3', '1989-Q3'],
  ])('normalizes %s → %s', (raw, norm) => {
    expect(normalizeGoldValue(raw)).toBe(norm);
  });

  it.each(['PRESENT_REF', 'PAST_REF', 'XXXX-WI', '1989-WXX', 'P2Y'])('ignores %s', (raw) => {
    expect(normalizeGoldValue(raw)).toBeNull();
  });

  it('matches on overlap and value, and drops predictions over ignored TIMEX3', () => {
    const doc = parseTimeML(TML);
    const at = (s: string, value: string, kind: DateMention['kind'] = 'relative'): DateMention => {
      const start = doc.text.indexOf(s);
      return { start, end: start + s.length, text: s, value, kind, granularity: 'day', ruleId: 'en/date/test' };
    };
    const score = scoreDocument(doc, [at('yesterday', '1989-11-01'), at('two years', '1987'), at('sold', '1989-11')]);
    expect(score.gold).toBe(2); // yesterday + the quarter
    expect(score.predicted).toBe(2); // `two years` overlaps an ignored DURATION: dropped
    expect(score.tp).toBe(1);
    expect(score.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious']);
  });
});
