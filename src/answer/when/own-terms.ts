import { NEAR_MARK, type WhenTables } from './tables.js';

/** How many of a slot's terms are its own sentence's, not its neighbours' ("~word"): the density /when weighs. */
export function ownTermCount(tables: WhenTables, slot: number): number {
  const near = nearTermFlags(tables.vocabulary);
  const starts = tables.slotTermStart.values;
  const terms = tables.slotTerms.values;
  let count = 0;
  for (let position = starts[slot]!; position < starts[slot + 1]!; position++) if (!near[terms[position]!]) count++;
  return count;
}

// Per term, 1 for a neighbour sentence's ("~word"). Reading each term's string to tell made the
// count most of the slowest questions' time once their ties were cheap. A vocabulary only grows,
// so its flags are extended, never redone.
const nearTerms = new WeakMap<readonly string[], { flags: Uint8Array; length: number }>();

function nearTermFlags(vocabulary: readonly string[]): Uint8Array {
  let known = nearTerms.get(vocabulary);
  if (!known || known.flags.length < vocabulary.length) {
    const flags = new Uint8Array(vocabulary.length + (vocabulary.length >> 2) + 64);
    if (known) flags.set(known.flags.subarray(0, known.length));
    known = { flags, length: known?.length ?? 0 };
    nearTerms.set(vocabulary, known);
  }
  for (; known.length < vocabulary.length; known.length++)
    known.flags[known.length] = vocabulary[known.length]!.startsWith(NEAR_MARK) ? 1 : 0;
  return known.flags;
}
