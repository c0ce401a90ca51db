import type { CandidateMention, ExtractionContext } from '../core/document.js';
import type { DateMention } from '../core/types.js';
import { extractEnglishDates } from './en/dates.js';
import { extractEnglishMentions } from './en/entities.js';
import { extractArabicDates } from './ar/dates.js';
import { extractArabicMentions } from './ar/entities.js';

/** What a language contributes to extraction: its own rules over shared structure. */
export interface LanguageRules {
  dates(ctx: ExtractionContext): DateMention[];
  mentions(ctx: ExtractionContext): CandidateMention[];
}

export const LANGUAGE_RULES: Readonly<Record<'en' | 'ar', LanguageRules>> = {
  en: { dates: extractEnglishDates, mentions: extractEnglishMentions },
  ar: { dates: extractArabicDates, mentions: extractArabicMentions },
};
