/**
 * A large corpus for scale figures: Reuters and BBC together (about 22,000 articles), `copies`
 * times over, each copy after the first rewritten so that it is distinct text (names and
 * numbers changed, ids and file names suffixed) while keeping the format, the dates and the
 * shape of the sentences, so extraction and answers cost what they would on real news.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unpackCorpus } from './corpora.js';

// Left as they are: the words the date and quotation rules read.
const KEPT = new Set(
  (
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday The This That These Those There Their They He She It In On At For But And ' +
    'Mr Mrs Ms Dr President Minister Prime Chairman Secretary Reuters BBC'
  ).split(' '),
);
const ENDINGS = ['ova', 'berg', 'sen', 'ani', 'ley', 'ez', 'ini', 'ton', 'ard', 'ski', 'oux', 'ham', 'ila', 'enko'];

/** Copy `copy` (1, 2...) of a text: each capitalised name gets the copy's ending, each long number moves. */
export function rewriteText(text: string, copy: number): string {
  const ending = ENDINGS[(copy - 1) % ENDINGS.length]! + (copy > ENDINGS.length ? String(copy) : '');
  return text
    .replace(/\b[A-Z][a-z]{2,}\b/g, (word) => (KEPT.has(word) ? word : `${word}${ending}`))
    .replace(/\b\d{3,}\b/g, (digits) => String(Number(digits) + copy * 7));
}

function rewriteFile(text: string, copy: number): string {
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) : -1;
  if (end < 0) return rewriteText(text, copy);
  const header = text
    .slice(0, end)
    .replace(/^id: (.*)$/m, (_, id: string) => `id: ${id}-c${copy}`)
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${rewriteText(title, copy)}`);
  return header + text.slice(end, end + 5) + rewriteText(text.slice(end + 5), copy);
}

/**
 * The folder of `copies` copies (made once, kept in the temporary folder beside the unpacked
 * corpora for the next run); null when the shared corpora are not on this machine.
 */
export function copiedCorpus(copies: number): string | null {
  const sources = [unpackCorpus('reuters'), unpackCorpus('bbc')];
  if (sources.some((source) => source === null)) return null;
  const target = path.join(tmpdir(), 'briefbot-corpora', `copies-${copies}`);
  const done = path.join(target, '.complete');
  if (existsSync(done)) return path.join(target, 'articles');
  rmSync(target, { recursive: true, force: true });
  const articles = path.join(target, 'articles');
  for (let copy = 0; copy < copies; copy++) {
    const folder = path.join(articles, `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const source of sources as string[]) {
      for (const name of readdirSync(source)) {
        if (!name.endsWith('.txt')) continue;
        const text = readFileSync(path.join(source, name), 'utf8');
        const file = copy === 0 ? name : name.replace(/\.txt$/, `-c${copy}.txt`);
        writeFileSync(path.join(folder, file), copy === 0 ? text : rewriteFile(text, copy));
      }
    }
  }
  writeFileSync(done, '');
  return articles;
}
