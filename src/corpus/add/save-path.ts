import { existsSync } from 'node:fs';
import path from 'node:path';

const MAX_SLUG = 60;

/** Lower-case words joined by dashes, ASCII letters and digits only: safe in any file system and url. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * Where an added article goes, under the corpus folder: `added/<site>/<slug><extension>`, the
 * site from the link's host (or `files` for an upload), the slug from the title, a number added
 * when the name is taken. Relative, with forward slashes, never outside the corpus folder.
 */
export function chooseSavePath(
  corpusDir: string,
  site: string | null,
  title: string,
  fallbackName: string,
  extension: string,
): string {
  const folder = `added/${(site && slugify(site.replace(/^www\./, ''))) || 'files'}`;
  const base = slugify(title) || slugify(fallbackName) || 'article';
  for (let attempt = 1; ; attempt++) {
    const relative = `${folder}/${attempt === 1 ? base : `${base}-${attempt}`}${extension}`;
    if (!existsSync(path.join(corpusDir, relative))) return relative;
  }
}
