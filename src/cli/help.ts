export const MAIN_HELP = `bilex — English/Arabic international-relations articles → validated, citable records

Usage:
  bilex extract PATH... [options]     extract records from files, folders, globs or - (stdin)
  bilex validate DIR_OR_FILES...      re-validate written records against schemas/ (exit 1 if any is invalid)
  bilex eval --gold DIR --pred DIR    score predictions against gold annotations
  bilex report DIR [--out FILE]       write a self-contained HTML report of an output folder
  bilex merge OUT DIR...              combine shard outputs into one dataset
  bilex help COMMAND                  help for one command
  bilex --version

Exit codes: 0 all good; 1 some inputs failed or records were invalid (the rest still written); 2 bad usage.
`;

export const EXTRACT_HELP = `Usage: bilex extract PATH... [options]

PATH is a .txt file (one article; id = file name without extension), a .jsonl file (one article
per line: {"id", "text", "lang"?, "date"?, "url"?}), a folder (searched recursively for .txt and
.jsonl), a glob ("data/**/*.txt"), or - for standard input (JSONL if it starts with "{", else one
text article with id "stdin").

Options:
  --out DIR                 output folder (default: output); - streams JSON lines to stdout
  --lang en|ar|auto         force the language of every article (default: auto-detect)
  --reference-date DATE     YYYY-MM-DD anchoring relative dates ("yesterday", "اليوم") when an
                            input has no publication date of its own
  --concurrency N           worker threads for extraction (default: number of cores; in-process
                            when the input files total under 1 MB)
  --format json|jsonl       with --out -: jsonl (default); json prints one pretty JSON array
  --shard K/N               process only shard K of N (deterministic by id hash)
  --force                   ignore the incremental cache and redo every input
  --max-bytes N             reject articles larger than N bytes (default: 4194304)
  --quiet                   no progress or summary on stderr
  --json                    print the final summary as JSON on stdout
  -h, --help                this help

Writes to DIR: <id>.json per article, articles.jsonl (sorted by id), entities.jsonl,
manifest.json, errors.jsonl. Writes are atomic; reruns skip unchanged inputs.
`;

export const VALIDATE_HELP = `Usage: bilex validate DIR_OR_FILES...

Re-validates records against schemas/article.schema.json (a folder: its <id>.json files,
articles.jsonl, entities.jsonl and manifest.json; or individual .json/.jsonl files). When a
record's source file is readable, also checks that every span's text equals the source slice.
Prints one line per problem (file, JSON path, message). Exit 1 if any record is invalid.

Options:
  --json      machine-readable result on stdout
  -h, --help  this help
`;

export const EVAL_HELP = `Usage: bilex eval --gold DIR --pred DIR [--json] [--errors]

Scores predicted records (a bilex output folder) against gold files (<id>.json, see
schemas/gold.schema.json): strict and lenient mention F1 per type and language, date value-F1,
agreement/event F1 with attribute accuracy.

Options:
  --gold DIR    gold annotations (e.g. fixtures/gold)
  --pred DIR    predictions (e.g. output)
  --json        machine-readable scores
  --errors      list missed and spurious annotations
  -h, --help    this help
`;

export const MERGE_HELP = `Usage: bilex merge OUT DIR...

Combines output folders of shard runs (bilex extract --shard K/N) into one dataset in OUT,
identical to a single-machine run over the same inputs.
`;
