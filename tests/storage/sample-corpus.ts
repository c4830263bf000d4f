import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unpackCorpus } from '../../scripts/corpora.js';

/**
 * A corpus folder of the sample articles and every `every`-th BBC article, in a new temporary
 * folder: enough people, dates and quotations that a change's rows can be told from the rest.
 */
export function makeSampleCorpus(prefix: string, every: number): { work: string; folder: string } {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const folder = path.join(work, 'corpus');
  cpSync('corpus', folder, { recursive: true });
  const bbc = unpackCorpus('bbc', { target: path.join(work, 'corpora'), report: () => undefined })!;
  readdirSync(bbc)
    .sort()
    .forEach((file, index) => {
      if (index % every === 0) cpSync(path.join(bbc, file), path.join(folder, file));
    });
  return { work, folder };
}

/**
 * A made-up article that sorts after every other file ("zzzz_harbour.md"), naming a person in
 * three words; `more` adds paragraphs after it.
 */
export function harbourArticle(...more: string[]): string {
  return [
    `---
title: Harbour board appoints a new chair
date: 2021-06-03
source: Harbour Daily
---

The harbour board said on Thursday that Maren Sofie Lindqvist would become its chair in July.

"We will build the new quays first," Maren Sofie Lindqvist said.
`,
    ...more.map((paragraph) => `\n${paragraph}\n`),
  ].join('');
}
