import type { Knowledge } from '../knowledge/knowledge.js';
import { foldText } from '../text/normalize.js';
import type { Suggestion } from './briefing-service.js';

const LABEL_LIMIT = 100;

/** People (optionally only those quoted) whose name contains the typed text, most mentioned first. */
export function suggestPeople(knowledge: Knowledge, text: string, limit: number, quotedOnly: boolean): Suggestion[] {
  const typed = foldText(text).trim();
  const speakers = quotedOnly ? quotedPeople(knowledge) : null;
  const matches = knowledge.people.persons
    .filter((person) => (!speakers || speakers.has(person.name)) && (!typed || matchesTyped(person.name, person.variants, typed)))
    .sort((a, b) => rankOf(a.name, typed) - rankOf(b.name, typed) || b.articleIds.length - a.articleIds.length || b.mentionCount - a.mentionCount);
  return matches.slice(0, limit).map((person) => {
    const count = person.articleIds.length;
    const role = person.roles[0]?.role;
    const label = `${person.name} (${count} article${count === 1 ? '' : 's'})${role ? ` · ${role}` : ''}`;
    return { label: truncate(label, LABEL_LIMIT), value: truncate(person.name, LABEL_LIMIT) };
  });
}

export function suggestArticles(knowledge: Knowledge, text: string, limit: number): Suggestion[] {
  const typed = foldText(text).trim();
  const matches: Suggestion[] = [];
  for (const article of knowledge.articles.values()) {
    if (typed && !foldText(article.title).includes(typed) && !foldText(article.id).includes(typed)) continue;
    const label = `${article.title}${article.published ? ` (${article.published})` : ''}`;
    matches.push({ label: truncate(label, LABEL_LIMIT), value: truncate(article.id, LABEL_LIMIT) });
    if (matches.length >= limit) break;
  }
  return matches;
}

function quotedPeople(knowledge: Knowledge): Set<string> {
  const names = new Set<string>();
  for (const extraction of knowledge.extractions.values()) {
    for (const quotation of extraction.quotations) {
      const index = knowledge.people.byArticleName[`${extraction.articleId}\u0000${quotation.speaker}`];
      names.add(index === undefined ? quotation.speaker : knowledge.people.persons[index]!.name);
    }
  }
  return names;
}

function matchesTyped(name: string, variants: string[], typed: string): boolean {
  return [name, ...variants].some((variant) => foldText(variant).includes(typed));
}

function rankOf(name: string, typed: string): number {
  const folded = foldText(name);
  if (folded === typed) return 0;
  if (folded.startsWith(typed)) return 1;
  if (folded.split(' ').some((word) => word.startsWith(typed))) return 2;
  return 3;
}

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
