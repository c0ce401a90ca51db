import { trimRange, span } from '../core/span.js';
import type { ArticleRecord, Diagnostic, InfoboxField, Paragraph, Section, Sentence, Span } from '../core/types.js';
import { ABBREVIATIONS } from '../lang/common/abbreviations.js';
import { detectLanguage } from './detect-language.js';

/** The structure segmentation adds to a document (the same fields as the record's). */
export type Segmentation = Pick<ArticleRecord, 'format' | 'title' | 'infobox' | 'sections' | 'paragraphs' | 'sentences' | 'diagnostics'>;

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
    // A loop, not push(...): a block may hold more sentences than the stack has room for arguments.
    const from = block.kind === 'list-item' ? start + (LIST_ITEM.exec(body)?.[0].length ?? 0) : start;
    if (block.kind === 'paragraph' || block.kind === 'list-item') for (const sentence of splitSentences(text, from, end)) sentences.push(sentence);
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

const TERMINALS = new Set(['.', '!', '?', '؟', '。', '…']);
const TERMINAL_CODES = new Set([...TERMINALS].map((t) => t.charCodeAt(0)));
const CLOSERS = new Set(['"', "'", '”', '»', '’', ')', ']', '&']);
const OPENERS = new Set(['"', "'", '“', '«', '‘', '(', '[']);
const SENTENCE_START = /[\p{Lu}\p{N}\p{Script=Arabic}]/u;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * Sentence spans in text[start, end). A sentence ends at . ! ? ؟ (plus closing quotes or
 * brackets) followed by space and a plausible sentence start, by a capitalized word glued to the
 * period (`China.In`), or by a line break; abbreviations (`U.S.`, `Dr.`) and initials do not end
 * one. A single left-to-right scan: linear in the text whatever it holds.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let sentenceStart = start;
  const push = (s: number, e: number) => {
    const [ts, te] = trimRange(text, s, e, /[\s&]/u);
    if (ts < te) out.push({ start: ts, end: te });
  };
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    // Most characters are neither a line break nor a terminal: decided on the code unit alone.
    if (code !== 10 && !TERMINAL_CODES.has(code)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\n') {
      push(sentenceStart, i);
      let j = i;
      while (j < end && isSpace(text[j])) j++;
      sentenceStart = j;
      i = j;
      continue;
    }
    if (!TERMINALS.has(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && TERMINALS.has(text[j]!)) j++;
    let k = j;
    while (k < end && CLOSERS.has(text[k]!)) k++;
    let w = k;
    let newline = false;
    while (w < end && isSpace(text[w])) {
      if (text[w] === '\n') newline = true;
      w++;
    }
    let boundary: boolean;
    const glued = w === k;
    if (w === end) boundary = false; // the block's end closes the last sentence anyway
    else if (newline) boundary = true;
    else if (!glued) {
      const next = OPENERS.has(text[w]!) ? w + 1 : w;
      boundary = next < end && SENTENCE_START.test(text[next]!);
    } else boundary = /\p{Lu}/u.test(text[k]!) && /\p{Ll}/u.test(text[k + 1] ?? '');
    if (boundary && j - i === 1 && ch === '.' && isAbbreviationBefore(text, start, i, glued)) boundary = false;
    if (boundary) {
      push(sentenceStart, k);
      sentenceStart = w;
      i = w;
    } else i = k;
  }
  push(sentenceStart, end);
  return out;
}

/** Abbreviations are short: the backward look is bounded, so runs like `a.a.a.a…` stay linear. */
const MAX_ABBREVIATION = 24;

function isAbbreviationBefore(text: string, blockStart: number, dotIndex: number, glued: boolean): boolean {
  let i = dotIndex;
  const limit = Math.max(blockStart, dotIndex - MAX_ABBREVIATION);
  while (i > limit && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const token = text.slice(i, dotIndex).toLowerCase();
  if (token.length === 0) return false;
  if (token.length === 1 && /\p{L}/u.test(token)) return true; // an initial: `M. F. Akhundov`
  if (ABBREVIATIONS.has(token)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return true; // U.S, e.g, a.m
  // Glued capital (`China.In`) ends a sentence only after a real word.
  return glued && token.length < 3;
}
