/**
 * `bilex report DIR [--out report.html]`: the command body the CLI calls. Prints nothing from
 * deep code: problems come back as values and are printed here.
 */
import { stat } from 'node:fs/promises';
import { buildReport, ReportInputError, writeFileAtomic } from './build-report.js';

export const DEFAULT_REPORT_OUT = 'report.html';

export const REPORT_USAGE = 'usage: bilex report DIR [--out report.html] [--sources FOLDER]...\n';

export interface ReportArgs {
  dir: string;
  out: string;
  /** Extra folders where the records' source files may be found. */
  sources?: string[];
}

export interface ReportIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Parses the arguments after `report`; a string is a usage error. */
export function parseReportArgs(argv: readonly string[]): ReportArgs | string {
  let dir: string | undefined;
  let out = DEFAULT_REPORT_OUT;
  const sources: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--out' || name === '-o' || name === '--sources') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      if (name === '--sources') sources.push(value); else out = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else if (dir === undefined) {
      dir = arg;
    } else {
      return `unexpected argument ${arg}`;
    }
  }
  if (dir === undefined) return 'missing DIR';
  return { dir, out, ...(sources.length ? { sources } : {}) };
}

/** Exit codes: 0 written; 1 DIR could not be read or had invalid records; 2 bad usage. */
export async function runReportCommand(args: ReportArgs, io: ReportIO): Promise<number> {
  if (typeof args.dir !== 'string' || args.dir === '' || typeof args.out !== 'string' || args.out === '') {
    io.stderr(REPORT_USAGE);
    return 2;
  }
  try {
    const s = await stat(args.dir);
    if (!s.isDirectory()) {
      io.stderr(`bilex report: ${args.dir} is not a directory\n`);
      return 1;
    }
  } catch (err) {
    io.stderr(`bilex report: cannot read ${args.dir}: ${(err as Error).message}\n`);
    return 1;
  }
  let result;
  try {
    result = await buildReport({ dir: args.dir, sourceRoots: args.sources ?? [] });
  } catch (err) {
    if (err instanceof ReportInputError) {
      io.stderr(`bilex report: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  for (const p of result.problems) {
    io.stderr(`bilex report: ${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}\n`);
  }
  if (result.textProblems.length > 0) {
    const missing = result.textProblems.filter((t) => t.status === 'missing').length;
    const changed = result.textProblems.length - missing;
    io.stderr(`bilex report: source text not found for ${missing} and changed for ${changed} article(s); ` +
      `those show only their annotated spans (first: ${result.textProblems[0]!.source}; try --sources FOLDER)\n`);
  }
  try {
    await writeFileAtomic(args.out, result.html);
  } catch (err) {
    io.stderr(`bilex report: cannot write ${args.out}: ${(err as Error).message}\n`);
    return 1;
  }
  const events = result.data.articles.reduce((n, a) => n + a.events.length + a.agreements.length, 0);
  io.stdout(`wrote ${args.out}: ${result.data.articles.length} articles, ${result.data.entities.length} entities, ` +
    `${events} agreements and events, ${Math.round(Buffer.byteLength(result.html) / 1024)} KiB\n`);
  return result.problems.some((p) => p.fatal) ? 1 : 0;
}
