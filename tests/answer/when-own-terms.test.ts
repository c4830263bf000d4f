import { describe, expect, it } from 'vitest';
import { ownTermCount } from '../../src/answer/when/own-terms.js';
import { buildTables, NEAR_MARK, slotCount, type WhenTables } from '../../src/answer/when/tables.js';
import { updateTables } from '../../src/answer/when/update-tables.js';
import { article, knowledgeOf, WIRE_STORIES } from './when-fixture.js';

/** The count read from the terms' words themselves. */
function countFromWords(tables: WhenTables, slot: number): number {
  const starts = tables.slotTermStart.values;
  let count = 0;
  for (let position = starts[slot]!; position < starts[slot + 1]!; position++)
    if (!tables.vocabulary[tables.slotTerms.values[position]!]!.startsWith(NEAR_MARK)) count++;
  return count;
}

const DOCKS = article('docks-10', 'Dockers vote on a strike', '1987-06-05', [
  'Dockers in Antwerp rejected the offer on Monday.',
  'Their union will ballot members about a walkout on June 12, an organiser said.',
]);

describe('ownTermCount', () => {
  it("counts a slot's own terms, not its neighbours', also for words the vocabulary gained after it was asked", () => {
    const tables = buildTables(knowledgeOf(WIRE_STORIES));
    const before = slotCount(tables);
    for (let slot = 0; slot < before; slot++) expect(ownTermCount(tables, slot)).toBe(countFromWords(tables, slot));
    const words = tables.vocabulary.length;
    updateTables(tables, knowledgeOf([...WIRE_STORIES, DOCKS]), { removed: [], upserted: ['docks-10'] });
    expect(tables.vocabulary.length).toBeGreaterThan(words);
    expect(slotCount(tables)).toBeGreaterThan(before);
    const counts = Array.from({ length: slotCount(tables) }, (_, slot) => ownTermCount(tables, slot));
    expect(counts).toEqual(counts.map((_, slot) => countFromWords(tables, slot)));
    expect(tables.vocabulary.slice(words).some((word) => word.startsWith(NEAR_MARK))).toBe(true);
  });
});
