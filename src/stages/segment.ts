import { trimRange, span } from '../core/span.js';
import type { Diagnostic, InfoboxField, Paragraph, Section, Sentence, Span } from '../core/types.js';
import { ABBREVIATIONS } from '../lang/common/abbreviations.js';
import { detectLanguage } from './detect-language.js';

export interface Segmentation {
  format: 'wiki' | 'news' | 'plain';
  title: Span | null;
  infobox: InfoboxField[];
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  diagnostics: Diagnostic[];
}

interface Line {
  start: number;
  end: number; // exclusive, without the line break
  text: string;
}

const TITLE_LINE = /^=(?!=)\s*(.*?)\s*=\s*$/;
const HEADING_LINE = /^(={2,6})(.*?)(={1,6})\s*$/;
const INFOBOX_LINE = /^\s*infobox\b/i;
const INFOBOX_FIELD = /^\s*[-*|]\s*([^:=]{1,60}?)\s*[:=]\s*(.*)$/;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,3}[.)])\s+/;
const SENTENCE_FINAL = /[.!?؟。]["'”»’)\]]*\s*$/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: contentEnd, text: text.slice(start, contentEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

const isBlank = (line: Line) => line.text.trim() === '';

/** Splits an article into title, infobox, sections, paragraphs and sentences (all as offsets). */
export function segment(text: string): Segmentation {
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const firstContent = lines.find((l) => !isBlank(l));
  const titleMatch = firstContent ? TITLE_LINE.exec(firstContent.text) : null;
  const hasHeadings = lines.some((l) => HEADING_LINE.test(l.text));
  const format: Segmentation['format'] = titleMatch || hasHeadings || lines.some((l) => INFOBOX_LINE.test(l.text) && l.text.trim().length < 20)
    ? 'wiki'
    : lines.filter((l) => !isBlank(l)).length > 1 ? 'news' : 'plain';

  let title: Span | null = null;
  const infobox: InfoboxField[] = [];
  const headings: { line: Line; level: number; heading: Span }[] = [];
  const blocks: { start: number; end: number; kind: NonNullable<Paragraph['kind']> }[] = [];
  let inInfobox = false;
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end, kind: 'paragraph' });
    paragraph = [];
  };

  for (const line of lines) {
    if (isBlank(line)) {
      flush();
      inInfobox = false;
      continue;
    }
    if (format === 'wiki' && line === firstContent && titleMatch) {
      title = trimmedSpan(text, line.start + line.text.indexOf(titleMatch[1]!), titleMatch[1]!.length);
      blocks.push({ start: line.start, end: line.end, kind: 'heading' });
      continue;
    }
    const heading = format === 'wiki' ? HEADING_LINE.exec(line.text) : null;
    if (heading) {
      flush();
      inInfobox = false;
      const [, open, inner, close] = heading;
      if (open!.length !== close!.length) {
        diagnostics.push({ severity: 'warning', code: 'unbalanced-heading', message: `heading "${line.text.trim()}" has ${open!.length} "=" before and ${close!.length} after`, start: line.start, end: line.end });
      }
      const innerStart = line.start + open!.length;
      const hs = trimmedSpan(text, innerStart, inner!.length);
      if (hs) headings.push({ line, level: Math.min(open!.length, close!.length, 6), heading: hs });
      blocks.push({ start: line.start, end: line.end, kind: 'heading' });
      continue;
    }
    if (format === 'wiki' && INFOBOX_LINE.test(line.text) && line.text.trim().length < 20) {
      flush();
      inInfobox = true;
      blocks.push({ start: line.start, end: line.end, kind: 'infobox' });
      continue;
    }
    if (inInfobox) {
      const field = INFOBOX_FIELD.exec(line.text);
      if (field) {
        const valueOffset = line.text.length - field[2]!.length;
        const value = trimmedSpan(text, line.start + valueOffset, field[2]!.length);
        if (value) infobox.push({ key: field[1]!.trim(), value });
        else diagnostics.push({ severity: 'warning', code: 'infobox-empty-value', message: `infobox field "${field[1]!.trim()}" has no value`, start: line.start, end: line.end });
      } else {
        diagnostics.push({ severity: 'warning', code: 'infobox-malformed', message: `infobox line is not "- Key: Value": ${JSON.stringify(line.text.trim().slice(0, 60))}`, start: line.start, end: line.end });
      }
      blocks.push({ start: line.start, end: line.end, kind: 'infobox' });
      continue;
    }
    if (LIST_ITEM.test(line.text)) {
      flush();
      blocks.push({ start: line.start, end: line.end, kind: 'list-item' });
      continue;
    }
    paragraph.push(line);
  }
  flush();

  // News sub-headings: a short standalone line without final punctuation, after the lead.
  if (format === 'news') {
    blocks.forEach((block, i) => {
      if (i === 0 || block.kind !== 'paragraph') return;
      const body = text.slice(block.start, block.end);
      if (body.includes('\n') || SENTENCE_FINAL.test(body)) return;
      const words = body.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
      if (words.length === 0 || words.length > 6) return;
      const hs = trimmedSpan(text, block.start, block.end - block.start);
      if (!hs) return;
      block.kind = 'heading';
      headings.push({ line: { start: block.start, end: block.end, text: body }, level: 2, heading: hs });
    });
  }

  const sections: Section[] = headings.map((h, i) => {
    const next = headings.slice(i + 1).find((o) => o.level <= h.level);
    return { heading: h.heading, level: h.level, start: h.line.start, end: next ? next.line.start : trimEnd(text) };
  });

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const [start, end] = trimRange(text, block.start, block.end, /\s/u);
    if (start >= end) continue;
    const body = text.slice(start, end);
    paragraphs.push({ start, end, kind: block.kind, language: detectLanguage(body) });
    if (block.kind === 'paragraph') sentences.push(...splitSentences(text, start, end));
    if (block.kind === 'list-item') sentences.push(...splitSentences(text, start + (LIST_ITEM.exec(body)?.[0].length ?? 0), end));
  }
  return { format, title, infobox, sections, paragraphs, sentences, diagnostics };
}

