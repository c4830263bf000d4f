/**
 * Every speaker, role and date extracted over the evaluation corpus, one line each, so two
 * builds can be diffed and what a rule change moved can be read in full:
 *
 *   npm run extraction:dump -- --label before     # .scratch/extract-before.tsv
 *   ... change a rule ...
 *   npm run extraction:dump -- --label after
 *   diff .scratch/extract-before.tsv .scratch/extract-after.tsv | less
 *
 * Lines: `role  article  person  role`, `quote  article  speaker  quotation`,
 * `date  article  date  date words  event`. Also prints extraction speed on one thread.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { extractArticle } from '../src/knowledge/build-knowledge.js';
import { buildEvalMix } from './eval-mix.js';
import { buildWebCorpora } from './eval-web-corpus.js';

const { values } = parseArgs({
  options: {
    label: { type: 'string', default: 'current' },
    sample: { type: 'string', default: '3000' },
    corpus: { type: 'string' },
  },
});
const web = buildWebCorpora();
if (!web && !values.corpus) {
  console.log('extraction dump skipped: ../shared/corpora is not on this machine');
  process.exit(0);
}
const folder = values.corpus ?? buildEvalMix(web!.text, Number(values.sample));
const { articles } = await loadCorpus(folder);
if (!values.corpus) rmSync(folder, { recursive: true, force: true });
articles.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));

const flat = (text: string, length = 160): string => text.replace(/\s+/g, ' ').slice(0, length);
const lines: string[] = [];
let words = 0;
const started = performance.now();
for (const article of articles) {
  words += article.paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).length, 0);
  const extraction = extractArticle(article);
  for (const person of extraction.people) {
    const roles = [...new Set(person.roles.map((role) => role.role))];
    lines.push(`person\t${article.id}\t${person.name}\t${roles.join(' | ')}`);
  }
  for (const quotation of extraction.quotations) {
    lines.push(`quote\t${article.id}\t${quotation.speaker}\t${flat(quotation.quote)}`);
  }
  for (const event of extraction.events) {
    lines.push(`date\t${article.id}\t${event.date}\t${event.dateText}\t${flat(event.event, 100)}`);
  }
}
const milliseconds = performance.now() - started;
const output = path.resolve(import.meta.dirname, '../.scratch', `extract-${values.label}.tsv`);
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, `${lines.join('\n')}\n`);
const count = (kind: string): number => lines.filter((line) => line.startsWith(`${kind}\t`)).length;
console.log(
  `${articles.length} articles, ${words} words: ${count('person')} people, ${count('quote')} quotations, ` +
    `${count('date')} dates -> ${path.relative(process.cwd(), output)}`,
);
console.log(
  `extraction on one thread (first pass, cold): ${((milliseconds / words) * 1000).toFixed(2)} ms per 1,000 words`,
);
