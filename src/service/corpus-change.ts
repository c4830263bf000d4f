import type { Article, FileChange } from '../corpus/article.js';

export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
  /** The added and changed articles. */
  replaced: Article[];
}

/** One pass over the new corpus; the removed ids are looked for only when some are missing. */
export function diffCorpus(before: ReadonlyMap<string, Article>, articles: readonly Article[]): CorpusChange {
  const added: string[] = [];
  const changed: string[] = [];
  const replaced: Article[] = [];
  for (const article of articles) {
    const previous = before.get(article.id);
    if (isSameArticle(previous, article)) continue;
    (previous ? changed : added).push(article.id);
    replaced.push(article);
  }
  let removed: string[] = [];
  if (articles.length - added.length !== before.size) {
    const present = new Set(articles.map((article) => article.id));
    removed = [...before.keys()].filter((id) => !present.has(id));
  }
  return { added, changed, removed, replaced };
}

/** Same bytes from the same path: the same bytes under another name may be another format. */
function isSameArticle(previous: Article | undefined, article: Article): boolean {
  return previous !== undefined && previous.contentHash === article.contentHash && previous.path === article.path;
}

/** The same as `diffCorpus`, from the files read again alone: each article id belongs to one file. */
export function diffFiles(files: FileChange): CorpusChange {
  const before = new Map<string, Article>();
  for (const record of files.before) for (const article of record.articles ?? []) before.set(article.id, article);
  const added: string[] = [];
  const changed: string[] = [];
  const replaced: Article[] = [];
  for (const record of files.after) {
    for (const article of record.articles ?? []) {
      const previous = before.get(article.id);
      before.delete(article.id);
      if (isSameArticle(previous, article)) continue;
      (previous ? changed : added).push(article.id);
      replaced.push(article);
    }
  }
  return { added, changed, removed: [...before.keys()], replaced };
}
