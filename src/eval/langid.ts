/**
 * Language-ID accuracy by text length on the Lingua test data (`../shared/eval/langid/`):
 * `{sentences,word-pairs,single-words}/{ar,en,fa,ur}.txt`, one sample a line.
 * For ar and en, accuracy is the share labelled with that language; fa and ur are Arabic-script
 * negatives: accuracy is the share NOT labelled `ar`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGID_LENGTHS = ['sentences', 'word-pairs', 'single-words'] as const;
export type LangIdLength = (typeof LANGID_LENGTHS)[number];
export const LANGID_LANGUAGES = ['ar', 'en', 'fa', 'ur'] as const;
export type LangIdLanguage = (typeof LANGID_LANGUAGES)[number];

export type DetectedCode = 'en' | 'ar' | 'und';

export interface LangIdCell {
  length: LangIdLength;
  language: LangIdLanguage;
  /** what counts as correct: `is ar`, `is en`, or `not ar` */
  criterion: string;
  n: number;
  correct: number;
  accuracy: number | null;
  /** how the samples were labelled, by code */
  labels: Record<string, number>;
  /** up to five wrongly labelled samples, for error analysis */
  examples: Array<{ text: string; label: string }>;
}

export interface LangIdResult {
  cells: LangIdCell[];
  /** files that were absent */
  missing: string[];
}

const MAX_EXAMPLES = 5;

function isCorrect(language: LangIdLanguage, label: string): boolean {
  return language === 'ar' || language === 'en' ? label === language : label !== 'ar';
}

export function evaluateLangId(dir: string, detect: (text: string) => DetectedCode): LangIdResult {
  const cells: LangIdCell[] = [];
  const missing: string[] = [];
  for (const length of LANGID_LENGTHS) {
    for (const language of LANGID_LANGUAGES) {
      const file = join(dir, length, `${language}.txt`);
      if (!existsSync(file)) {
        missing.push(file);
        continue;
      }
      const samples = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const labels: Record<string, number> = {};
      const examples: LangIdCell['examples'] = [];
      let correct = 0;
      for (const text of samples) {
        const label = detect(text);
        labels[label] = (labels[label] ?? 0) + 1;
        if (isCorrect(language, label)) correct++;
        else if (examples.length < MAX_EXAMPLES) examples.push({ text, label });
      }
      cells.push({
        length, language,
        criterion: language === 'ar' || language === 'en' ? `is ${language}` : 'not ar',
        n: samples.length, correct, accuracy: samples.length > 0 ? correct / samples.length : null,
        labels: Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1))),
        examples,
      });
    }
  }
  return { cells, missing };
}

/** Markdown: one row per length, one column per language (accuracy %, with the criterion). */
export function formatLangIdMarkdown(result: LangIdResult): string {
  const langs = LANGID_LANGUAGES.filter((l) => result.cells.some((c) => c.language === l));
  const header = langs.map((l) => {
    const c = result.cells.find((x) => x.language === l)!;
    return `${l} (${c.criterion})`;
  });
  const out = [`| length | ${header.join(' | ')} |`, `| --- | ${langs.map(() => '---:').join(' | ')} |`];
  for (const length of LANGID_LENGTHS) {
    const row = langs.map((l) => {
      const c = result.cells.find((x) => x.length === length && x.language === l);
      return c && c.accuracy !== null ? `${(100 * c.accuracy).toFixed(1)} (${c.correct}/${c.n})` : '-';
    });
    if (row.every((r) => r === '-')) continue;
    out.push(`| ${length} | ${row.join(' | ')} |`);
  }
  return out.join('\n');
}

/** Where the wrong labels went: for each cell, the labels other than the correct one. */
export function formatLangIdConfusion(result: LangIdResult): string {
  const out = ['| length | language | labels |', '| --- | --- | --- |'];
  for (const c of result.cells) {
    out.push(`| ${c.length} | ${c.language} | ${Object.entries(c.labels).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  }
  return out.join('\n');
}
