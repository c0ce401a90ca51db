/**
 * The seeds evaluation: run the built CLI over seeds/ into a folder, score it against
 * fixtures/gold, and compare the F1 values with the committed floors (eval/floors.json).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreDirs } from './command.js';
import type { DatasetScore } from './score.js';

/** The repository root, from src/eval or dist/eval alike. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FLOORS_PATH = join(REPO_ROOT, 'eval', 'floors.json');

export interface ExtractRun {
  ok: boolean;
  /** the CLI's exit code (null when it could not start or was killed) */
  code: number | null;
  stderr: string;
}

/**
 * Runs `node bin/bilex.js extract seeds --out OUT --quiet` in the repository root. Exit code 1
 * (some inputs failed, the rest written) still counts as a run whose output can be scored.
 */
export function extractSeeds(outDir: string, root = REPO_ROOT): ExtractRun {
  const bin = join(root, 'bin', 'bilex.js');
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    return { ok: false, code: null, stderr: 'dist/cli/main.js is missing (the CLI is not built yet)' };
  }
  const r = spawnSync(process.execPath, [bin, 'extract', 'seeds', '--out', outDir, '--quiet'], {
    cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = `${r.error ? `${r.error.message}\n` : ''}${r.stderr ?? ''}`;
  const ok = (r.status === 0 || r.status === 1) && existsSync(outDir);
  return { ok, code: r.status, stderr };
}

export function scoreSeedOutput(outDir: string, root = REPO_ROOT): { score: DatasetScore; problems: string[] } {
  const { score, problems } = scoreDirs(join(root, 'fixtures', 'gold'), outDir);
  return { score, problems };
}

// ---------------------------------------------------------------------------------------------
// floors

/** F1 floors by `field/language` (e.g. `person/en`, `mentions/all`), for each measure. */
export interface Floors {
  note?: string;
  strict: Record<string, number>;
  lenient: Record<string, number>;
}

export interface FloorViolation {
  row: string;
  measure: 'strict' | 'lenient';
  floor: number;
  measured: number | null;
}

/** Rounds down to two decimals (guarding against 0.29 * 100 = 28.999…). */
export function floorTo2(x: number): number {
  return Math.floor(x * 100 + 1e-9) / 100;
}

/**
 * Floors from measured values: every row with gold items and a non-zero F1, rounded down to 2
 * decimals (a floor of 0 could never fail).
 */
export function floorsFrom(score: DatasetScore): Floors {
  const floors: Floors = {
    note: 'F1 floors for the seeds (fixtures/gold vs bilex extract seeds), measured F1 rounded down to 2 decimals; regenerate with `npm run eval -- --write-floors` after an improvement, never to hide a regression.',
    strict: {},
    lenient: {},
  };
  for (const r of score.rows) {
    if (r.gold === 0) continue;
    const key = `${r.field}/${r.language}`;
    const strict = floorTo2(r.strict.f1 ?? 0);
    const lenient = floorTo2(r.lenient.f1 ?? 0);
    if (strict > 0) floors.strict[key] = strict;
    if (lenient > 0) floors.lenient[key] = lenient;
  }
  return floors;
}

export function readFloors(path = FLOORS_PATH): Floors | null {
  if (!existsSync(path)) return null;
  const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<Floors>;
  return { note: v.note, strict: v.strict ?? {}, lenient: v.lenient ?? {} };
}

/** Rows whose F1 is below its floor; a floor whose row disappeared counts as measured null. */
export function checkFloors(score: DatasetScore, floors: Floors): FloorViolation[] {
  const out: FloorViolation[] = [];
  for (const measure of ['strict', 'lenient'] as const) {
    for (const [row, floor] of Object.entries(floors[measure]).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [field, language] = row.split('/');
      const r = score.rows.find((x) => x.field === field && x.language === language);
      const measured = r ? r[measure].f1 : null;
      if (measured === null || measured + 1e-9 < floor) out.push({ row, measure, floor, measured });
    }
  }
  return out;
}

export function formatViolations(violations: readonly FloorViolation[]): string {
  return violations
    .map((v) => `${v.row} ${v.measure} F1 ${v.measured === null ? 'missing' : v.measured.toFixed(4)} < floor ${v.floor.toFixed(2)}`)
    .join('\n');
}
