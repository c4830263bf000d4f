/**
 * What extraction finds in one article file, for reading a rule's effect by eye:
 *
 *   npx tsx scripts/show-extraction.ts path/to/article.txt [--quotes|--people|--dates]
 */
import path from 'node:path';
import { loadFile } from '../src/corpus/load-corpus.js';
import { extractArticle } from '../src/knowledge/build-knowledge.js';

const [file, only] = process.argv.slice(2);
if (!file) {
  console.error('usage: show-extraction.ts FILE [--quotes|--people|--dates]');
  process.exit(2);
}
const loaded = await loadFile(path.resolve(file), path.basename(file));
if (!Array.isArray(loaded)) {
  console.error(`skipped: ${loaded.reason}`);
  process.exit(1);
}
for (const article of loaded) {
  const extraction = extractArticle(article);
  console.log(`# ${article.id} (${article.published ?? 'undated'}) ${article.title}`);
  if (!only || only === '--people') {
    for (const person of extraction.people) {
      console.log(`person  ${person.name}  [${person.variants.join(', ')}]`);
      for (const role of person.roles) console.log(`  role  ${role.role}`);
    }
  }
  if (!only || only === '--quotes') {
    for (const quotation of extraction.quotations) {
      console.log(`quote   ${quotation.speaker} (${quotation.speakerKind}): ${quotation.quote.slice(0, 140)}`);
    }
  }
  if (!only || only === '--dates') {
    for (const event of extraction.events) {
      console.log(`date    ${event.date}  "${event.dateText}"  ${event.event.slice(0, 120)}`);
    }
  }
}
