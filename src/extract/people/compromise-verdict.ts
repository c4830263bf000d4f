import nlp from 'compromise';

/** Counts how often compromise had to run, for the speed report. */
export const compromiseUsage = { calls: 0, milliseconds: 0 };

const compromiseVerdicts = new Map<string, boolean>();
const MAX_CACHED_VERDICTS = 50_000;

/**
 * Asks compromise whether a name is a person. It is asked about the name alone, not the whole
 * sentence: its verdict rarely depends on the context, and tagging three words instead of thirty
 * (with a cache, since company names recur across Reuters) keeps extraction fast.
 */
export function compromiseSaysPerson(name: string): boolean {
  const cached = compromiseVerdicts.get(name);
  if (cached !== undefined) return cached;
  compromiseUsage.calls++;
  const started = performance.now();
  const people = nlp(name).people().out('array') as string[];
  compromiseUsage.milliseconds += performance.now() - started;
  // Any person-tagged word counts: compromise often tags only the part it knows ("Lee" of "Lee Iacocca").
  const verdict = people.length > 0;
  if (compromiseVerdicts.size >= MAX_CACHED_VERDICTS) compromiseVerdicts.clear();
  compromiseVerdicts.set(name, verdict);
  return verdict;
}
