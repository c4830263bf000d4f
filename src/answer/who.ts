import { buildPersonIndex, findPersons, type PersonMatch } from '../extract/people/person-index.js';
import { roleWords } from '../extract/people/role-words.js';
import type { PersonRecord } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { citeArticle } from './citation.js';
import type { Citation, WhoAnswer } from './types.js';

const MAX_ANSWERS = 5;
const MAX_ROLES = 20;

/**
 * Answers /who: a full name, a surname or a role gives the person with their canonical name,
 * their roles as the articles state them, and one citation per article that mentions them
 * (the sentence that states their role there, else the first that names them).
 */
export function createWhoAnswerer(knowledge: Knowledge): (query: string) => WhoAnswer[] {
  const index = buildPersonIndex(knowledge.people);
  const firstMentions = collectFirstMentions(knowledge);
  // Famous people carry hundreds of role statements: their words are computed once, not per question.
  const wordCache = new Map<string, string[]>();
  const wordsOf = (role: string): string[] => {
    let words = wordCache.get(role);
    if (!words) wordCache.set(role, (words = roleWords(role)));
    return words;
  };
  return (query) =>
    findPersons(index, query)
      .slice(0, MAX_ANSWERS)
      .map((match) => answer(knowledge, index.persons[match.index]!, match, firstMentions.get(match.index), wordsOf));
}

/** For each person, the first sentence naming them in each article, for articles that state no role. */
function collectFirstMentions(knowledge: Knowledge): Map<number, Map<string, string>> {
  const result = new Map<number, Map<string, string>>();
  for (const extraction of knowledge.extractions.values()) {
    for (const person of extraction.people) {
      const position = knowledge.people.byArticleName[`${extraction.articleId}\u0000${person.name}`];
      const first = person.mentions[0];
      if (position === undefined || !first) continue;
      let perArticle = result.get(position);
      if (!perArticle) result.set(position, (perArticle = new Map()));
      if (!perArticle.has(extraction.articleId)) perArticle.set(extraction.articleId, first.sentence);
    }
  }
  return result;
}

function answer(
  knowledge: Knowledge, person: PersonRecord, match: PersonMatch, firstMentions: Map<string, string> | undefined, wordsOf: (role: string) => string[],
): WhoAnswer {
  const asked = match.roleQuery ? new Set(match.roleQuery) : null;
  const relevance = (role: string): number => (asked ? wordsOf(role).filter((word) => asked.has(word)).length : 0);
  const citations: Citation[] = [];
  const rolesByArticle = new Map<string, { sentence: string; relevance: number }>();
  for (const role of person.roles) {
    const score = relevance(role.role);
    const current = rolesByArticle.get(role.articleId);
    if (!current || score > current.relevance) rolesByArticle.set(role.articleId, { sentence: role.sentence, relevance: score });
  }
  const ordered = [...person.articleIds].sort((left, right) => (rolesByArticle.get(right)?.relevance ?? -1) - (rolesByArticle.get(left)?.relevance ?? -1));
  for (const articleId of ordered) {
    const article = knowledge.articles.get(articleId);
    const passage = rolesByArticle.get(articleId)?.sentence ?? firstMentions?.get(articleId);
    if (!article || !passage) continue;
    citations.push(citeArticle(article, passage));
  }
  return { person: person.name, roles: statedRoles(person, relevance), citations };
}

/** Each role once (ignoring case), the ones the question asked about first, then the most stated. */
function statedRoles(person: PersonRecord, relevance: (role: string) => number): string[] {
  const counts = new Map<string, { text: string; count: number; relevance: number }>();
  for (const { role } of person.roles) {
    const key = role.toLowerCase().replace(/[’]/g, "'");
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: role, count: 1, relevance: relevance(role) });
  }
  return [...counts.values()]
    .sort((left, right) => right.relevance - left.relevance || right.count - left.count)
    .slice(0, MAX_ROLES)
    .map((entry) => entry.text);
}
