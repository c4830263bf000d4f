import type { Article } from '../../corpus/article.js';
import type { PersonRecord } from '../../extract/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { citeArticle } from '../citation.js';
import { withKnightlyTitle } from '../knighted-name.js';
import type { Citation, WhoAnswer } from '../types.js';
import type { PersonMatch } from './find-persons.js';
import type { WhoTables } from './person-tables.js';

const MAX_ROLES = 20;

/** What an answer's citations are read from: the knowledge in memory, or rows of a database. */
export interface CitationSource {
  article(id: string): Article | undefined;
  /** The first sentence naming the person (by number in the directory) in an article. */
  firstMention(articleId: string, position: number): string | undefined;
}

/** The citations' source in a build's knowledge. */
export function knowledgeSource(knowledge: Knowledge): CitationSource {
  return {
    article: (id) => knowledge.articles.get(id),
    firstMention: (articleId, position) => firstMention(knowledge, articleId, position),
  };
}

/**
 * The answer for one matched person: the canonical name, the roles as the articles state them,
 * and one citation per article that mentions them (the sentence that states their role there,
 * the one closest to the question first, else the first that names them).
 */
export function toAnswer(knowledge: Knowledge, tables: WhoTables, match: PersonMatch): WhoAnswer {
  return toAnswerFrom(knowledgeSource(knowledge), tables, match);
}

/** The same, from any source of articles and first mentions. */
export function toAnswerFrom(source: CitationSource, tables: WhoTables, match: PersonMatch): WhoAnswer {
  const person = tables.records[match.slot]!;
  const forms = tables.roleForms[match.slot]!;
  const formOf = tables.roleFormOf[match.slot]!;
  const asked = match.roleQuery ? new Set(match.roleQuery) : null;
  // The words of a role statement are its form's words, so no role is folded again per question.
  const relevance = (roleIndex: number): number => {
    const form = formOf[roleIndex]!;
    return asked && form >= 0 ? forms[form]!.filter((word) => asked.has(word)).length : 0;
  };
  const rolesByArticle = new Map<string, { sentence: string; relevance: number }>();
  person.roles.forEach((role, roleIndex) => {
    const score = relevance(roleIndex);
    const current = rolesByArticle.get(role.articleId);
    if (!current || score > current.relevance)
      rolesByArticle.set(role.articleId, { sentence: role.sentence, relevance: score });
  });
  const ordered = [...person.articleIds].sort(
    (left, right) => (rolesByArticle.get(right)?.relevance ?? -1) - (rolesByArticle.get(left)?.relevance ?? -1),
  );
  const position = tables.positions[match.slot]!;
  const citations: Citation[] = [];
  for (const articleId of ordered) {
    const article = source.article(articleId);
    const passage = rolesByArticle.get(articleId)?.sentence ?? source.firstMention(articleId, position);
    if (!article || !passage) continue;
    citations.push(citeArticle(article, passage));
  }
  const passages = citations.map((citation) => citation.passage);
  return { person: withKnightlyTitle(person.name, passages), roles: statedRoles(person, relevance), citations };
}

/** The first sentence naming the person in an article, read from the article's own people. */
function firstMention(knowledge: Knowledge, articleId: string, position: number): string | undefined {
  for (const person of knowledge.extractions.get(articleId)?.people ?? []) {
    const first = person.mentions[0];
    if (first && knowledge.people.byArticleName[`${articleId}\u0000${person.name}`] === position) return first.sentence;
  }
  return undefined;
}

/** Each role once (ignoring case), the ones the question asked about first, then the most stated. */
function statedRoles(person: PersonRecord, relevance: (roleIndex: number) => number): string[] {
  const counts = new Map<string, { text: string; count: number; relevance: number }>();
  person.roles.forEach(({ role }, roleIndex) => {
    const key = role.toLowerCase().replace(/[’]/g, "'");
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: role, count: 1, relevance: relevance(roleIndex) });
  });
  return [...counts.values()]
    .sort((left, right) => right.relevance - left.relevance || right.count - left.count)
    .slice(0, MAX_ROLES)
    .map((entry) => entry.text);
}
