/**
 * The Readability.js news pages (both lists of eval-web-pages.ts) as two corpora for answer
 * quality: `text`, each page's article (the body Readability.js extracts, as paragraphs) under a
 * front matter of what the page states (title, source, publication date, link), and `html`, the
 * page as fetched. The case writers read each page and recorded what it states in
 * eval/web/*.json; where a page states no date, the article has none.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { unpackCorpus } from './corpora.js';
import { WEB_FRESH_PAGES, WEB_NEWS_PAGES } from './eval-web-pages.js';

export interface WebPageFacts {
  title?: string;
  source?: string | null;
  published?: string | null;
  url?: string | null;
}

const projectRoot = path.resolve(import.meta.dirname, '..');
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption, dd, dt';

/** Builds both corpora under the temporary folder; returns their folders, or null without the data. */
export function buildWebCorpora(options: { keep?: boolean } = {}): { text: string; html: string } | null {
  const pages = unpackCorpus('web');
  if (!pages) return null;
  const factsFolder = path.join(projectRoot, 'eval/web');
  const facts: Record<string, WebPageFacts> = {};
  for (const name of readdirSync(factsFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    Object.assign(
      facts,
      JSON.parse(readFileSync(path.join(factsFolder, name), 'utf8')) as Record<string, WebPageFacts>,
    );
  }
  // A folder of this process's own: evaluations run side by side (in several worktrees) would
  // otherwise delete each other's pages mid-run. It goes when the process exits.
  // Run as a script, it builds the folder people read the pages in, and keeps it.
  const root = path.join(tmpdir(), 'briefbot-corpora', options.keep ? 'web-eval' : `web-eval-${process.pid}`);
  const text = path.join(root, 'text');
  const html = path.join(root, 'html');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(text, { recursive: true });
  mkdirSync(html, { recursive: true });
  if (!options.keep) process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  // One corpus for every split: the fresh pages are distractors for the dev and test cases too.
  for (const name of [...WEB_NEWS_PAGES, ...WEB_FRESH_PAGES]) {
    const folder = path.join(pages, name);
    const metadata = JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8')) as {
      title?: string;
      siteName?: string | null;
      publishedTime?: string | null;
    };
    const stated = facts[name] ?? {};
    const front = {
      title: stated.title ?? metadata.title ?? name,
      source: stated.source !== undefined ? stated.source : (metadata.siteName ?? null),
      date: stated.published !== undefined ? stated.published : (metadata.publishedTime ?? null),
      url: stated.url ?? null,
    };
    const body = articleParagraphs(readFileSync(path.join(folder, 'expected.html'), 'utf8'));
    const header = Object.entries(front)
      .filter(([, value]) => value)
      .map(([key, value]) => `${key}: ${String(value).replace(/\s+/g, ' ')}`)
      .join('\n');
    writeFileSync(path.join(text, `${name}.txt`), `---\n${header}\n---\n\n${body.join('\n\n')}\n`);
    copyFileSync(path.join(folder, 'source.html'), path.join(html, `${name}.html`));
  }
  return { text, html };
}

/** The text of each block that holds no other block, in document order. */
export function articleParagraphs(html: string): string[] {
  const root = parse(html, { comment: false });
  const blocks = root.querySelectorAll(BLOCKS).filter((node) => node.querySelector(BLOCKS) === null);
  return blocks.map((node) => node.text.replace(/\s+/g, ' ').trim()).filter((line) => line.length > 0);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const built = buildWebCorpora({ keep: true });
  console.log(built ? `web corpora: ${built.text} and ${built.html}` : 'web corpora skipped: no ../shared/corpora');
}
