import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const TOOL_VERSION: string = pkg.version;
/** Bumped whenever schemas/article.schema.json changes shape. */
export const SCHEMA_VERSION = '1.0.0';
