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

// Left as they are: the words the date and quotation rules read, and the abbreviations that end a
// company's name (rewritten, "Inc" became a surname shared by a thousand "persons" a copy).
const KEPT = new Set(
  (
    'January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday The This That These Those There Their They He She It In On At For But And ' +
    'Mr Mrs Ms Dr President Minister Prime Chairman Secretary Reuters BBC ' +
    'Inc Corp Ltd Plc Cos Bhd Pty'
  ).split(' '),
);
const ENDINGS = ['ova', 'berg', 'sen', 'ani', 'ley', 'ez', 'ini', 'ton', 'ard', 'ski', 'oux', 'ham', 'ila', 'enko'];
// A capitalised word whose lower-case form the corpora use this often is an English word at the
// start of a sentence or in a title ("Group", "Exchange", "Government"), not a name: kept, as
// real news keeps it, so only names change from copy to copy.
const ORDINARY_WORD_COUNT = 3;

/** The lower-case words the texts use at least ORDINARY_WORD_COUNT times. */
export function ordinaryWords(texts: Iterable<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const [word] of text.matchAll(/\b[a-z]{3,}\b/g)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= ORDINARY_WORD_COUNT).map(([word]) => word));
}

/**
 * Copy `copy` (1, 2...) of a text: each capitalised name gets the copy's ending, each long number
 * moves; words in `ordinary` (lower case) are not names and stay.
 */
export function rewriteText(text: string, copy: number, ordinary: ReadonlySet<string> = new Set()): string {
  const ending = ENDINGS[(copy - 1) % ENDINGS.length]! + (copy > ENDINGS.length ? String(copy) : '');
  return text
    .replace(/\b[A-Z][a-z]{2,}\b/g, (word) =>
      KEPT.has(word) || ordinary.has(word.toLowerCase()) ? word : `${word}${ending}`,
    )
    .replace(/\b\d{3,}\b/g, (digits) => String(Number(digits) + copy * 7));
}

function rewriteFile(text: string, copy: number, ordinary: ReadonlySet<string>): string {
  const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) : -1;
  if (end < 0) return rewriteText(text, copy, ordinary);
  const header = text
    .slice(0, end)
    .replace(/^id: (.*)$/m, (_, id: string) => `id: ${id}-c${copy}`)
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${rewriteText(title, copy, ordinary)}`);
  return header + text.slice(end, end + 5) + rewriteText(text.slice(end + 5), copy, ordinary);
}

/**
 * The folder of `copies` copies (made once, kept in the temporary folder beside the unpacked
 * corpora for the next run); null when the shared corpora are not on this machine.
 */
export function copiedCorpus(copies: number): string | null {
  const sources = [unpackCorpus('reuters'), unpackCorpus('bbc')];
  if (sources.some((source) => source === null)) return null;
  const target = path.join(tmpdir(), 'briefbot-corpora', `copies-${copies}-v2`);
  const done = path.join(target, '.complete');
  if (existsSync(done)) return path.join(target, 'articles');
  rmSync(target, { recursive: true, force: true });
  const articles = path.join(target, 'articles');
  const files = (sources as string[]).flatMap((source) =>
    readdirSync(source)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name, text: readFileSync(path.join(source, name), 'utf8') })),
  );
  const ordinary = ordinaryWords(files.map((file) => file.text));
  for (let copy = 0; copy < copies; copy++) {
    const folder = path.join(articles, `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const { name, text } of files) {
      const file = copy === 0 ? name : name.replace(/\.txt$/, `-c${copy}.txt`);
      writeFileSync(path.join(folder, file), copy === 0 ? text : rewriteFile(text, copy, ordinary));
    }
  }
  writeFileSync(done, '');
  return articles;
}
