import { describe, expect, it } from 'vitest';
import type { ExtractionContext } from '../../src/core/document.js';
import { clusterEntities } from '../../src/lang/common/cluster.js';
import { extractEnglishMentions } from '../../src/lang/en/entities.js';
import { CITIES as AR_CITIES, REGIONS as AR_REGIONS } from '../../src/lang/ar/gazetteer-places.js';
import { ORGANIZATIONS as AR_ORGANIZATIONS } from '../../src/lang/ar/gazetteer-orgs.js';
import { NEWS_ORGANIZATIONS as AR_NEWS_ORGANIZATIONS, NEWS_PEOPLE as AR_NEWS_PEOPLE } from '../../src/lang/ar/names-news.js';
import { MORE_PEOPLE as AR_MORE_PEOPLE, PEOPLE as AR_PEOPLE } from '../../src/lang/ar/bilingual.js';
import { lexicon as arabicLexicon } from '../../src/lang/ar/lexicon.js';
import { normalizeKey } from '../../src/lang/ar/normalize.js';
import { unambiguousName, unambiguousPlaceName } from '../../src/lang/en/world-cities.js';

const ctx = (text: string): ExtractionContext => ({ text, referenceDate: null, sentences: [], paragraphs: [], title: null, infobox: [] });

/** [text, type, key] of every entity mention, in text order. */
function mentions(text: string): [string, string, string][] {
  const entities = clusterEntities(extractEnglishMentions(ctx(text)));
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ m, e })))
    .sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end)
    .map(({ m, e }) => [m.text, e.type, e.key]);
}

/** The Arabic lexicon's entry for a phrase written in Arabic, looked up in one of its tries. */
function arabicEntry(root: ReadonlyMap<string, { children: ReadonlyMap<string, unknown>; entry?: { key: string } }>, ar: string): { key: string } | undefined {
  let node: { children: ReadonlyMap<string, unknown>; entry?: { key: string } } | undefined;
  for (const [k, w] of normalizeKey(ar).split(' ').entries()) node = (k === 0 ? root.get(w) : node?.children.get(w)) as typeof node;
  return node?.entry;
}

describe('English people: titles outside the span, particles inside', () => {
  it.each([
    ['Syrian President Bashar al-Assad visited China.', ['Bashar al-Assad', 'person', 'person:bashar-al-assad']],
    ['Omani Foreign Minister Yusuf bin Alawi bin Abdullah said so.', ['Yusuf bin Alawi bin Abdullah', 'person', 'person:yusuf-bin-alawi-bin-abdullah']],
    ['Shaikh Abdulaziz bin Abdullah al Hinai held a meeting.', ['Abdulaziz bin Abdullah al Hinai', 'person', 'person:abdulaziz-bin-abdullah-al-hinai']],
    ['He met CCP General Secretary Xi Jinping for talks.', ['Xi Jinping', 'person', 'person:xi-jinping']],
    ["China's Special Envoy on the Middle East Issue Wu Sike dealt with it.", ['Wu Sike', 'person', 'person:wu-sike']],
    ['Defence Minister of China, General Chi Haotian, met him.', ['Chi Haotian', 'person', 'person:chi-haotian']],
    ['In August 2016 Guan Youfei, Director of the office, spoke.', ['Guan Youfei', 'person', 'person:guan-youfei']],
    ['The library named after M. F. Akhundov opened.', ['M. F. Akhundov', 'person', 'person:m-f-akhundov']],
  ])('%s', (text, expected) => {
    expect(mentions(text).filter(([, type]) => type === 'person')).toEqual([expected]);
  });

  it('clusters later short names with the full name', () => {
    const text = 'President Bashar al-Assad met Walid Muallem. Later Assad and Muallem spoke, and President al-Assad left.';
    expect(mentions(text).filter(([, t]) => t === 'person')).toEqual([
      ['Bashar al-Assad', 'person', 'person:bashar-al-assad'],
      ['Walid Muallem', 'person', 'person:walid-muallem'],
      ['Assad', 'person', 'person:bashar-al-assad'],
      ['Muallem', 'person', 'person:walid-muallem'],
      ['al-Assad', 'person', 'person:bashar-al-assad'],
    ]);
  });

  it.each([
    ['the Omani Foreign Minister traveled to Damascus'],
    ['The Foreign Minister, Prime Minister, and President of Syria met.'],
    ['The al-Asad Library of the Syrian Arab Republic'],
    ['Missile sales were cancelled under U.S. pressure.'],
  ])('finds no person in %s', (text) => {
    expect(mentions(text).filter(([, t]) => t === 'person')).toEqual([]);
  });
});

