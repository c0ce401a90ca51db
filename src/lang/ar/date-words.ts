/**
 * Arabic date vocabulary as typed data (chrono's `constants.ts` style). Keys are written as in
 * ordinary Arabic text; `dates-patterns.ts` normalizes them with `normalizeKey` and compiles each
 * table into one alternation, so spelling variants that normalization folds (أ/ا/إ, ة/ه, ى/ي)
 * need no separate entry. Variants normalization does not fold are listed explicitly.
 */

/** Gregorian month names: Egyptian/Gulf forms, Levantine (Syriac) forms, Maghrebi forms. */
export const MONTH_DICTIONARY = {
  'يناير': 1, 'كانون الثاني': 1, 'جانفي': 1,
  'فبراير': 2, 'شباط': 2, 'فيفري': 2,
  'مارس': 3, 'آذار': 3,
  'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'أفريل': 4, 'نيسان': 4,
  'مايو': 5, 'أيار': 5, 'ماي': 5,
  'يونيو': 6, 'يونيه': 6, 'حزيران': 6, 'جوان': 6,
  'يوليو': 7, 'يوليه': 7, 'تموز': 7, 'جويلية': 7,
  'أغسطس': 8, 'اغسطس': 8, 'آب': 8, 'أوت': 8,
  'سبتمبر': 9, 'أيلول': 9,
  'أكتوبر': 10, 'اكتوبر': 10, 'تشرين الأول': 10,
  'نوفمبر': 11, 'تشرين الثاني': 11,
  'ديسمبر': 12, 'كانون الأول': 12,
} as const satisfies Record<string, number>;

/**
 * Month names that are also ordinary words or names (`مارس` "practised", `آب`/`باب`, `نيسان`
 * the car maker, Maghrebi `ماي`, `جوان`, `أوت`): they count as months only next to a day or a
 * year, paired with another month name, after `شهر`, before a modifier (`الماضي`) or after a
 * temporal preposition (`في`, `منذ`, …).
 */
export const AMBIGUOUS_MONTHS = ['مارس', 'آب', 'نيسان', 'ماي', 'جوان', 'أوت', 'جانفي', 'فيفري', 'أفريل', 'جويلية'] as const;

/** Hijri month names (always need a day or a year next to them: `رجب`, `رمضان` are also names). */
export const HIJRI_MONTH_DICTIONARY = {
  'محرم': 1, 'المحرم': 1,
  'صفر': 2,
  'ربيع الأول': 3, 'ربيع أول': 3,
  'ربيع الثاني': 4, 'ربيع الآخر': 4, 'ربيع ثاني': 4,
  'جمادى الأولى': 5, 'جمادى الأول': 5,
  'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6,
  'رجب': 7,
  'شعبان': 8,
  'رمضان': 9,
  'شوال': 10,
  'ذو القعدة': 11, 'ذي القعدة': 11,
  'ذو الحجة': 12, 'ذي الحجة': 12,
} as const satisfies Record<string, number>;

/** 0 = Sunday … 6 = Saturday (as `calendar.weekday`). Always with the article. */
export const WEEKDAY_DICTIONARY = {
  'الأحد': 0, 'الاثنين': 1, 'الإثنين': 1, 'الثلاثاء': 2, 'الأربعاء': 3, 'الخميس': 4, 'الجمعة': 5, 'السبت': 6,
} as const satisfies Record<string, number>;

/** Weekdays that are also common words (`الاثنين` "both", `الأحد` "the One"): need `يوم` or a modifier/date. */
export const AMBIGUOUS_WEEKDAYS = ['الاثنين', 'الإثنين', 'الأحد'] as const;

/** Deictic day words: offset in days from the reference date. */
export const RELATIVE_DAY_DICTIONARY = {
  'اليوم': 0,
  'الليلة': 0,
  'أمس': -1,
  'البارحة': -1,
  'الليلة الماضية': -1,
  'أمس الأول': -2,
  'أول أمس': -2,
  'أول من أمس': -2,
  'غدا': 1,
  'بعد غد': 2,
} as const satisfies Record<string, number>;

