import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A deterministic benchmark corpus in both languages, recombined from real text: sentences of
 * the seeds (English and Arabic) and of the SaudiNewsNet diplomacy sample when it is present,
 * mixed with template sentences (varied names, places, dates), so no article repeats another.
 */

export interface BenchArticle {
  id: string;
  text: string;
  lang: 'en' | 'ar';
}

/** mulberry32: a small, fast, reproducible PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_TEMPLATE = {
  people: ['Bashar al-Assad', 'Sergey Lavrov', 'Wang Yi', 'Ilham Aliyev', 'Badr bin Hamad Al Busaidi', 'Faisal bin Farhan', 'Antony Blinken', 'Ayman Safadi', 'Hakan Fidan', 'Sameh Shoukry', 'Hossein Amir-Abdollahian', 'Walid Muallem'],
  titles: ['Foreign Minister', 'President', 'Prime Minister', 'Ambassador', 'Secretary-General', 'Deputy Foreign Minister'],
  countries: ['Syria', 'Oman', 'China', 'Russia', 'Azerbaijan', 'Saudi Arabia', 'Egypt', 'Jordan', 'Turkey', 'Iran', 'Qatar', 'the United Arab Emirates', 'France', 'Japan'],
  cities: ['Damascus', 'Muscat', 'Beijing', 'Moscow', 'Baku', 'Riyadh', 'Cairo', 'Amman', 'Ankara', 'Tehran', 'Doha', 'Abu Dhabi', 'Geneva', 'New York'],
  orgs: ['the Arab League', 'the United Nations', 'the Gulf Cooperation Council', 'the European Union', 'the Shanghai Cooperation Organisation', 'OPEC'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  things: ['a memorandum of understanding on trade', 'an agreement on cultural cooperation', 'a treaty of friendship', 'a protocol on consular affairs', 'a contract for the supply of wheat', 'a partnership on renewable energy'],
  patterns: [
    '{title} {person} visited {city} on {day} {month} {year} and met his counterpart {person2}.',
    '{country} and {country2} signed {thing} in {city} on {month} {day}, {year}.',
    'The two sides discussed bilateral relations and the situation in {country}, {org} said in a statement.',
    'On {weekday}, {person} received the credentials of the new ambassador of {country}.',
    '{country} established diplomatic relations with {country2} in {year}.',
    'Talks between {country} and {country2} are expected to resume next week in {city}.',
    '{person} will attend the summit of {org} in {city} from {day} to {day2} {month}.',
    'In the {decade}s, {country} opened an embassy in {city}.',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

const AR_TEMPLATE = {
  people: ['بشار الأسد', 'فيصل بن فرحان', 'بدر بن حمد البوسعيدي', 'سامح شكري', 'أيمن الصفدي', 'عادل الجبير', 'وليد المعلم', 'سيرغي لافروف'],
  titles: ['وزير الخارجية', 'الرئيس', 'رئيس الوزراء', 'السفير', 'الأمين العام'],
  countries: ['سوريا', 'سلطنة عمان', 'الصين', 'روسيا', 'أذربيجان', 'المملكة العربية السعودية', 'مصر', 'الأردن', 'تركيا', 'إيران', 'قطر', 'الإمارات'],
  cities: ['دمشق', 'مسقط', 'بكين', 'موسكو', 'باكو', 'الرياض', 'القاهرة', 'عمان', 'أنقرة', 'طهران', 'الدوحة', 'جدة'],
  orgs: ['جامعة الدول العربية', 'الأمم المتحدة', 'مجلس التعاون لدول الخليج العربية', 'الاتحاد الأوروبي', 'منظمة التعاون الإسلامي'],
  months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  things: ['مذكرة تفاهم في مجال التجارة', 'اتفاقية للتعاون الثقافي', 'معاهدة صداقة', 'بروتوكول للشؤون القنصلية', 'اتفاقية للتعاون الاقتصادي'],
  patterns: [
    'زار {title} {person} {city} يوم {day} {month} {year} والتقى نظيره {person2}.',
    'وقعت {country} و{country2} {thing} في {city} في {day} {month} {year}.',
    'وبحث الجانبان العلاقات الثنائية والأوضاع في {country}، بحسب بيان صادر عن {org}.',
    'استقبل {person} يوم {weekday} أوراق اعتماد سفير {country} الجديد.',
    'أقامت {country} علاقات دبلوماسية مع {country2} عام {year}.',
    'ومن المقرر أن تستأنف المحادثات بين {country} و{country2} الأسبوع المقبل في {city}.',
  ],
  weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
} as const;

type Template = typeof EN_TEMPLATE | typeof AR_TEMPLATE;

function fill(t: Template, next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const day = 1 + Math.floor(next() * 27);
  return pick(t.patterns as readonly string[]).replace(/\{(\w+)\}/g, (_, k: string) => {
    switch (k) {
      case 'person': return pick(t.people);
      case 'person2': return pick(t.people);
      case 'title': return pick(t.titles);
      case 'country': return pick(t.countries);
      case 'country2': return pick(t.countries);
      case 'city': return pick(t.cities);
      case 'org': return pick(t.orgs);
      case 'month': return pick(t.months);
      case 'thing': return pick(t.things);
      case 'weekday': return pick(t.weekdays);
      case 'day': return String(day);
      case 'day2': return String(day + 1 + Math.floor(next() * 3));
      case 'year': return String(1990 + Math.floor(next() * 35));
      case 'decade': return String(1950 + 10 * Math.floor(next() * 7));
      default: return k;
    }
  });
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 40 && s.length <= 500 && !/^[=|{}]/.test(s));
}

/** Real sentences by language: the seeds and, when present, the SaudiNewsNet sample. */
export function realSentences(repoRoot: string, arabicJsonl: string | null): { en: string[]; ar: string[] } {
  const en: string[] = [];
  const ar: string[] = [];
  const seeds = path.join(repoRoot, 'seeds');
  for (const f of existsSync(seeds) ? readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort() : []) {
    for (const s of sentencesOf(readFileSync(path.join(seeds, f), 'utf8'))) (/\p{Script=Arabic}/u.test(s) ? ar : en).push(s);
  }
  if (arabicJsonl && existsSync(arabicJsonl)) {
    for (const line of readFileSync(arabicJsonl, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const o = JSON.parse(line) as { content?: unknown; text?: unknown };
        const text = typeof o.content === 'string' ? o.content : typeof o.text === 'string' ? o.text : '';
        for (const s of sentencesOf(text)) if (/\p{Script=Arabic}/u.test(s)) ar.push(s);
      } catch {
        // a broken line of the sample is skipped
      }
    }
  }
  return { en, ar };
}

/**
 * `count` articles, alternating languages (half each), 3–12 sentences in 1–4 paragraphs under a
 * title line; about half the sentences are real ones, half filled templates.
 */
export function buildCorpus(count: number, sentences: { en: string[]; ar: string[] }, seed = 42): BenchArticle[] {
  const next = prng(seed);
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang: 'en' | 'ar' = i % 2 === 0 ? 'en' : 'ar';
    const real = sentences[lang];
    const template = lang === 'en' ? EN_TEMPLATE : AR_TEMPLATE;
    const n = 3 + Math.floor(next() * 10);
    const body: string[] = [];
    for (let j = 0; j < n; j++) body.push(real.length && next() < 0.55 ? real[Math.floor(next() * real.length)]! : fill(template, next));
    const paragraphs: string[] = [];
    const per = Math.max(1, Math.ceil(n / (1 + Math.floor(next() * 4))));
    for (let j = 0; j < body.length; j += per) paragraphs.push(body.slice(j, j + per).join(' '));
    const title = fill(template, next).replace(/[.]$/, '');
    out.push({ id: `bench-${lang}-${String(i).padStart(6, '0')}`, text: `${title}\n\n${paragraphs.join('\n\n')}\n`, lang });
  }
  return out;
}