describe('English places: countries, official names, demonyms, cities, regions', () => {
  it.each([
    ['relations between the Sultanate of Oman and Syria', [['Sultanate of Oman', 'place:OM'], ['Syria', 'place:SY']]],
    ["Syria did not recognize the People's Republic of China", [['Syria', 'place:SY'], ["People's Republic of China", 'place:CN']]],
    ['the Syrian Arab Republic and the Republic of Azerbaijan', [['Syrian Arab Republic', 'place:SY'], ['Republic of Azerbaijan', 'place:AZ']]],
    ['Omani-Syrian relations in the Persian Gulf', [['Omani', 'place:OM'], ['Syrian', 'place:SY'], ['Persian Gulf', 'place:persian-gulf']]],
    ["China's embassy in Damascus", [['China', 'place:CN'], ['Damascus', 'place:damascus']]],
    ['Golan Heights and Xinjiang, via Turkey and Georgia', [['Golan Heights', 'place:golan-heights'], ['Xinjiang', 'place:xinjiang'], ['Turkey', 'place:TR'], ['Georgia', 'place:GE']]],
  ])('%s', (text, expected) => {
    expect(mentions(text).filter(([, t]) => t === 'place').map(([m, , k]) => [m, k])).toEqual(expected);
  });

  it('marks demonyms with form demonym and the country code', () => {
    const entities = clusterEntities(extractEnglishMentions(ctx('Syrian officials met Chinese envoys.')));
    const syria = entities.find((e) => e.key === 'place:SY')!;
    expect(syria.country).toBe('SY');
    expect(syria.mentions[0]).toMatchObject({ text: 'Syrian', form: 'demonym' });
  });

  it.each([['Arab states of the Gulf'], ['Western imperialism'], ['the new china cabinet']])('no country in %s', (text) => {
    expect(mentions(text).filter(([, , k]) => /^place:[A-Z]{2}$/.test(k))).toEqual([]);
  });
});

describe('English organizations', () => {
  it.each([
    ['Embassy of Syria in Muscat', 'Embassy of Syria in Muscat', 'org:embassy-of-syria-in-muscat'],
    ['between the Ministry of Agriculture of the Republic of Azerbaijan and the other', 'Ministry of Agriculture of the Republic of Azerbaijan', 'org:ministry-of-agriculture-of-azerbaijan'],
    ['the government of the Syrian Arab Republic signed', 'government of the Syrian Arab Republic', 'org:government-of-syria'],
    ['isolating the Syrian government', 'Syrian government', 'org:government-of-syria'],
    ['the Omani foreign ministry reported', 'Omani foreign ministry', 'org:ministry-of-foreign-affairs-of-oman'],
    ['members of the Arab League', 'Arab League', 'org:arab-league'],
    ['the Al-Furat Petroleum Company, the main consortium', 'Al-Furat Petroleum Company', 'org:al-furat-petroleum-company'],
  ])('%s', (text, span, key) => {
    expect(mentions(text).filter(([, t]) => t === 'organization')).toEqual([[span, 'organization', key]]);
  });

  it('links a parenthesized abbreviation and its later uses to the organization', () => {
    const text = 'Syria joined the China-Arab States Cooperation Forum (CASCF). Later CASCF met.';
    expect(mentions(text).filter(([, t]) => t === 'organization')).toEqual([
      ['China-Arab States Cooperation Forum', 'organization', 'org:china-arab-states-cooperation-forum'],
      ['CASCF', 'organization', 'org:china-arab-states-cooperation-forum'],
      ['CASCF', 'organization', 'org:china-arab-states-cooperation-forum'],
    ]);
  });

  it('keeps the place inside an organization as its own mention', () => {
    const m = mentions('the Embassy of China in Damascus');
    expect(m).toEqual([
      ['Embassy of China in Damascus', 'organization', 'org:embassy-of-china-in-damascus'],
      ['China', 'place', 'place:CN'],
      ['Damascus', 'place', 'place:damascus'],
    ]);
  });

  it.each([['the government decided'], ['Belt and Road Initiative (BRI) projects'], ['a reactor called SRR-1']])('no organization in %s', (text) => {
    expect(mentions(text).filter(([, t]) => t === 'organization')).toEqual([]);
  });
});