/** Words after `اليوم`/`الليلة` that make them "the day/night" (a noun), not "today/tonight". */
export const NOT_TODAY_AFTER = [
  'الوطني', 'الوطنية', 'العالمي', 'الدولي', 'التالي', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الأخير',
  'السابق', 'الذي', 'التي', 'نفسه', 'نفسها', 'ذاته', 'ذاتها', 'المفتوح', 'الدراسي', 'التاريخي', 'الموعود',
  'المشهود', 'الختامي', 'الافتتاحي', 'الأولى', 'الأخيرة', 'الثانية', 'الثالثة', 'الكبرى', 'الرياضي', 'التضامني',
  'فإن', // `واليوم فإن …` "nowadays, …"
] as const;

/** Words before `اليوم`/`الليلة` that make them anaphoric (`ذلك اليوم`, `نفس اليوم`). */
// `عين اليوم`: a newspaper; `أما اليوم` "as for today" is "nowadays"
export const NOT_TODAY_BEFORE = ['ذلك', 'تلك', 'نفس', 'ذات', 'مثل', 'هذا', 'عين', 'أما'] as const;

/** Nouns that `العام` follows as the adjective "general" (`الأمين العام السابق` is not "last year"). */
export const GENERAL_NOUNS = [
  'الأمين', 'المدير', 'الرأي', 'المدعي', 'النائب', 'القنصل', 'المراقب', 'المفتش', 'المنسق', 'المؤتمر', 'الاتحاد',
  'القطاع', 'الصالح', 'الإطار', 'الأمن', 'المال', 'الشأن', 'النظام', 'التعليم', 'الإضراب', 'العفو', 'الموقف',
] as const;

/** Event names built on a date: `ثورة 23 يوليو`, `حرب أكتوبر` (not dates unless a year is given). */
export const EVENT_NOUNS = ['ثورة', 'حرب', 'انتفاضة', 'أحداث', 'هجمات', 'معركة'] as const;

/** Direction modifiers after a unit, month or weekday. -1 past, 0 current, +1 next. */
export const MODIFIER_DICTIONARY = {
  'الماضي': -1, 'الماضية': -1, 'المنصرم': -1, 'المنصرمة': -1, 'الفائت': -1, 'الفائتة': -1,
  'السابق': -1, 'السابقة': -1, 'الفارط': -1, 'الماضيين': -1,
  'المقبل': 1, 'المقبلة': 1, 'القادم': 1, 'القادمة': 1, 'الآتي': 1, 'المقبلين': 1, 'القادمين': 1,
  'الجاري': 0, 'الجارية': 0, 'الحالي': 0, 'الحالية': 0,
} as const satisfies Record<string, -1 | 0 | 1>;

/** Demonstratives before a unit meaning "this" (`هذا العام`, `هذه السنة`). */
export const THIS_WORDS = ['هذا', 'هذه'] as const;

export type RelativeUnit = 'year' | 'month' | 'week' | 'decade' | 'century';

/** Calendar units that take a modifier (`العام الماضي`, `الشهر المقبل`). Written with the article. */
export const RELATIVE_UNIT_DICTIONARY = {
  'العام': 'year', 'السنة': 'year',
  'الشهر': 'month',
  'الأسبوع': 'week',
  'العقد': 'decade',
  'القرن': 'century',
} as const satisfies Record<string, RelativeUnit>;

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

/** Seasons (ISO 8601-2 style codes as in the schema's dateValue). */
export const SEASON_DICTIONARY = {
  'الصيف': 'SU', 'صيف': 'SU', 'صائفة': 'SU',
  'الشتاء': 'WI', 'شتاء': 'WI',
  'الربيع': 'SP', 'ربيع': 'SP',
  'الخريف': 'FA', 'خريف': 'FA',
} as const satisfies Record<string, SeasonCode>;

