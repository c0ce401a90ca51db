import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = path.join(ROOT, 'bin/bilex.js');

/**
 * output/ is the committed dataset of the seeds: regenerating it must give the same bytes
 * (run `npm run extract` and review the diff when a change is intended).
 */
describe('committed output/', () => {
  it('equals a fresh extraction of seeds/, byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'bilex-output-'));
    const run = spawnSync(process.execPath, [BIN, 'extract', 'seeds', '--out', out, '--quiet', '--concurrency', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const committed = readdirSync(path.join(ROOT, 'output')).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(path.join(out, name), 'utf8'), `output/${name} is stale: run npm run extract`).toBe(readFileSync(path.join(ROOT, 'output', name), 'utf8'));
    }
  }, 120_000);

  it('passes bilex validate', () => {
    const result = spawnSync(process.execPath, [BIN, 'validate', 'output'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toMatch(/4 records, 0 problems|[1-9]\d* records, 0 problems/);
    expect(result.status).toBe(0);
  });

  it('bilex validate fails on a corrupted record and names the JSON path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bilex-bad-'));
    const record = JSON.parse(readFileSync(path.join(ROOT, 'output', '000_b13c348e54bd72e4.json'), 'utf8'));
    record.entities[0].mentions[0].end += 1;
    record.dates[0].kind = 'sometime';
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'r.json'))}, ${JSON.stringify(JSON.stringify(record))})`]);
    const result = spawnSync(process.execPath, [BIN, 'validate', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/dates/0/kind');
  });
});
