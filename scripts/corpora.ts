import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where ../shared/corpora lives for every developer; research data, never copied into the project. */
export const SHARED_CORPORA = path.resolve(import.meta.dirname, '../../shared/corpora');

export const CORPORA = {
  reuters: { archive: 'reuters21578-corpus.tar.gz', folder: 'reuters21578' },
  bbc: { archive: 'bbc-news-corpus.tar.gz', folder: 'bbc-news' },
  web: { archive: 'readability-test-pages.tar.gz', folder: 'readability-test-pages' },
} as const;

export type CorpusName = keyof typeof CORPORA;

/**
 * Unpacks a shared corpus once into the temporary folder and returns its articles folder (for
 * the web pages, the folder of page folders),
 * or null when ../shared/corpora is not there (a machine without the research data).
 */
export function unpackCorpus(name: CorpusName): string | null {
  const { archive, folder } = CORPORA[name];
  const archivePath = path.join(SHARED_CORPORA, archive);
  if (!existsSync(archivePath)) return null;
  const target = path.join(tmpdir(), 'briefbot-corpora');
  const articles = path.join(target, folder, name === 'web' ? 'pages' : 'articles');
  if (!existsSync(articles) || readdirSync(articles).length === 0) {
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['xzf', archivePath, '-C', target]);
  }
  return articles;
}
