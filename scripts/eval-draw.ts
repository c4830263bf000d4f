/**
 * Draws the articles that the development and test cases are written from: each corpus's
 * articles in an order shuffled with a fixed seed, so the draw is random but the same on every
 * machine. Case writers take the articles in that order and skip only an article that states
 * nothing askable (no named person, no date, no quotation), noting it; they never choose.
 *
 *   npm run eval:draw            # writes eval/draw/<corpus>.tsv
 *
 * Each line: order, article id, split (dev, test, fresh, fresh2 ... fresh19).
 * The first `dev` articles of the order are the development split, the next `test` the test split,
 * the next `fresh` a second development split written later (so dev and test keep their lines), the
 * next `fresh2` a third, `fresh3` a fourth, `fresh4` a fifth, `fresh5` a sixth, `fresh6` a seventh,
 * `fresh7` an eighth, `fresh8` a ninth, `fresh9` a tenth, `fresh10` an eleventh, `fresh11` a
 * twelfth, `fresh12` a thirteenth, `fresh13` a fourteenth, `fresh14` a fifteenth, `fresh15` a
 * sixteenth, `fresh16` a seventeenth, `fresh17` an eighteenth, `fresh18` a nineteenth and `fresh19` a
 * twentieth, each written later still (so the earlier lines stay too); the rest are not drawn.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unpackCorpus } from './corpora.js';
import { WEB_NEWS_PAGES } from './eval-web-pages.js';
import { DRAWN_SPLITS, type DrawnSplit } from './eval-splits.js';

const SEED = 20261203;
const projectRoot = path.resolve(import.meta.dirname, '..');

/** mulberry32: a small, well-known 32-bit generator; enough for a reproducible shuffle. */
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

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** How many articles of each corpus's order each split takes, in the order of DRAWN_SPLITS. */
type Draw = { name: string; ids: string[] } & Record<DrawnSplit, number>;

function idsIn(folder: string | null): string[] {
  if (!folder) throw new Error('eval:draw: ../shared/corpora is not on this machine');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
}

const draws: Draw[] = [
  {
    name: 'reuters',
    ids: idsIn(unpackCorpus('reuters')),
    dev: 160,
    test: 80,
    fresh: 60,
    fresh2: 30,
    fresh3: 30,
    fresh4: 40,
    fresh5: 40,
    fresh6: 40,
    fresh7: 40,
    fresh8: 40,
    fresh9: 40,
    fresh10: 40,
    fresh11: 40,
    fresh12: 40,
    fresh13: 40,
    fresh14: 40,
    fresh15: 40,
    fresh16: 40,
    fresh17: 40,
    fresh18: 40,
    fresh19: 40,
  },
  {
    name: 'bbc',
    ids: idsIn(unpackCorpus('bbc')),
    dev: 70,
    test: 35,
    fresh: 30,
    fresh2: 30,
    fresh3: 30,
    fresh4: 40,
    fresh5: 40,
    fresh6: 40,
    fresh7: 40,
    fresh8: 40,
    fresh9: 40,
    fresh10: 40,
    fresh11: 40,
    fresh12: 40,
    fresh13: 40,
    fresh14: 40,
    fresh15: 40,
    fresh16: 40,
    fresh17: 40,
    fresh18: 40,
    fresh19: 40,
  },
  {
    name: 'web',
    ids: [...WEB_NEWS_PAGES].sort(),
    dev: 22,
    test: 11,
    fresh: 0,
    fresh2: 0,
    fresh3: 0,
    fresh4: 0,
    fresh5: 0,
    fresh6: 0,
    fresh7: 0,
    fresh8: 0,
    fresh9: 0,
    fresh10: 0,
    fresh11: 0,
    fresh12: 0,
    fresh13: 0,
    fresh14: 0,
    fresh15: 0,
    fresh16: 0,
    fresh17: 0,
    fresh18: 0,
    fresh19: 0,
  },
];

function drawnCount(draw: Draw): number {
  return DRAWN_SPLITS.reduce((sum, split) => sum + draw[split], 0);
}

function splitAt(index: number, draw: Draw): DrawnSplit {
  let end = 0;
  for (const split of DRAWN_SPLITS) {
    end += draw[split];
    if (index < end) return split;
  }
  throw new Error(`eval:draw: position ${index} is past the drawn articles`);
}

const outputFolder = path.join(projectRoot, 'eval/draw');
mkdirSync(outputFolder, { recursive: true });
for (const [position, draw] of draws.entries()) {
  const order = shuffle(draw.ids, SEED + position);
  const lines = order.slice(0, drawnCount(draw)).map((id, index) => `${index + 1}\t${id}\t${splitAt(index, draw)}`);
  writeFileSync(path.join(outputFolder, `${draw.name}.tsv`), `order\tid\tsplit\n${lines.join('\n')}\n`);
  console.log(
    `${draw.name}: ${DRAWN_SPLITS.map((split) => `${draw[split]} ${split}`).join(' + ')} of ${draw.ids.length} articles`,
  );
}
