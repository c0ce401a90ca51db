/**
 * `bilex eval --gold DIR --pred DIR [--json] [--errors]`: reads gold files and the extractor's
 * output, scores them by id, prints a table (or JSON) and returns the exit code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleRecord } from '../core/types.js';
import { formatErrors, formatSummary, formatTable, toJson } from './format.js';
import { goldProblems } from './gold.js';
import type { GoldArticle } from './gold.js';
import { scoreDataset } from './score.js';
import type { DatasetScore, ScorePair } from './score.js';

export interface EvalArgs {
  gold: string;
  pred: string;
  json: boolean;
  errors: boolean;
}

export interface EvalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Files in the output folder that are not article records. */
const NON_RECORD_FILES = new Set(['manifest.json']);

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Gold articles of a folder (`<id>.json`), sorted by id; unreadable files become problems. */
export function readGoldDir(dir: string): { gold: GoldArticle[]; problems: string[] } {
  const gold: GoldArticle[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    try {
      const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const issues = goldProblems(value);
      if (issues.length > 0) {
        problems.push(`${path}: ${issues.join('; ')}`);
        continue;
      }
      const g = value as GoldArticle;
      if (g.id !== basename(name, '.json')) problems.push(`${path}: id "${g.id}" differs from the file name (scored as "${g.id}")`);
      gold.push(g);
    } catch (e) {
      problems.push(`${path}: ${errorMessage(e)}`);
    }
  }
  return { gold, problems };
}

function isRecord(value: unknown): value is ArticleRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && Array.isArray(v['entities']);
}

/**
 * Predicted records of an output folder, by id: `articles.jsonl` when present, plus any
 * `<id>.json` record not in it (the pretty copies carry the same records).
 */
export function readPredDir(dir: string): { pred: Map<string, ArticleRecord>; problems: string[] } {
  const pred = new Map<string, ArticleRecord>();
  const problems: string[] = [];
  const jsonl = join(dir, 'articles.jsonl');
  if (existsSync(jsonl)) {
    readFileSync(jsonl, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        const value: unknown = JSON.parse(line);
        if (isRecord(value)) pred.set(value.id, value);
        else problems.push(`${jsonl}:${i + 1}: not an article record`);
      } catch (e) {
        problems.push(`${jsonl}:${i + 1}: ${errorMessage(e)}`);
      }
    });
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !NON_RECORD_FILES.has(n)).sort()) {
    const id = basename(name, '.json');
    if (pred.has(id)) continue;
    const path = join(dir, name);
    try {
      const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (isRecord(value)) pred.set(value.id, value);
    } catch (e) {
      problems.push(`${path}: ${errorMessage(e)}`);
    }
  }
  return { pred, problems };
}

/** Scores a gold folder against a prediction folder (no printing). */
export function scoreDirs(goldDir: string, predDir: string): { score: DatasetScore; problems: string[]; unscored: string[] } {
  const { gold, problems: goldIssues } = readGoldDir(goldDir);
  const { pred, problems: predIssues } = readPredDir(predDir);
  const pairs: ScorePair[] = gold.map((g) => ({ gold: g, pred: pred.get(g.id) ?? null }));
  const goldIds = new Set(gold.map((g) => g.id));
  const unscored = [...pred.keys()].filter((id) => !goldIds.has(id)).sort();
  return { score: scoreDataset(pairs), problems: [...goldIssues, ...predIssues], unscored };
}

export async function runEvalCommand(args: EvalArgs, io: EvalIo): Promise<number> {
  if (!args.gold || !args.pred) {
    io.stderr('usage: bilex eval --gold DIR --pred DIR [--json] [--errors]\n');
    return 2;
  }
  for (const [flag, dir] of [['--gold', args.gold], ['--pred', args.pred]] as const) {
    if (!isDir(dir)) {
      io.stderr(`bilex eval: ${flag} ${dir}: not a directory\n`);
      return 2;
    }
  }
  const { score, problems, unscored } = scoreDirs(args.gold, args.pred);
  for (const p of problems) io.stderr(`bilex eval: ${p}\n`);
  if (score.articles === 0) {
    io.stderr(`bilex eval: no gold files (<id>.json) in ${args.gold}\n`);
    return 2;
  }
  if (score.missingPredictions.length > 0) {
    io.stderr(`bilex eval: no prediction for ${score.missingPredictions.join(', ')} (all their gold counts as missed)\n`);
  }
  if (unscored.length > 0 && !args.json) {
    io.stderr(`bilex eval: ${unscored.length} prediction${unscored.length === 1 ? '' : 's'} without gold, not scored\n`);
  }
  if (args.json) {
    io.stdout(toJson(score, { errors: args.errors }));
  } else {
    io.stdout(`${formatTable(score)}\n\n${formatSummary(score)}\n`);
    if (args.errors) io.stdout(`\n${formatErrors(score)}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}
