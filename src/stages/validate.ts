import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { ArticleRecord } from '../core/types.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export interface ValidationProblem {
  /** JSON Pointer into the record (`/entities/3/mentions/0/end`). */
  path: string;
  message: string;
}

type SchemaName = 'article' | 'entity-index' | 'manifest' | 'gold';

let ajv: Ajv2020 | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

/** Compiled once per process; later calls reuse the validator. */
function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (fn) return fn;
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  }
  const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')) as object;
  const compiledFn = ajv.compile(schema);
  compiled.set(name, compiledFn);
  return compiledFn;
}

function problems(errors: ErrorObject[] | null | undefined): ValidationProblem[] {
  return (errors ?? []).map((e) => ({ path: e.instancePath || '/', message: `${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}` }));
}

export function validateAgainst(name: SchemaName, value: unknown): ValidationProblem[] {
  const fn = validator(name);
  return fn(value) ? [] : problems(fn.errors);
}

/**
 * Schema validation plus the invariants a schema cannot state: every span's text is the slice
 * of the input it points to, offsets are in bounds, and ids referenced by agreements and events
 * exist.
 */
export function validateRecord(record: ArticleRecord, input: string): ValidationProblem[] {
  const found = validateAgainst('article', record);
  if (found.length) return found;
  const out: ValidationProblem[] = [];
  walkSpans(record, [], (at, s) => {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= input.length)) out.push({ path: pointer(at), message: `offsets [${s.start}, ${s.end}) out of bounds (length ${input.length})` });
    else if (typeof s.text === 'string' && input.slice(s.start, s.end) !== s.text) out.push({ path: `${pointer(at)}/text`, message: 'text differs from input.slice(start, end)' });
  });
  const ids = new Set(record.entities.map((e) => e.id));
  record.agreements.forEach((a, i) => a.parties.forEach((p, j) => {
    if (!ids.has(p)) out.push({ path: `/agreements/${i}/parties/${j}`, message: `unknown entity id ${p}` });
  }));
  record.events.forEach((e, i) => {
    e.participants.forEach((p, j) => {
      if (!ids.has(p)) out.push({ path: `/events/${i}/participants/${j}`, message: `unknown entity id ${p}` });
    });
    if (e.location && !ids.has(e.location)) out.push({ path: `/events/${i}/location`, message: `unknown entity id ${e.location}` });
  });
  return out;
}

const pointer = (at: readonly (string | number)[]): string => at.map((k) => `/${k}`).join('');

/** Visits every object with numeric start and end; `at` is its path (built into a pointer only on a problem). */
function walkSpans(value: unknown, at: (string | number)[], visit: (at: readonly (string | number)[], s: { start: number; end: number; text?: string }) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v !== 'object' || v === null) continue;
      at.push(i);
      walkSpans(v, at, visit);
      at.pop();
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.start === 'number' && typeof obj.end === 'number') visit(at, obj as { start: number; end: number; text?: string });
  for (const k in obj) {
    const v = obj[k];
    if (typeof v !== 'object' || v === null) continue;
    at.push(k);
    walkSpans(v, at, visit);
    at.pop();
  }
}
