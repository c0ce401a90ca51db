import { parseArgs, type ParseArgsConfig } from 'node:util';
import os from 'node:os';
import { SCHEMA_VERSION, TOOL_VERSION } from '../core/version.js';
import { defaultConcurrency, runExtract, type ExtractSummary } from '../run/extract-run.js';
import { parseShard } from '../run/shard.js';
import { runValidate } from '../run/validate-run.js';
import { runEvalCommand } from '../eval/command.js';
import { parseReportArgs, runReportCommand, REPORT_USAGE } from '../report/command.js';
import { runMerge } from '../run/merge.js';
import { createProgress } from './progress.js';
import { EVAL_HELP, EXTRACT_HELP, MAIN_HELP, MERGE_HELP, VALIDATE_HELP } from './help.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
  stderrIsTTY: boolean;
  /** Resolves when stdout can take more (backpressure for streamed records); optional. */
  stdoutReady?: () => Promise<void> | void;
}

const defaultIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: process.stdin,
  stderrIsTTY: !!process.stderr.isTTY,
  stdoutReady: () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : undefined),
};

class UsageError extends Error {}

function parse(argv: readonly string[], options: ParseArgsConfig['options']): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The CLI: parses arguments, runs a command, returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extract(rest, io);
      case 'validate':
        return await validate(rest, io);
      case 'eval':
        return await evaluate(rest, io);
      case 'report':
        return await report(rest, io);
      case 'merge':
        return await merge(rest, io);
      case '--version':
      case '-v':
        io.stdout(`bilex ${TOOL_VERSION} (schema ${SCHEMA_VERSION})\n`);
        return 0;
      case 'help':
        io.stdout(({ extract: EXTRACT_HELP, validate: VALIDATE_HELP, eval: EVAL_HELP, report: REPORT_USAGE, merge: MERGE_HELP } as Record<string, string>)[rest[0] ?? ''] ?? MAIN_HELP);
        return 0;
      case undefined:
      case '--help':
      case '-h':
        io.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`bilex: unknown command "${command}"\n\n${MAIN_HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bilex ${command}: ${e.message}\nRun "bilex help ${command}" for usage.\n`);
      return 2;
    }
    io.stderr(`bilex ${command}: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

async function extract(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o', default: 'output' },
    lang: { type: 'string', default: 'auto' },
    'reference-date': { type: 'string' },
    concurrency: { type: 'string' },
    format: { type: 'string', default: 'jsonl' },
    shard: { type: 'string' },
    force: { type: 'boolean', default: false },
    'max-bytes': { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    json: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one PATH (file, folder, glob or -)');
  const lang = values.lang as string;
  if (!['en', 'ar', 'auto'].includes(lang)) throw new UsageError(`--lang must be en, ar or auto, not "${lang}"`);
  const referenceDate = values['reference-date'] as string | undefined;
  if (referenceDate !== undefined && !isIsoDate(referenceDate)) throw new UsageError(`--reference-date must be a real date YYYY-MM-DD, not "${referenceDate}"`);
  const format = values.format as string;
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not "${format}"`);
  const concurrency = values.concurrency === undefined ? await defaultConcurrency(positionals, os.availableParallelism()) : positiveInt(values.concurrency as string, '--concurrency');
  const maxBytes = values['max-bytes'] === undefined ? undefined : positiveInt(values['max-bytes'] as string, '--max-bytes');
  const shard = values.shard === undefined ? null : parseShard(values.shard as string);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N, not "${values.shard}"`);
  const out = values.out as string;
  const quiet = values.quiet as boolean;
  const streaming = out === '-';
  const progress = quiet || !io.stderrIsTTY ? null : createProgress(io.stderr);
  // --format json on stdout: one JSON array, streamed element by element (memory stays flat).
  let streamed = 0;
  const writeLine = (line: string) => {
    if (format === 'json') io.stdout(`${streamed === 0 ? '[' : ',\n'}${line.trimEnd()}`);
    else io.stdout(line);
    streamed++;
    return io.stdoutReady?.();
  };
  const { createPool } = await import('../run/pool.js');
  const pool = concurrency > 1 ? createPool(concurrency) : null;
  let summary: ExtractSummary;
  try {
    summary = await runExtract({
      paths: positionals,
      out,
      lang: lang as 'en' | 'ar' | 'auto',
      referenceDate: referenceDate ?? null,
      force: values.force as boolean,
      shard,
      ...(maxBytes ? { maxBytes } : {}),
      stdin: io.stdin as import('node:stream').Readable,
      ...(pool ? { processFinished: pool.processFinished, concurrency, release: pool.close } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
      writeLine,
    });
  } finally {
    await pool?.close();
    progress?.done();
  }
  if (streaming && format === 'json') io.stdout(streamed === 0 ? '[]\n' : ']\n');
  if (!quiet) {
    for (const e of summary.errors) io.stderr(`bilex: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.code}: ${e.reason}${e.path ? ` at ${e.path}` : ''}\n`);
    const secs = summary.durationMs / 1000;
    io.stderr(`bilex: ${summary.processed} processed, ${summary.skipped} skipped (unchanged), ${summary.failed} failed, ${summary.invalid} invalid in ${secs.toFixed(1)} s${streaming ? '' : ` → ${out}/`}\n`);
  }
  if (values.json) {
    // With --out - stdout carries only records, so the machine summary goes to stderr.
    const { errors, ...rest } = summary;
    (streaming ? io.stderr : io.stdout)(`${JSON.stringify({ ...rest, errors: errors.length }, null, 2)}\n`);
  }
  return summary.failed + summary.invalid > 0 ? 1 : 0;
}

async function validate(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: 'boolean', default: false } });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give a folder or record files to validate');
  return runValidate(positionals, { json: values.json as boolean }, io);
}

async function evaluate(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(argv, {
    gold: { type: 'string' },
    pred: { type: 'string' },
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.stdout(EVAL_HELP);
    return 0;
  }
  if (!values.gold || !values.pred) throw new UsageError('both --gold DIR and --pred DIR are required');
  return runEvalCommand({ gold: values.gold as string, pred: values.pred as string, json: values.json as boolean, errors: values.errors as boolean }, io);
}

async function report(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const args = parseReportArgs(argv);
  if (typeof args === 'string') throw new UsageError(args);
  return runReportCommand(args, io);
}

async function merge(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { quiet: { type: 'boolean', default: false } });
  if (values.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  const [out, ...dirs] = positionals;
  if (!out || dirs.length === 0) throw new UsageError('give OUT and at least one shard folder');
  return runMerge(out, dirs, io);
}

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer, not "${value}"`);
  return n;
}