function trimmedSpan(text: string, start: number, length: number): Span | null {
  const [s, e] = trimRange(text, start, start + length, /[\s&]/u);
  return s < e ? span(text, s, e) : null;
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

// A sentence ends at . ! ? ؟ (plus closing quotes/brackets) followed by space and a plausible
// sentence start, or by a capitalized word glued to the period (`China.In`), or at a line break.
const BOUNDARY = /([.!?؟。…]+)(["'”»’)\]&]*)(?:(\s+)(?=["'“«‘(\[]?[\p{Lu}\p{N}\p{Script=Arabic}])|(?=[\p{Lu}][\p{Ll}])|(\s*\n\s*))|(\s*\n\s*)/gu;

/** Sentence spans in text[start, end): abbreviations (`U.S.`, `Dr.`) and initials do not split. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const body = text.slice(start, end);
  const out: Sentence[] = [];
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    if (m[0].length === 0) {
      BOUNDARY.lastIndex++;
      continue;
    }
    const punctEnd = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (m[1] === '.' && isAbbreviationBefore(body, m.index, m[3] === undefined && m[4] === undefined)) continue;
    push(sentenceStart, m[5] !== undefined ? m.index : punctEnd);
    sentenceStart = m.index + m[0].length;
  }
  push(sentenceStart, body.length);
  return out;

  function push(s: number, e: number) {
    const [ts, te] = trimRange(body, s, e, /[\s&]/u);
    if (ts < te) out.push({ start: start + ts, end: start + te });
  }
}

function isAbbreviationBefore(body: string, dotIndex: number, glued: boolean): boolean {
  let i = dotIndex;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1]!)) i--;
  const token = body.slice(i, dotIndex).toLowerCase();
  if (token.length === 0) return false;
  if (token.length === 1 && /\p{L}/u.test(token)) return true; // an initial: `M. F. Akhundov`
  if (ABBREVIATIONS.has(token)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return true; // U.S, e.g, a.m
  // Glued capital (`China.In`) ends a sentence only after a real word.
  return glued && token.length < 3;
}
