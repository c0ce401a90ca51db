/**
 * The SaudiNewsNet development sets (fixtures/news-ar-dev*, one gold file per corpus line): the
 * corpus path under the evaluation folder, and each gold file with the article it names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusPathIn(evalDir: string): string {
  return join(evalDir, '..', 'corpus', 'saudinewsnet-diplomacy-ar.jsonl');
}

export interface GoldWithArticle<G> {
  /** the gold file's name */
  name: string;
  gold: G;
  content: string;
}

/** Every gold file of `goldDir` with its article's `content`; [] when the corpus or the folder is absent. */
export function goldWithArticles<G extends { index: number; url: string }>(corpusPath: string, goldDir: string): GoldWithArticle<G>[] {
  if (!existsSync(corpusPath) || !existsSync(goldDir)) return [];
  const lines = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as G;
    const article = JSON.parse(lines[gold.index] ?? 'null') as { url: string; content: string } | null;
    if (!article || article.url !== gold.url) throw new Error(`${name}: corpus line ${gold.index} is not ${gold.url}`);
    return { name, gold, content: article.content };
  });
}
