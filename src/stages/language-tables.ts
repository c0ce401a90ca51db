/** Evidence tables for language identification (src/stages/detect-language.ts). */

export const SCRIPT_EVIDENCE = {
  /** Letters of Persian and Urdu orthography that Arabic does not use. */
  nonArabic: new Set([...'پچژگۀےۓںہٹڈڑۃ']),
  /**
   * Persian/Urdu forms of letters Arabic has (ک ی ھ): Arabic typed on a Persian keyboard uses
   * them too, so they weigh less than the letters above.
   */
  nonArabicVariants: new Set([...'کیھ']),
  /** Letters of Arabic orthography that Persian and Urdu replace (ي→ی, ك→ک) or rarely use. */
  arabic: new Set([...'يىةكإأؤ']),
} as const;

/** Frequent Arabic function words (normal spelling); words starting with ال count too. */
export const ARABIC_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه',
  'ذلك', 'تلك', 'كان', 'كانت', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'ماذا', 'هو', 'هي', 'هم', 'نحن',
  'أو', 'او', 'ثم', 'حتى', 'بين', 'عند', 'كل', 'بعد', 'قبل', 'حيث', 'وفي', 'ومن', 'وقد', 'كما', 'أيضا',
  'يكون', 'ليس', 'إذا', 'اذا', 'لكن', 'ولكن', 'عليه', 'عليها', 'فيه', 'فيها', 'منذ', 'خلال', 'وهو', 'وهي',
]);

/**
 * Frequent Persian and Urdu words that are not Arabic words. Looked up after folding Persian
 * ی/ک to Arabic ي/ك, since much Persian text online is typed with the Arabic letters. Words that
 * are also Arabic (هم "they", كرد "Kurds", ولي "guardian", كي "so that") are left out.
 */
export const NON_ARABIC_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'است', 'اين', 'آن', 'را', 'كه', 'از', 'با', 'براي', 'شد', 'بود', 'مي', 'نمي', 'شده', 'خود', 'تا',
  'يك', 'كند', 'كنند', 'كردند', 'دارد', 'دارند', 'باشد', 'شود', 'شوند', 'هاي', 'نيز', 'پس', 'چه', 'وي',
  'ايشان', 'ديگر', 'كشور', 'آنها', 'اينكه', 'همه', 'بايد', 'هستند', 'نيست', 'اگر', 'چون', 'خواهد', 'داشت',
  'در', 'هر', 'اند', 'همين', 'كرده', 'كردن', 'كنيد', 'كنيم', 'شدند', 'بودند', 'آنان', 'زيرا', 'بسيار', 'اكنون', 'هنوز', 'بيشتر', 'ميان',
  'اور', 'سے', 'كو', 'نے', 'ہے', 'كے', 'ميں', 'وہ', 'يہ', 'تھا', 'بھي', 'پر', 'ايك', 'كہ', 'گيا', 'ہيں',
]);

/** Persian/Urdu letters folded to the Arabic letters they are often typed as. */
export const FOLD_TO_ARABIC: Readonly<Record<string, string>> = { 'ی': 'ي', 'ک': 'ك', 'ى': 'ي' };

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'that', 'with', 'as', 'by', 'at', 'from',
  'it', 'an', 'be', 'this', 'are', 'were', 'has', 'have', 'had', 'his', 'her', 'their', 'its', 'which',
  'who', 'will', 'would', 'not', 'but', 'or', 'they', 'he', 'she', 'we', 'you', 'i', 'been', 'also',
  'after', 'between', 'into', 'than', 'more', 'about', 'our', 'can', 'all', 'there', 'when', 'what',
]);

/** franc codes weighed against English for Latin-script text. */
export const LATIN_LANGUAGES = [
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'tur', 'ind', 'swe', 'pol', 'ron', 'vie', 'hun', 'ces', 'fin', 'dan', 'nob', 'hrv', 'slk',
] as const;