/** Nouns that introduce a year and belong to the span (`العام 2015`, `عام 2015`, `سنة 2015`). */
export const YEAR_NOUNS = ['العام', 'عام', 'السنة', 'سنة', 'أعوام', 'الأعوام'] as const;

/** Dual year nouns that introduce a pair of years (`بين عامي 2010 و2020`). */
export const YEAR_PAIR_NOUNS = ['عامي', 'العامين', 'سنتي', 'السنتين'] as const;

/** Words that make a bare four-digit number a year (`في 2015`, `منذ 2011`); they stay outside the span. */
export const YEAR_CONTEXT_WORDS = [
  'في', 'منذ', 'خلال', 'حتى', 'قبل', 'بعد', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'أواسط', 'بداية', 'نهاية',
  'مع', 'حلول', 'بحلول', 'غضون', 'طيلة', 'طوال',
] as const;

/** Temporal prepositions that let an ambiguous month name stand alone (`في مارس`). */
export const MONTH_CONTEXT_WORDS = ['في', 'بين', 'منذ', 'خلال', 'حتى', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'أواسط', 'بداية', 'نهاية', 'شهر', 'شهري'] as const;

/**
 * Nouns counted by a number: `2015 شخصا`, `140 صاروخ`, `2000 تأشيرة` — the number is not a year.
 * Stems; the pattern accepts them with any letters attached (plural/accusative endings).
 */
export const COUNTED_NOUN_STEMS = [
  'شخص', 'أشخاص', 'مواطن', 'صاروخ', 'قتيل', 'جريح', 'جندي', 'جنود', 'عسكري', 'لاجئ', 'مهاجر', 'طالب', 'طلاب',
  'حاج', 'حجاج', 'معتمر', 'زائر', 'سائح', 'عامل', 'عمال', 'موظف', 'دولار', 'ريال', 'يورو', 'جنيه', 'درهم', 'دينار',
  'مليون', 'مليار', 'ألف', 'آلاف', 'طن', 'كيلو', 'كلم', 'كم', 'متر', 'ميل', 'برميل', 'نسمة', 'تأشيرة', 'منزل',
  'وحدة', 'مشروع', 'شركة', 'موقع', 'قطعة', 'طائرة', 'دبابة', 'سيارة', 'رحلة', 'مقعد', 'صوت', 'عضو', 'مادة',
  'بند', 'قرار', 'فرصة', 'وظيفة', 'حالة', 'مرة', 'ساعة', 'دقيقة', 'يوم', 'أيام', 'عام', 'سنة', 'سنوات', 'شهر',
  'أشهر', 'أسبوع', 'ميغاواط', 'كيلومتر', 'هكتار', 'فدان', 'رأس', 'جهاز', 'مدرسة', 'مستشفى', 'سرير', 'مقاتل',
  'عنصر', 'معتقل', 'أسير', 'سجين', 'ضحية', 'نقطة', 'صفحة', 'كتاب', 'مليونا', 'بالمئة', 'بالمائة', 'في المئة', 'في المائة',
] as const;

export type DurationUnit = 'Y' | 'M' | 'W' | 'D';

/** Duration unit words after a number: unit and the multiplier (`عقود` = 10 years). */
export const DURATION_UNIT_DICTIONARY = {
  'سنة': ['Y', 1], 'سنوات': ['Y', 1], 'سنين': ['Y', 1], 'عام': ['Y', 1], 'عاما': ['Y', 1], 'أعوام': ['Y', 1],
  'شهر': ['M', 1], 'شهرا': ['M', 1], 'أشهر': ['M', 1], 'شهور': ['M', 1],
  'أسبوع': ['W', 1], 'أسبوعا': ['W', 1], 'أسابيع': ['W', 1],
  'يوم': ['D', 1], 'يوما': ['D', 1], 'أيام': ['D', 1],
  'عقد': ['Y', 10], 'عقدا': ['Y', 10], 'عقود': ['Y', 10],
} as const satisfies Record<string, readonly [DurationUnit, number]>;

