import type { Article } from '../corpus/article.js';
import type { PersonRecord } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { editDistance } from '../text/edit-distance.js';
import { foldText } from '../text/normalize.js';
import type { Suggestion } from './briefing-service.js';

const LABEL_LIMIT = 100;

/** Folded names and titles, made once per build: autocomplete runs on every keystroke. */
export interface SuggestionTables {
  people: Array<{ person: PersonRecord; folded: string[] }>;
  speakers: Set<string>;
  titles: Array<{ article: Article; folded: string }>;
}

const tablesByKnowledge = new WeakMap<Knowledge, SuggestionTables>();

export function suggestionTablesOf(knowledge: Knowledge): SuggestionTables {
  let tables = tablesByKnowledge.get(knowledge);
  if (!tables) {
    tables = {
      people: knowledge.people.persons.map((person) => ({ person, folded: foldNames(person) })),
      speakers: quotedPeople(knowledge),
      titles: [...knowledge.articles.values()].map((article) => ({ article, folded: foldTitle(article) })),
    };
    tablesByKnowledge.set(knowledge, tables);
  }
  return tables;
}

/** A person's name and variants folded as autocomplete matches them, the name first. */
export function foldNames(person: Pick<PersonRecord, 'name' | 'variants'>): string[] {
  return [person.name, ...person.variants].map(foldText);
}

/** An article's title and id folded as autocomplete matches them. */
export function foldTitle(article: Pick<Article, 'id' | 'title'>): string {
  return `${foldText(article.title)}\u0000${foldText(article.id)}`;
}

/**
 * People (optionally only those quoted) whose name contains the typed text, most mentioned
 * first; when none does, those whose name is a typo or two away ("Shamkani": Ali Shamkhani).
 */
export function suggestPeople(knowledge: Knowledge, text: string, limit: number, quotedOnly: boolean): Suggestion[] {
  const typed = foldText(text).trim();
  const tables = suggestionTablesOf(knowledge);
  const candidates = tables.people.filter(({ person }) => !quotedOnly || tables.speakers.has(person.name));
  let matches = candidates
    .filter(({ folded }) => !typed || folded.some((form) => form.includes(typed)))
    .map(({ person, folded }) => ({ person, rank: rankOf(folded[0]!, typed) }));
  if (matches.length === 0) matches = misspelt(candidates, typed);
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.person.articleIds.length - a.person.articleIds.length ||
      b.person.mentionCount - a.person.mentionCount,
  );
  return matches
    .slice(0, limit)
    .map(({ person }) => personSuggestion(person.name, person.articleIds.length, person.roles[0]?.role));
}

/** How a person is offered: name, article count and first stated role. */
export function personSuggestion(name: string, articles: number, role: string | undefined): Suggestion {
  const label = `${name} (${articles} article${articles === 1 ? '' : 's'})${role ? ` · ${role}` : ''}`;
  return { label: truncate(label, LABEL_LIMIT), value: truncate(name, LABEL_LIMIT) };
}

/** How an article is offered: title and date, its id as the value. */
export function articleSuggestion(article: Pick<Article, 'id' | 'title' | 'published'>): Suggestion {
  const label = `${article.title}${article.published ? ` (${article.published})` : ''}`;
  return { label: truncate(label, LABEL_LIMIT), value: truncate(article.id, LABEL_LIMIT) };
}

export function suggestArticles(knowledge: Knowledge, text: string, limit: number): Suggestion[] {
  const typed = foldText(text).trim();
  const matches: Suggestion[] = [];
  for (const { article, folded } of suggestionTablesOf(knowledge).titles) {
    if (typed && !folded.includes(typed)) continue;
    matches.push(articleSuggestion(article));
    if (matches.length >= limit) break;
  }
  return matches;
}

/** The names of everyone quoted: the person a speaker resolves to, else the speaker as written. */
export function quotedPeople(knowledge: Knowledge): Set<string> {
  const names = new Set<string>();
  for (const extraction of knowledge.extractions.values()) {
    for (const quotation of extraction.quotations) {
      const index = knowledge.people.byArticleName[`${extraction.articleId}\u0000${quotation.speaker}`];
      names.add(index === undefined ? quotation.speaker : knowledge.people.persons[index]!.name);
    }
  }
  return names;
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another name. */
export function typosAllowed(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * People each of whose typed words is within a few edits of a word of one of their names,
 * ranked by the edits needed (after every exact match, which ranks 0-3).
 */
export function misspelt<P>(
  candidates: ReadonlyArray<{ person: P; folded: string[] }>,
  typed: string,
): Array<{ person: P; rank: number }> {
  const words = typed.split(/[\s-]+/).filter((word) => word.length >= 4);
  if (words.length === 0) return [];
  const found: Array<{ person: P; rank: number }> = [];
  for (const { person, folded } of candidates) {
    let best = Infinity;
    for (const form of folded) {
      const formWords = form.split(/[\s-]+/);
      let edits = 0;
      for (const word of words) {
        const limit = typosAllowed(word);
        let nearest = limit + 1;
        for (const formWord of formWords) nearest = Math.min(nearest, editDistance(word, formWord, limit));
        if (nearest > limit) {
          edits = Infinity;
          break;
        }
        edits += nearest;
      }
      best = Math.min(best, edits);
    }
    if (best !== Infinity) found.push({ person, rank: 4 + best });
  }
  return found;
}

export function rankOf(folded: string, typed: string): number {
  if (folded === typed) return 0;
  if (folded.startsWith(typed)) return 1;
  if (folded.split(' ').some((word) => word.startsWith(typed))) return 2;
  return 3;
}

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
