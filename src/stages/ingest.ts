import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { glob } from 'tinyglobby';
import type { ArticleMeta, SourceInfo } from '../core/types.js';

/** One article read and decoded, ready for the pipeline. */
export interface ArticleInput {
  id: string;
  text: string;
  source: SourceInfo;
  meta: ArticleMeta;
  lang?: 'en' | 'ar';
  /** Notes about the input itself (sanitized id, …), carried into the record's diagnostics. */
  notes: string[];
}

export interface InputFailure {
  path: string;
  line?: number;
  id?: string;
  code: string;
  reason: string;
}

export type IngestItem = { kind: 'article'; article: ArticleInput } | { kind: 'failure'; failure: InputFailure };

export interface IngestOptions {
  stdin?: Readable;
  /** Articles larger than this (UTF-8 bytes) are rejected. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.jsonl']);
const GLOB_CHARS = /[*?[\]{}]/;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Ids become file names under --out: keep `[A-Za-z0-9._-]`, never a leading dot, at most 200. */
export function sanitizeId(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.') // `..` never reaches a file name (write.ts refuses it)
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 200);
  // Names in other scripts (`مقال`, `مقال 2`) keep a short hash of the original, so they neither
  // vanish nor collide once their letters are dropped.
  if (/\p{L}/u.test(raw.replace(/[A-Za-z]/g, ''))) {
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, 8);
    return cleaned ? `${cleaned.slice(0, 190)}-${hash}` : hash;
  }
  return cleaned;
}

