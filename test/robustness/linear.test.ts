import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, tempDir } from '../cli/helpers.js';

/**
 * Every stage must stay (near) linear on adversarial input: a 1 MB pathological document goes
 * through the whole built pipeline in a child process that is killed after a generous bound.
 * (Not a benchmark: the bound is ~10× what a linear pipeline needs on a loaded 2-core machine.)
 */

const SIZE = 1_000_000;
const BOUND_MS = 60_000;

// Each generator builds the document in the child from SIZE (cases are named, not shipped).
const GENERATORS = {
  'capital run': `'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(N / 26 + 1).slice(0, N)`,
  'digit run': `'0123456789'.repeat(N / 10)`,
  'hyphen run': `'-'.repeat(N)`,
  'hyphenated letters': `'a-'.repeat(N / 2)`,
  'Arabic letters without spaces': `'بشارالأسدوزيرالخارجية'.repeat(N / 21)`,
  'Arabic with tatweel and diacritics': `'ـــَُِّْ'.repeat(N / 8)`,
  '"= = =" lines': `'= = =\\n'.repeat(N / 6)`,
  '"==" run': `'='.repeat(N)`,
  'infobox pipes': `'{{Infobox\\n' + '| a = | b = {{ [[ \\n'.repeat(Math.ceil(N / 19))`,
  'dot run': `'.'.repeat(N)`,
  'capitalized words': `'THE UNITED NATIONS '.repeat(N / 19)`,
  'whitespace between words': `'Oman' + ' '.repeat(N) + 'Syria'`,
} as const;
type CaseName = keyof typeof GENERATORS;

/**
 * Known super-linear spots, skipped until fixed, with the file and line to look at (a 1 MB run
 * would take hours or overflow the stack). Empty now: every case must finish.
 */
const KNOWN: Partial<Record<CaseName, string>> = {};

let dir: string;
let script: string;

beforeAll(async () => {
  dir = await tempDir('linear');
  script = path.join(dir, 'one.mjs');
  await writeFile(script, `
const { processArticle } = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'core', 'pipeline.js')).href)});
const { validateRecord } = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'stages', 'validate.js')).href)});
const N = Number(process.argv[3]);
const text = (${'{'}${Object.entries(GENERATORS).map(([k, v]) => `${JSON.stringify(k)}: () => ${v}`).join(', ')}${'}'})[process.argv[2]]();
const started = performance.now();
try {
  const sha256 = (await import('node:crypto')).createHash('sha256').update(text).digest('hex');
  const record = processArticle({ id: 'x', text, source: { path: 'x.txt', sha256, bytes: Buffer.byteLength(text) }, meta: {}, notes: [] }, {});
  const problems = validateRecord(record, text);
  process.stdout.write(JSON.stringify({ ok: true, ms: performance.now() - started, length: text.length, problems: problems.slice(0, 3) }));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, ms: performance.now() - started, error: String(e && e.stack || e).slice(0, 500) }));
}
`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runCase(name: CaseName): Promise<{ ok: boolean; ms: number; length?: number; problems?: unknown[]; error?: string } | 'timeout'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, name, String(SIZE)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('timeout');
    }, BOUND_MS);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (out) resolve(JSON.parse(out) as { ok: boolean; ms: number });
    });
  });
}

describe('1 MB pathological documents finish within a generous bound', () => {
  for (const name of Object.keys(GENERATORS) as CaseName[]) {
    const known = KNOWN[name];
    (known ? it.skip : it)(`${name}${known ? ` (known: ${known})` : ''}`, async () => {
      const result = await runCase(name);
      expect(result, `${name} did not finish within ${BOUND_MS / 1000} s`).not.toBe('timeout');
      if (result === 'timeout') return;
      expect(result.error).toBeUndefined();
      expect(result.ok).toBe(true);
      expect(result.length).toBeGreaterThanOrEqual(SIZE * 0.99);
      expect(result.problems).toEqual([]);
    }, BOUND_MS + 30_000);
  }
});
