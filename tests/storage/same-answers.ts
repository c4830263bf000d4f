import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CommandName } from '../../src/answer/types.js';
import type { MemoryBriefingService, SuggestionKind } from '../../src/service/briefing-service.js';
import type { PostgresAnswerStore } from '../../src/storage/postgres/postgres-answer-store.js';

export interface EvalCase {
  id: string;
  command: CommandName;
  query: string;
  expect: { articles?: string[] };
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase);
}

/**
 * Every question of the cases asked of both engines, as its own command and as /who, /when and
 * /quote (each reads a question its own way, so every case tries every table), and the
 * autocomplete a user typing its words would see: the answers must be the very same. (/search
 * takes its candidates from another index, GIN rather than flexsearch's lists, so it is held to
 * the same ranking in postgres-search.test.ts, not to the same answers here.)
 */
export async function expectSameAnswers(memory: MemoryBriefingService, store: PostgresAnswerStore, cases: EvalCase[]) {
  let compared = 0;
  let answered = 0;
  const answeredBy = new Map<CommandName, number>();
  for (const { id, command, query } of cases) {
    for (const asked of new Set<CommandName>([command, 'who', 'when', 'quote'])) {
      if (!store.commands.has(asked) || asked === 'search') continue;
      const expected = await memory.ask(asked, query);
      expect({ id, asked, set: await store.answer(asked, query) }).toEqual({ id, asked, set: expected });
      compared++;
      if (expected.answers.length > 0) {
        answered++;
        answeredBy.set(asked, (answeredBy.get(asked) ?? 0) + 1);
      }
    }
    const words = query.split(/\s+/).filter((word) => word.length >= 3);
    const typed = [query, ...words, ...words.map((word) => word.slice(0, 3)), ...words.map(misspell)];
    for (const text of typed) {
      for (const kind of ['person', 'speaker', 'article'] as SuggestionKind[]) {
        expect({ id, kind, text, got: await store.suggest(kind, text, 25) }).toEqual({
          id,
          kind,
          text,
          got: await memory.suggest(kind, text, 25),
        });
      }
    }
  }
  return { compared, answered, answeredBy };
}

/** Each command the store answers (but /search, compared elsewhere) found answers to a fifth of the cases or more. */
export function expectEveryCommandAnswers(
  store: PostgresAnswerStore,
  answeredBy: Map<CommandName, number>,
  cases: number,
) {
  for (const command of store.commands) {
    if (command !== 'search') expect(answeredBy.get(command) ?? 0, `/${command}`).toBeGreaterThan(cases / 5);
  }
}

/** A typo a user makes: two neighbouring letters swapped. */
function misspell(word: string): string {
  if (word.length < 5) return word;
  return `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
}

/** An article that names a new person, quotes them and dates an event: an added story for the indexing tests. */
export const ARDENCO_ARTICLE = `---
title: Ardenco names a new chief executive
date: 2021-06-03
source: Harbour Daily
---

Ardenco said on Thursday that Karim Nasser would become its chief executive in July.

"We will build the new quays first," Karim Nasser said.
`;