/** Dual duration words: `عامين` = two years. */
export const DURATION_DUAL_DICTIONARY = {
  'عامين': ['Y', 2], 'سنتين': ['Y', 2], 'شهرين': ['M', 2], 'أسبوعين': ['W', 2], 'يومين': ['D', 2], 'عقدين': ['Y', 20],
} as const satisfies Record<string, readonly [DurationUnit, number]>;

/** `واحد` after a unit: `عام واحد` is one year. */
export const ONE_WORDS = ['واحد', 'واحدة'] as const;

/**
 * With the past and future modifiers above, the adjectives that make a definite counted period a
 * duration: `العامين الماضيين`, `السنوات الست الماضية`, `الخمس سنوات الأخيرة`.
 */
export const DURATION_SPAN_EXTRA_ADJECTIVES = [
  'الأخير', 'الأخيرة', 'الأخيرين', 'الأخيرتين', 'الماضيتين', 'المقبلتين', 'القادمتين',
] as const;

/** Cardinal number words used with duration units (`خمس سنوات`, `عشرين عاما`). */
export const CARDINAL_DICTIONARY = {
  'ثلاث': 3, 'ثلاثة': 3, 'أربع': 4, 'أربعة': 4, 'خمس': 5, 'خمسة': 5, 'ست': 6, 'ستة': 6, 'سبع': 7, 'سبعة': 7,
  'ثماني': 8, 'ثمانية': 8, 'ثمان': 8, 'تسع': 9, 'تسعة': 9, 'عشر': 10, 'عشرة': 10,
  'عشرين': 20, 'عشرون': 20, 'ثلاثين': 30, 'ثلاثون': 30, 'أربعين': 40, 'أربعون': 40, 'خمسين': 50, 'خمسون': 50,
  'ستين': 60, 'ستون': 60, 'سبعين': 70, 'سبعون': 70, 'ثمانين': 80, 'ثمانون': 80, 'تسعين': 90, 'تسعون': 90,
  'مئة': 100, 'مائة': 100,
} as const satisfies Record<string, number>;

/** Masculine ordinal units (1–10); `الحادي` replaces `الأول` in 11, 21, 31. */
const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'] as const;

/** Ordinal words 1–31 for days of the month and centuries (`السابع من يوليو`, `القرن العشرين`). */
export const ORDINAL_DICTIONARY: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  ORDINAL_UNITS.forEach((w, i) => { table[w] = i + 1; });
  table['الحادي عشر'] = 11;
  for (let u = 2; u <= 9; u++) table[`${ORDINAL_UNITS[u - 1]} عشر`] = 10 + u;
  const tens = [[20, 'العشرين'], [30, 'الثلاثين']] as const;
  for (const [value, word] of tens) {
    table[word] = value;
    for (let u = 1; u <= 9 && value + u <= 31; u++) {
      const unit = u === 1 ? 'الحادي' : ORDINAL_UNITS[u - 1]!;
      table[`${unit} و${word}`] = value + u;
      table[`${unit} و ${word}`] = value + u;
    }
  }
  return table;
})();

/** Decade stems: `التسعينيات`/`التسعينات` = the 90s (the digit is the decade within a century). */
export const DECADE_DICTIONARY = {
  'عشرين': 2, 'ثلاثين': 3, 'أربعين': 4, 'خمسين': 5, 'ستين': 6, 'سبعين': 7, 'ثمانين': 8, 'تسعين': 9,
} as const satisfies Record<string, number>;

/** Era markers after a year: `هـ` (Hijri), `م` (Gregorian), and their spelled-out forms. */
export const HIJRI_ERA_WORDS = ['هـ', 'هجرية', 'هجري', 'للهجرة'] as const;
export const GREGORIAN_ERA_WORDS = ['م', 'ميلادية', 'ميلادي', 'للميلاد'] as const;

/** Range connectors between two dates (`من … إلى …`, `بين … و…`, `7-18`). */
export const RANGE_OPENERS = ['من', 'بين', 'ما بين'] as const;
export const RANGE_CONNECTORS = ['إلى', 'حتى', 'لغاية', 'و'] as const;
