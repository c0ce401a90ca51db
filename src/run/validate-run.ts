import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../core/types.js';
import { splitLines } from '../stages/ingest.js';
import { validateAgainst, validateRecord, type ValidationProblem } from '../stages/validate.js';

interface Problem extends ValidationProblem {
  file: string;
  line?: number;
}

/**
 * The lines of the JSONL source last read: records of one JSONL input come one after the other
 * (sorted ids), so one cached file makes validation linear instead of re-reading the source per
 * record.
 */
let jsonlCache: { file: string; lines: string[] } | null = null;

async function sourceText(record: ArticleRecord): Promise<string | null> {
  if (record.source.line !== undefined) {
    // JSONL source: find the line and take its text field.
    try {
      if (jsonlCache?.file !== record.source.path) {
        jsonlCache = null;
        jsonlCache = { file: record.source.path, lines: (await readFile(record.source.path, 'utf8')).split('\n') };
      }
      const obj = JSON.parse((jsonlCache.lines[record.source.line - 1] ?? '').replace(/^\uFEFF/, '').replace(/\r$/, '')) as { text?: unknown };
      return typeof obj.text === 'string' ? obj.text.replace(/^\uFEFF/, '') : null;
    } catch {
      return null;
    }
  }
  try {
    return (await readFile(record.source.path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function checkRecord(value: unknown, file: string, line?: number): Promise<Problem[]> {
  const at = (p: ValidationProblem): Problem => ({ ...p, file, ...(line !== undefined ? { line } : {}) });
  const schemaProblems = validateAgainst('article', value);
  if (schemaProblems.length) return schemaProblems.map(at);
  const record = value as ArticleRecord;
  const text = await sourceText(record);
  return text === null ? [] : validateRecord(record, text).map(at);
}

async function filesOf(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => !n.startsWith('.') && (n.endsWith('.json') || n.endsWith('.jsonl'))).sort();
  return names.map((n) => path.join(target, n));
}

/** `bilex validate`: every record, entity-index line and manifest checked against its schema. */
export async function runValidate(targets: readonly string[], opts: { json: boolean }, io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const problems: Problem[] = [];
  let records = 0;
  for (const target of targets) {
    let files: string[];
    try {
      files = await filesOf(target);
    } catch (e) {
      problems.push({ file: target, path: '/', message: (e as Error).message });
      continue;
    }
    for (const file of files) {
      const base = path.basename(file);
      if (file.endsWith('.jsonl')) {
        // Streamed line by line: a dataset of any size validates in flat memory.
        let i = 0;
        for await (const item of splitLines(createReadStream(file), Number.MAX_SAFE_INTEGER)) {
          i++;
          if (!('line' in item) || !item.line.trim()) continue;
          let value: unknown;
          try {
            value = JSON.parse(item.line);
          } catch (e) {
            problems.push({ file, line: i, path: '/', message: `not JSON: ${(e as Error).message}` });
            continue;
          }
          if (base === 'errors.jsonl') continue;
          if (base === 'entities.jsonl') problems.push(...validateAgainst('entity-index', value).map((p) => ({ ...p, file, line: i })));
          else {
            records++;
            problems.push(...(await checkRecord(value, file, i)));
          }
        }
        continue;
      }
      const content = await readFile(file, 'utf8');
      if (base === 'manifest.json') {
        try {
          problems.push(...validateAgainst('manifest', JSON.parse(content)).map((p) => ({ ...p, file })));
        } catch (e) {
          problems.push({ file, path: '/', message: `not JSON: ${(e as Error).message}` });
        }
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (e) {
        problems.push({ file, path: '/', message: `not JSON: ${(e as Error).message}` });
        continue;
      }
      records++;
      problems.push(...(await checkRecord(value, file)));
    }
  }
  if (opts.json) io.stdout(`${JSON.stringify({ records, valid: problems.length === 0, problems }, null, 2)}\n`);
  else {
    for (const p of problems) io.stderr(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.path}: ${p.message}\n`);
    io.stderr(`bilex validate: ${records} records, ${problems.length} problems\n`);
  }
  return problems.length ? 1 : 0;
}
