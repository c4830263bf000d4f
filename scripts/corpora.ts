import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
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

export interface UnpackOptions {
  /** Where the archives are (default ../shared/corpora). */
  sharedCorpora?: string;
  /** Where they are unpacked (default briefbot-corpora in the system's temporary folder). */
  target?: string;
  /** Told once per folder and process where the data went and why it stays (default stderr). */
  report?: (line: string) => void;
}

const reported = new Set<string>();

/**
 * The bytes under a folder, for the report. Another eval or bench may remove its own temporary
 * folder in there while this one counts: what vanished counts nothing.
 */
function folderBytes(folder: string): number {
  let total = 0;
  try {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) total += folderBytes(entryPath);
      else if (entry.isFile()) total += statSync(entryPath, { throwIfNoEntry: false })?.size ?? 0;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return total;
}

/**
 * Unpacks a shared corpus once into the temporary folder and returns its articles folder (for
 * the web pages, the folder of page folders),
 * or null when ../shared/corpora is not there (a machine without the research data).
 * The unpacked data stays for the next eval or bench (unpacking Reuters takes a while), and
 * the first use in a process says where it is, how big, and how to free the space.
 */
export function unpackCorpus(name: CorpusName, options: UnpackOptions = {}): string | null {
  const { archive, folder } = CORPORA[name];
  const archivePath = path.join(options.sharedCorpora ?? SHARED_CORPORA, archive);
  if (!existsSync(archivePath)) return null;
  const target = options.target ?? path.join(tmpdir(), 'briefbot-corpora');
  const articles = path.join(target, folder, name === 'web' ? 'pages' : 'articles');
  if (!existsSync(articles) || readdirSync(articles).length === 0) {
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['xzf', archivePath, '-C', target]);
  }
  if (!reported.has(target)) {
    reported.add(target);
    const megabytes = Math.round(folderBytes(target) / 1e6);
    (options.report ?? ((line) => process.stderr.write(`${line}\n`)))(
      `Research corpora unpacked in ${target} (${megabytes} MB), kept so the next eval or bench starts at once; delete that folder to free the space.`,
    );
  }
  return articles;
}
