// A corpus where two files give one article id ("strike.md" and "strike.txt").
// The loader keeps the first file's article (dropDuplicateIds); a warm start rebuilds the saved
// articles from the snapshot's file records with `new Map(...)`, where the last one wins, and
// restores the passage index against that other article.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/create-briefing-service.js';

let work: string;
let corpusDir: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'briefbot-duplicate-'));
  corpusDir = path.join(work, 'corpus');
  mkdirSync(corpusDir);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const LONG = `Port authority names new chief

Date: 10:00, 06-03-2020.

ROTTERDAM. March 6. Wirenews - The port authority on Thursday named Anna de Vries, a former deputy mayor, as its chief executive.

"We will keep the harbour open through the winter," de Vries said.

The board said the appointment takes effect in April.
`;
const SHORT = `Dockers end strike

Date: 10:00, 07-03-2020.

ROTTERDAM. March 7. Wirenews - Dockers ended their strike on Saturday.
`;

it('a warm start over a corpus with a duplicate id answers as the cold build did', async () => {
  writeFileSync(path.join(corpusDir, 'strike.md'), LONG);
  writeFileSync(path.join(corpusDir, 'strike.txt'), SHORT);
  const cacheDir = path.join(work, 'cache');
  const cold = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
  const answer = await cold.ask('search', 'appointment takes effect');
  expect(answer.answers.length).toBeGreaterThan(0);
  await cold.close?.();
  const warm = await createBriefingService({ corpusDir, cacheDir, workers: 0 });
  expect(await warm.ask('search', 'appointment takes effect')).toEqual(answer);
});