describe('offsets', () => {
  it('every mention is the exact slice of the input', () => {
    const text = "On 5 October 2020, Oman became the first Persian Gulf country to reinstate its ambassador in Syria's capital.";
    for (const c of extractEnglishMentions(ctx(text))) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('English entities on general news (not the seeds)', () => {
  it.each([
    ['Justice Sandra Day O\'Connor and Justice Stephen Breyer dissented.', 'person', ["Sandra Day O'Connor", 'Stephen Breyer']],
    ['Police Sgt. Derek Glenn said the Essex County officers left.', 'person', ['Derek Glenn']],
    ['Police Sgt. Derek Glenn said the Essex County officers left.', 'place', ['Essex County']],
    ['American officials met their Syrian counterparts.', 'place', ['American', 'Syrian']],
  ])('%s → %s', (text, type, expected) => {
    expect(mentions(text).filter(([, t]) => t === type).map(([m]) => m)).toEqual(expected);
  });

  it('reads American as the United States, not a territory sharing the demonym', () => {
    expect(mentions('American officials')[0]?.[2]).toBe('place:US');
  });

  it('does not take an all-caps dateline for an organization', () => {
    expect(mentions('NEWARK, N.J. _ Police said on Monday.').filter(([, t]) => t === 'organization')).toEqual([]);
  });
});

describe('English organization boundaries', () => {
  it('leaves a possessor to the next name (Office … of China\'s Central Military Commission)', () => {
    const text = "Director of the Office for International Military Cooperation of China's Central Military Commission said";
    expect(mentions(text).filter(([, t]) => t === 'organization').map(([m]) => m)).toEqual(['Office for International Military Cooperation', 'Central Military Commission']);
  });

  it('does not take a number word for a name (Five Principles)', () => {
    expect(mentions("China's Five Principles of Peaceful Coexistence").filter(([, t]) => t === 'person')).toEqual([]);
  });
});

describe('English places from the world cities table', () => {
  it.each([
    ['The embassy in Dar es Salaam was hit.', ['Dar es Salaam']],
    ['Blasts in Dar-es-Salaam and Nairobi killed dozens.', ['Dar-es-Salaam', 'Nairobi']],
    ['Relatives in Miami and Cleveland met reporters in Florida.', ['Miami', 'Cleveland', 'Florida']],
    // a province named by a generic word, and cities named like people or words, are no places
    ['The Central committee and Jackson met in Mobile fashion.', []],
  ])('%s', (text, expected) => {
    expect(mentions(text).filter(([, t]) => t === 'place').map(([m]) => m)).toEqual(expected);
  });

  it('gives a city its country', () => {
    const found = extractEnglishMentions(ctx('He flew to Dar es Salaam.')).find((m) => m.text === 'Dar es Salaam');
    expect(found).toMatchObject({ type: 'place', country: 'TZ', placeKind: 'city' });
  });

  it('reads a city after a first name as the surname, then later alone as the person', () => {
    const text = 'Attorney General Janet Reno spoke. Later Reno said no. Reno, Nev., is a city.';
    expect(mentions(text)).toEqual([
      ['Janet Reno', 'person', 'person:janet-reno'],
      ['Reno', 'person', 'person:janet-reno'],
      ['Reno', 'place', 'place:reno'],
      ['Nev.', 'place', 'place:nevada'],
    ]);
  });
});

describe('English news wires', () => {
  it('reads the agency of a dateline as an organization, not an abbreviation of the place before it', () => {
    expect(mentions('NAIROBI, Kenya (AP) _ Bombs exploded.')).toEqual([
      ['NAIROBI', 'place', 'place:nairobi'],
      ['Kenya', 'place', 'place:KE'],
      ['AP', 'organization', 'org:associated-press'],
    ]);
  });

  it('keeps a people name compromise cuts in two, and a first name it does not know', () => {
    const text = "The boy is kept by Fidel Castro's government. Elian Gonzalez's father said Elian must return.";
    expect(mentions(text).filter(([, t]) => t === 'person').map(([m]) => m)).toEqual(['Fidel Castro', 'Elian Gonzalez', 'Elian']);
  });

  it('strips office titles of the US cabinet and justice system', () => {
    const text = 'Secretary of State Madeleine Albright, U.S. Attorney Mary Jo White and INS Commissioner Doris Meissner spoke.';
    expect(mentions(text).filter(([, t]) => t === 'person').map(([m]) => m)).toEqual(['Madeleine Albright', 'Mary Jo White', 'Doris Meissner']);
  });

  it('names the embassy of the United States by the demonym American', () => {
    expect(mentions('near the American embassy in Dar es Salaam').find(([, t]) => t === 'organization')?.[2]).toBe('org:embassy-of-united-states-in-dar-es-salaam');
    expect(mentions('near the American embassy').find(([, t]) => t === 'organization')?.[2]).toBe('org:embassy-of-united-states');
  });
});

describe('English towns, states and outlets of US news', () => {
  it('reads a town and its state abbreviation, and the town again later', () => {
    const text = 'AMHERST, N.Y. (AP) -- A doctor from Amherst, N.Y., died in Oklahoma City, Okla. Amherst mourned.';
    expect(mentions(text).filter(([, t]) => t === 'place')).toEqual([
      ['AMHERST', 'place', 'place:amherst'],
      ['N.Y.', 'place', 'place:new-york-state'],
      ['Amherst', 'place', 'place:amherst'],
      ['N.Y.', 'place', 'place:new-york-state'],
      ['Oklahoma City', 'place', 'place:oklahoma-city'],
      ['Okla.', 'place', 'place:oklahoma'],
      ['Amherst', 'place', 'place:amherst'],
    ]);
  });

  it('leaves a state abbreviation alone when no place and comma precede it (Miss. Smith)', () => {
    expect(mentions('Miss. Smith and Ind. voters met.').filter(([, t]) => t === 'place')).toEqual([]);
  });

  it('reads newspapers named after a place, and bodies named by a country or demonym', () => {
    const text = 'The New York Times said the U.S. government and Tanzanian police agree.';
    expect(mentions(text).filter(([, t]) => t === 'organization')).toEqual([
      ['New York Times', 'organization', 'org:the-new-york-times'],
      ['U.S. government', 'organization', 'org:government-of-united-states'],
      ['Tanzanian police', 'organization', 'org:police-of-tanzania'],
    ]);
  });
});

describe('English acronyms and clergy', () => {
  it('takes no time zone or common abbreviation for an organization, and strips Rev.', () => {
    const text = 'The Rev. Donald Spitz spoke at 10:35 a.m. (0735 GMT). DNA tests followed.';
    expect(mentions(text)).toEqual([['Donald Spitz', 'person', 'person:donald-spitz']]);
  });
});

describe('English places shared with the Arabic gazetteer', () => {
  it('reads the English names of the Arabic table, with the keys the Arabic side gives', () => {
    expect(mentions('Officials from Dammam and Najaf met near the Suez Canal. Nice weather helped.').filter(([, t]) => t === 'place')).toEqual([
      ['Dammam', 'place', 'place:dammam'],
      ['Najaf', 'place', 'place:najaf'],
      ['Suez Canal', 'place', 'place:suez-canal'],
    ]);
  });

  it('gives every city and region of the Arabic table the same key in English as in Arabic', () => {
    const lex = arabicLexicon();
    const mismatches: string[] = [];
    for (const [ar, en] of [...AR_CITIES, ...AR_REGIONS]) {
      if (!unambiguousPlaceName(en)) continue;
      const arabicKey = arabicEntry(lex.places, ar)?.key;
      const english = extractEnglishMentions(ctx(`They went to ${en} yesterday.`)).find((m) => m.start === 13 && m.type === 'place');
      if (arabicKey && english && english.key !== arabicKey) mismatches.push(`${ar} ${arabicKey} / ${en} ${english.key}`);
    }
    // غزة is Gaza (the city) in Arabic, while English `Gaza` names the Strip; القطب الجنوبي (the South
    // Pole) is the Arabic table's Antarctica region, the continent's ISO code in English
    expect(mismatches).toEqual(['غزة place:gaza / Gaza place:gaza-strip', 'القطب الجنوبي place:antarctica / Antarctica place:AQ']);
  });
});

describe('English organizations shared with the Arabic table', () => {
  it('finds every organization of the Arabic table under its English name, with the Arabic key', () => {
    const lex = arabicLexicon();
    const missing: string[] = [];
    for (const [ar, en] of [...AR_ORGANIZATIONS, ...AR_NEWS_ORGANIZATIONS]) {
      const phrase = en.replace(/^The /, '');
      if (!unambiguousName(phrase, 'organization')) continue;
      const arabicKey = arabicEntry(lex.orgs, ar)?.key;
      const text = `Officials of the ${phrase} met on Monday.`;
      const english = extractEnglishMentions(ctx(text)).find((m) => m.start === 17 && m.type === 'organization');
      if (!english || english.key !== arabicKey) missing.push(`${ar} ${arabicKey} / ${phrase} ${english?.key}`);
    }
    // names English reads as places: Emirates the country, Lazio the Italian region, the Soviet
    // Union a country under its code
    expect(missing).toEqual([
      'طيران الإمارات org:emirates / Emirates undefined', 'لاتسيو org:lazio / Lazio undefined',
      'الاتحاد السوفيتي org:soviet-union / Soviet Union undefined', 'الاتحاد السوفياتي org:soviet-union / Soviet Union undefined',
    ]);
  });

  it('keeps the article outside a newspaper name', () => {
    expect(mentions('The Washington Post and The Times reported it several times.').filter(([, t]) => t === 'organization'))
      .toEqual([['Washington Post', 'organization', 'org:the-washington-post']]);
  });
});

describe('English well-known people shared with the Arabic table', () => {
  it('reads them by their full English name, with the title before it and the Arabic key', () => {
    const text = 'Secretary of State Condoleezza Rice met President George W. Bush. Michael Jordan watched. Rice left.';
    expect(mentions(text).filter(([, t]) => t !== 'place')).toEqual([
      ['Condoleezza Rice', 'person', 'person:condoleezza-rice'],
      ['George W. Bush', 'person', 'person:george-w-bush'],
      ['Michael Jordan', 'person', 'person:michael-jordan'],
      ['Rice', 'person', 'person:condoleezza-rice'],
    ]);
    expect(mentions(text).filter(([, t]) => t === 'place')).toEqual([]);
    const rice = clusterEntities(extractEnglishMentions(ctx(text))).find((e) => e.key === 'person:condoleezza-rice');
    expect(rice?.titles).toContain('Secretary of State');
  });

  it('gives every person of the bilingual table the same key in English as in Arabic', () => {
    const lex = arabicLexicon();
    const differ: string[] = [];
    const people = [...AR_PEOPLE, ...AR_MORE_PEOPLE, ...AR_NEWS_PEOPLE] as ReadonlyArray<readonly [string, string]>;
    for (const [ar, en] of people) {
      const arabicKey = arabicEntry(lex.people, ar)?.key;
      const english = extractEnglishMentions(ctx(`On Monday ${en} said so.`)).find((m) => m.start === 10 && m.type === 'person');
      if (arabicKey && english?.key !== arabicKey) differ.push(`${en} ${english?.key}`);
    }
    expect(differ).toEqual([]);
  });
});

describe('English regions and bodies of US news', () => {
  it('reads a capitalized compass word before a place as a region, and straits as a place head', () => {
    expect(mentions('Exiles in South Florida watched the Florida Straits. South Africa agreed.').filter(([, t]) => t === 'place').map(([m]) => m))
      .toEqual(['South Florida', 'Florida Straits', 'South Africa']);
  });

  it('reads police forces and schools named by capitalized words as organizations', () => {
    expect(mentions('Metropolitan Police officers met a Miami Law School professor.').filter(([, t]) => t === 'organization').map(([m]) => m))
      .toEqual(['Metropolitan Police', 'Miami Law School']);
  });
});

describe('English embassies named by their country', () => {
  it('takes the host city into the embassy, as Embassy of China in Damascus does', () => {
    expect(mentions('The U.S. Embassy in Pretoria, South Africa, closed.').filter(([, t]) => t === 'organization'))
      .toEqual([['U.S. Embassy in Pretoria', 'organization', 'org:embassy-of-united-states-in-pretoria']]);
  });

  it('reads a country\'s mission to an international organization as one organization, keyed by country and organization', () => {
    const orgs = (text: string) => mentions(text).filter(([, t]) => t === 'organization');
    expect(orgs('The Permanent Mission of Syria to the United Nations issued a statement.'))
      .toEqual([['Permanent Mission of Syria to the United Nations', 'organization', 'org:permanent-mission-of-sy-to-united-nations']]);
    expect(orgs("Oman's permanent mission to the UN in Geneva said."))
      .toEqual([["Oman's permanent mission to the UN in Geneva", 'organization', 'org:permanent-mission-of-om-to-united-nations-in-geneva']]);
    expect(orgs('The Syrian mission to the United Nations said.'))
      .toEqual([['Syrian mission to the United Nations', 'organization', 'org:permanent-mission-of-sy-to-united-nations']]);
    // a mission that is no country's stays outside
    expect(orgs('A fact-finding mission to the UN arrived.')).toEqual([['UN', 'organization', 'org:united-nations']]);
  });

  it('reads consulates and interests sections as missions too, with their host city', () => {
    expect(mentions('Visas are issued at the U.S. Interests Section in Havana and the Cuban Interests Section in Washington.')
      .filter(([, t]) => t === 'organization'))
      .toEqual([
        ['U.S. Interests Section in Havana', 'organization', 'org:interests-section-of-united-states-in-havana'],
        ['Cuban Interests Section in Washington', 'organization', 'org:interests-section-of-cuba-in-washington'],
      ]);
    expect(mentions('The Syrian Consulate General in Dubai and the Omani consulate reopened.').filter(([, t]) => t === 'organization').map(([m]) => m))
      .toEqual(['Syrian Consulate General in Dubai', 'Omani consulate']);
  });
});

describe('English demonyms listed as spellings of a country', () => {
  it('reads Saudi as the demonym, as the demonym table says', () => {
    const found = extractEnglishMentions(ctx('Saudi radical Osama bin Laden fled.')).find((m) => m.text === 'Saudi');
    expect(found).toMatchObject({ type: 'place', form: 'demonym', country: 'SA' });
  });
});
