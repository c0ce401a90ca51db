/**
 * Regression guard: the real extraction over seeds/ (the built CLI, as `npm test` builds first),
 * scored against fixtures/gold, must stay at or above every F1 floor in eval/floors.json.
 * Floors are measured values rounded down to 2 decimals (`npm run eval -- --write-floors`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors } from '../src/eval/format.js';
import { checkFloors, extractSeeds, formatViolations, readFloors, scoreSeedOutput } from '../src/eval/seeds.js';

const floors = readFloors();
const hasFloors = floors !== null && Object.keys(floors.strict).length > 0;

describe('quality floors on the seeds', () => {
  const out = mkdtempSync(join(tmpdir(), 'bilex-floors-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!hasFloors)('every F1 is at or above its floor', () => {
    const run = extractSeeds(out);
    expect(run.ok, `bilex extract seeds failed (exit ${run.code}):\n${run.stderr}`).toBe(true);
    const { score, problems } = scoreSeedOutput(out);
    expect(problems).toEqual([]);
    // A seed that failed (no record) counts all its gold as missed: the floors decide.
    const violations = checkFloors(score, floors!);
    // On failure, show what fell and the errors to look at.
    expect(violations, `${formatViolations(violations)}\n\n${formatErrors(score)}`).toEqual([]);
  }, 300_000); // a limit for a slow shared machine, not a timing assertion
});
