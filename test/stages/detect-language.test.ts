import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/stages/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Oman has an embassy in Damascus; Syria has an embassy in Muscat.', 'en'],
    ['The two countries signed a memorandum of understanding.', 'en'],
    ['Xi Jinping', 'en'],
    ['أعلنت وزارة الخارجية العمانية أن الرئيس السوري بشار الأسد بحث العلاقات الثنائية', 'ar'],
    ['وكان ابن علوي التقى في اكتوبر 2015 الرئيس السوري', 'ar'],
    ['العلاقات الثنائية', 'ar'],
  ])('%s → %s', (text, code) => {
    const result = detectLanguage(text);
    expect(result.code).toBe(code);
    expect(result.confidence).toBeGreaterThan(0.4);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Persian', 'وزیر امور خارجه ایران با همتای سوری خود در دمشق دیدار کرد و درباره روابط دو کشور گفتگو کرد.'],
    ['Urdu', 'پاکستان کے وزیر خارجہ نے آج دمشق میں شام کے صدر سے ملاقات کی اور دونوں ممالک کے تعلقات پر بات کی۔'],
    ['French', "Le ministre des Affaires étrangères s'est rendu à Damas pour rencontrer son homologue syrien."],
    ['Russian', 'Министр иностранных дел посетил Дамаск и встретился с президентом Сирии.'],
    ['Chinese', '中国和叙利亚于1956年8月1日建立外交关系。'],
    ['digits and punctuation only', '2019-07-07 — 12:30, (5) !!!'],
    ['empty', ''],
  ])('%s is never forced into en/ar', (_name, text) => {
    expect(detectLanguage(text).code).toBe('und');
  });

  it('calls Persian typed with Arabic ي/ك and quoting an Arabic name und, by its function words (در, هر, همين)', () => {
    // every letter here is also an Arabic letter, and the quoted newspaper name is Arabic
    const persian = 'دكتر صبحي منصور در مصاحبه با نشريه الوطن الكويتية در هر مورد همين نظر را داشته';
    expect(detectLanguage(persian).code).toBe('und');
    expect(detectLanguage('وأكد الدكتر في مقابلة مع صحيفة الوطن الكويتية أن العلاقات بين البلدين قوية.').code).toBe('ar');
  });

  it('gives lower confidence to mixed-script text than to pure text', () => {
    const pure = detectLanguage('The Syrian foreign minister visited Muscat in August 2015.');
    const mixed = detectLanguage('The Syrian foreign minister visited Muscat (مسقط) in August 2015.');
    expect(mixed.code).toBe('en');
    expect(mixed.confidence).toBeLessThan(pure.confidence);
  });
});