/** Decodes UTF-8 strictly (BOM dropped) and rejects what is not article text. */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): { text: string } | { code: string; reason: string } {
  if (bytes.length > maxBytes) {
    return { code: 'too-large', reason: `input is ${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)` };
  }
  if (bytes.includes(0)) return { code: 'binary', reason: 'input contains NUL bytes: binary data, not text' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { code: 'invalid-utf8', reason: `input is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  return checkText(text);
}

function checkText(text: string): { text: string } | { code: string; reason: string } {
  if (text.trim().length === 0) return { code: 'empty', reason: 'input is empty or whitespace only' };
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text) && controlShare(text) > 0.1) {
    return { code: 'binary', reason: 'input is mostly control characters: binary data, not text' };
  }
  return { text };
}

function controlShare(text: string): number {
  let n = 0;
  const sample = text.slice(0, 4096);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return n / sample.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix would be cheaper, but this runs only on failure.
  const d = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      d.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Expands PATH arguments (files, folders recursively, globs, `-`) into sorted file paths. */
export async function expandPaths(args: readonly string[]): Promise<{ files: string[]; stdin: boolean; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      for (const f of await walk(arg)) files.add(f);
    } else if (info?.isFile()) {
      files.add(path.normalize(arg));
    } else if (GLOB_CHARS.test(arg)) {
      const matched = await glob(arg, { onlyFiles: true, dot: false });
      if (matched.length === 0) missing.push(arg);
      for (const f of matched) files.add(path.normalize(f));
    } else {
      missing.push(arg);
    }
  }
  return { files: [...files].sort(), stdin, missing };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Reads one .txt file as one article. */
export async function readTextFile(file: string, maxBytes: number): Promise<IngestItem> {
  const info = await stat(file);
  if (info.size > maxBytes) {
    return failure(file, 'too-large', `input is ${info.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  }
  const bytes = await readFile(file);
  const rawId = path.basename(file, path.extname(file));
  const item = articleFromBytes(bytes, { path: file, rawId, maxBytes });
  if (item.kind === 'article') await applySidecar(item.article, file);
  return item;
}

/**
 * `<name>.meta.json` beside a .txt file carries what a JSONL line would: the publication `date`
 * (the reference for relative dates), `url` and `lang`.
 */
async function applySidecar(article: ArticleInput, file: string): Promise<void> {
  const sidecar = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.meta.json`);
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    article.notes.push(`${sidecar} is not valid JSON (${(e as Error).message}): ignored`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  const date = own(obj, 'date');
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) article.meta.date = date;
  else if (date !== undefined) article.notes.push(`${sidecar}: "date" ${JSON.stringify(date)} is not an ISO date: ignored`);
  const url = own(obj, 'url');
  if (typeof url === 'string') article.meta.url = url;
  const lang = own(obj, 'lang');
  if (lang === 'en' || lang === 'ar') article.lang = lang;
}

function articleFromBytes(
  bytes: Uint8Array,
  where: { path: string; rawId: string; maxBytes: number; line?: number },
): IngestItem {
  const decoded = decodeArticle(bytes, where.maxBytes);
  if ('code' in decoded) return failure(where.path, decoded.code, decoded.reason, where.line);
  const id = idOrFailure(where.rawId, where.path, where.line);
  if (typeof id !== 'string') return id;
  const notes = id === where.rawId ? [] : [`id "${where.rawId}" sanitized to "${id}"`];
  const source: SourceInfo = { path: where.path, sha256: sha256(bytes), bytes: bytes.length };
  if (where.line !== undefined) source.line = where.line;
  return { kind: 'article', article: { id, text: decoded.text, source, meta: {}, notes } };
}

function idOrFailure(rawId: string, file: string, line?: number): string | IngestItem {
  const id = sanitizeId(rawId);
  if (!id) return failure(file, 'bad-id', `id ${JSON.stringify(rawId)} has no usable characters`, line);
  return id;
}

function failure(file: string, code: string, reason: string, line?: number, id?: string): IngestItem {
  const f: InputFailure = { path: file, code, reason };
  if (line !== undefined) f.line = line;
  if (id !== undefined) f.id = id;
  return { kind: 'failure', failure: f };
}

/**
 * Splits a byte stream into lines (`\n`, an optional `\r` before it dropped), pulling the next
 * chunk only when the consumer asks: at most one chunk plus one line is buffered, whatever the
 * input size. A line longer than `maxBytes` is skipped without being buffered and reported by
 * its size instead.
 */
export async function* splitLines(input: Readable, maxBytes: number): AsyncGenerator<{ line: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const take = (): { line: string } | { tooLong: number } => {
    const result = skipping ? { tooLong: size } : { line: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return result;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      if (!skipping) parts.push(buf.subarray(from, nl));
      size += nl - from;
      yield take();
      from = nl + 1;
    }
    if (from < buf.length) {
      size += buf.length - from;
      if (!skipping) parts.push(buf.subarray(from));
      if (size > maxBytes + 1) {
        skipping = true;
        parts = [];
      }
    }
  }
  if (size > 0 || parts.length) yield take();
}

/** Streams a JSONL source, one article per line: `{"id", "text", "lang"?, "date"?, "url"?}`. */
export async function* readJsonl(input: Readable, label: string, maxBytes: number): AsyncGenerator<IngestItem> {
  let lineNo = 0;
  const fallbackBase = sanitizeId(path.basename(label, path.extname(label))) || 'stdin';
  for await (const item of splitLines(input, maxBytes)) {
    lineNo++;
    if ('tooLong' in item) {
      yield failure(label, 'too-large', `line is ${item.tooLong} bytes, over the limit of ${maxBytes}`, lineNo);
      continue;
    }
    if (item.line.trim() === '') continue;
    yield parseJsonlLine(item.line, { label, lineNo, fallbackBase, maxBytes });
  }
}

export function parseJsonlLine(
  line: string,
  at: { label: string; lineNo: number; fallbackBase: string; maxBytes: number },
): IngestItem {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length > at.maxBytes) {
    return failure(at.label, 'too-large', `line is ${bytes.length} bytes, over the limit of ${at.maxBytes}`, at.lineNo);
  }
  let value: unknown;
  try {
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (e) {
    return failure(at.label, 'bad-json', `line is not valid JSON: ${(e as Error).message}`, at.lineNo);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(at.label, 'bad-json', 'line is not a JSON object', at.lineNo);
  }
  const obj = value as Record<string, unknown>;
  const text = own(obj, 'text');
  if (typeof text !== 'string') return failure(at.label, 'missing-text', 'line has no string "text" field', at.lineNo);
  const checked = checkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if ('code' in checked) return failure(at.label, checked.code, checked.reason, at.lineNo);
  const rawIdValue = own(obj, 'id');
  const notes: string[] = [];
  let rawId: string;
  if (typeof rawIdValue === 'string' && rawIdValue.length > 0) rawId = rawIdValue;
  else if (typeof rawIdValue === 'number') rawId = String(rawIdValue);
  else {
    rawId = `${at.fallbackBase}-L${at.lineNo}`;
    notes.push(`line has no "id": using "${rawId}"`);
  }
  const id = idOrFailure(rawId, at.label, at.lineNo);
  if (typeof id !== 'string') return id;
  if (id !== rawId) notes.push(`id ${JSON.stringify(rawId)} sanitized to "${id}"`);
  const meta: ArticleMeta = {};
  const date = own(obj, 'date');
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) meta.date = date;
  else if (date !== undefined) notes.push(`"date" ${JSON.stringify(date)} is not an ISO date: ignored`);
  const url = own(obj, 'url');
  if (typeof url === 'string') meta.url = url;
  const lang = own(obj, 'lang');
  const article: ArticleInput = {
    id,
    text: checked.text,
    source: { path: at.label, sha256: sha256(bytes), bytes: bytes.length, line: at.lineNo },
    meta,
    notes,
  };
  if (lang === 'en' || lang === 'ar') article.lang = lang;
  else if (lang !== undefined) notes.push(`"lang" ${JSON.stringify(lang)} is not en or ar: detecting instead`);
  return { kind: 'article', article };
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * All inputs as one stream, files in sorted path order, JSONL line by line (memory stays flat).
 * Stdin is JSONL when its first non-blank character is `{`, else one text article with id `stdin`.
 */
export async function* ingest(args: readonly string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  const { files, stdin, missing } = await expandPaths(args);
  for (const m of missing) yield failure(m, 'not-found', 'no such file, folder or glob match');
  for (const file of files) {
    try {
      if (path.extname(file).toLowerCase() === '.jsonl') {
        yield* readJsonl(createReadStream(file), file, options.maxBytes);
      } else {
        yield await readTextFile(file, options.maxBytes);
      }
    } catch (e) {
      yield failure(file, 'read-error', (e as Error).message);
    }
  }
  if (stdin && options.stdin) yield* readStdin(options.stdin, options.maxBytes);
}

async function* readStdin(input: Readable, maxBytes: number): AsyncGenerator<IngestItem> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await iterator.next();
  if (first.done) {
    yield failure('-', 'empty', 'standard input is empty');
    return;
  }
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
  const { Readable: ReadableCtor } = await import('node:stream');
  const rest = ReadableCtor.from((async function* () {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })());
  const firstChar = head.toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  if (firstChar === '{') {
    yield* readJsonl(rest, '-', maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > maxBytes) {
      yield failure('-', 'too-large', `standard input is over the limit of ${maxBytes} bytes`);
      return;
    }
    chunks.push(b);
  }
  yield articleFromBytes(Buffer.concat(chunks), { path: '-', rawId: 'stdin', maxBytes });
}
