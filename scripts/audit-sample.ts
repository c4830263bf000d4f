/**
 * A random sample of extracted quotations and roles, with the words they rest on, for checking
 * by hand (issue: speaker precision, role precision). Seeded, so the sample is the same for the
 * same extraction; `--seed` draws another.
 *
 *   npm run audit:sample [-- --count 100 --seed 7]   # .scratch/audit-quotes.tsv, audit-roles.tsv, audit-missed.tsv
 *   npm run audit:sample -- --web                    # only the web pages
 *
 * Never the test split's articles (of any corpus): they stay unread until a milestone.
 *
 * audit-missed.tsv is the other side, recall: quoted passages of six words or more that no
 * extracted quotation holds, with their paragraph, to read why no speaker was found.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { findQuoteSpans } from '../src/extract/quotes/quote-spans.js';
import { extractArticle } from '../src/knowledge/build-knowledge.js';
import { buildEvalMix } from './eval-mix.js';
import { buildWebCorpora } from './eval-web-corpus.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '7' },
    // The web pages are a few dozen of the mix's 4,000 articles, so a draw over the mix barely
    // reads them; this draws from them alone, leaving out the pages of the test split.
    web: { type: 'boolean', default: false },
  },
});
const web = buildWebCorpora();
if (!web) {
  console.log('audit sample skipped: ../shared/corpora is not on this machine');
  process.exit(0);
}
const folder = buildEvalMix(web.text, 3000);
const { articles } = await loadCorpus(folder);
rmSync(folder, { recursive: true, force: true });
articles.sort((left, right) => (left.id < right.id ? -1 : 1));
// The test split is run only at milestones: an audit that read its articles would tune rules to
// them, so its drawn articles (of every corpus) are never sampled.
const testArticles = new Set(
  ['reuters.tsv', 'bbc.tsv', 'web.tsv'].flatMap((file) =>
    readFileSync(path.resolve(import.meta.dirname, '../eval/draw', file), 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((cells) => cells[2] === 'test')
      .map((cells) => cells[1]!),
  ),
);
articles.splice(0, articles.length, ...articles.filter((article) => !testArticles.has(article.id)));
if (values.web) {
  const pages = new Set(readdirSync(web.text).map((file) => file.replace(/\.txt$/, '')));
  articles.splice(0, articles.length, ...articles.filter((article) => pages.has(article.id)));
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').replace(/\t/g, ' ');
const quotes: string[][] = [];
const roles: string[][] = [];
const missed: string[][] = [];
const wordsOf = (text: string): string => flat(text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ')).trim();
for (const article of articles) {
  const extraction = extractArticle(article);
  for (const quotation of extraction.quotations) {
    quotes.push([article.id, quotation.speaker, flat(quotation.quote), flat(quotation.passage)]);
  }
  const held = extraction.quotations.map((quotation) => wordsOf(quotation.quote));
  // The spans as the extractor reads them, so a quotation running over paragraphs is one.
  for (const span of findQuoteSpans(article.paragraphs)) {
    const words = wordsOf(span.text).split(' ').filter(Boolean);
    if (words.length < 6) continue;
    const opening = words.slice(0, 5).join(' ');
    const context = article.paragraphs.slice(Math.max(0, span.startParagraph - 1), span.endParagraph + 1).join(' ¶ ');
    if (!held.some((quote) => quote.includes(opening))) missed.push([article.id, flat(span.text), flat(context)]);
  }
  for (const person of extraction.people) {
    for (const role of person.roles) roles.push([article.id, person.name, role.role, flat(role.sentence)]);
  }
}

/** mulberry32, as the eval draw uses. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: T[], count: number, seed: number): T[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, count);
}

const count = Number(values.count);
const seed = Number(values.seed);
const out = path.resolve(import.meta.dirname, '../.scratch');
mkdirSync(out, { recursive: true });
const write = (name: string, header: string[], rows: string[][]): void =>
  writeFileSync(path.join(out, name), [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n');
write(
  'audit-quotes.tsv',
  ['n', 'article', 'speaker', 'quote', 'passage'],
  sample(quotes, count, seed).map((row, index) => [String(index + 1), ...row]),
);
write(
  'audit-roles.tsv',
  ['n', 'article', 'person', 'role', 'sentence'],
  sample(roles, count, seed + 1).map((row, index) => [String(index + 1), ...row]),
);
write(
  'audit-missed.tsv',
  ['n', 'article', 'quoted', 'paragraph'],
  sample(missed, count, seed + 2).map((row, index) => [String(index + 1), ...row]),
);
console.log(
  `${quotes.length} quotations, ${roles.length} roles and ${missed.length} quoted passages held by no quotation over ${articles.length} articles; ${count} of each drawn with seed ${seed} -> .scratch/audit-quotes.tsv, audit-roles.tsv, audit-missed.tsv`,
);
