import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../../src/bench/corpus.js';

/** The repository (or, for development, another build of it via BILEX_ROOT). */
export const ROOT = process.env.BILEX_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI: `npm test` builds first, so spawned runs test what users run. */
export const BIN = path.join(ROOT, 'bin', 'bilex.js');
export const DIST = path.join(ROOT, 'dist');
export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/bilex.js ...args` with optional stdin; never throws on a non-zero exit. */
export function runCli(args: readonly string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

export const tempDir = (prefix: string) => mkdtemp(path.join(tmpdir(), `bilex-${prefix}-`));

/** Every file under `dir` (relative paths, sorted), dot files included. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(path.join(d, e.name), path.join(rel, e.name));
      else out.push(path.join(rel, e.name));
    }
  };
  await walk(dir, '');
  return out.sort();
}

/** name → content of every file in `dir` (not recursive), for byte-identity checks. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
  return files;
}

/** The seed articles (texts only). */
export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));
}

/** Sentences of the seeds, per script, to build varied documents deterministically. */
export function seedSentences(): { en: string[]; ar: string[] } {
  const en: string[] = [];
  const ar: string[] = [];
  for (const { text } of seedTexts()) {
    for (const s of text.split(/(?<=[.!?؟])\s+|\n+/u)) {
      const t = s.trim();
      if (t.length < 30 || t.length > 400) continue;
      (/\p{Script=Arabic}/u.test(t) ? ar : en).push(t);
    }
  }
  return { en, ar };
}

/** A small deterministic PRNG (mulberry32), the benchmark's. */
export const rng = prng;

/** `count` documents recombined from seed sentences (both languages), reproducible by seed. */
export function generatedDocs(count: number, seed = 1, sentencesPerDoc = 4): { id: string; text: string }[] {
  const { en, ar } = seedSentences();
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const pool = i % 3 === 2 && ar.length ? ar : en;
    const n = 1 + Math.floor(next() * sentencesPerDoc);
    return { id: `gen-${String(i).padStart(4, '0')}`, text: Array.from({ length: n }, () => pick(pool)).join(' ') };
  });
}
