import type { Article } from '../corpus/article.js';
import { groupDuplicates } from '../corpus/duplicates.js';
import { compareNewestFirst, describeStory } from '../corpus/story-source.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { isWithin } from './brief-dates.js';
import type { BriefInput, BriefSource } from './types.js';

/**
 * The stories a brief reads. A story is an article and its syndicated copies: its facts are
 * read once, from the newest copy that has them, so a story carried five times counts once;
 * the copies are kept to cite every source that carried a sentence.
 */
export interface Story {
  source: BriefSource;
  /** The copy whose facts are read. */
  article: Article;
  extraction: ArticleExtraction | undefined;
  copies: Article[];
  /** Paragraphs of `article` about the subject: where the person is named, or the passages matching the topic. */
  paragraphs: Set<number>;
  /** For a topic, the best matching passage of the story. */
  bestPassage: string | null;
}

export interface Subject {
  kind: 'person' | 'topic';
  title: string;
  /** The person's number in the directory. */
  person: number | null;
  /** Articles about the subject, with the paragraphs about it. */
  paragraphs: Map<string, Set<number>>;
  /** For a topic: each article's best matching passage. */
  bestPassages: Map<string, string>;
}

/** How far below the best match a topic's passages may score and still be about it. */
const topicScoreShare = 0.4;
const topicPassages = 120;

/** The person a subject names, else the topic its words match; null when nothing matches. */
export function findSubject(input: BriefInput, subject: string): Subject | null {
  const { knowledge } = input;
  const [person] = input.findPersons(subject);
  if (person !== undefined && knowledge.people.persons[person]) {
    const record = knowledge.people.persons[person]!;
    const paragraphs = new Map<string, Set<number>>();
    for (const articleId of record.articleIds)
      paragraphs.set(articleId, personParagraphs(knowledge, articleId, person));
    return { kind: 'person', title: record.name, person, paragraphs, bestPassages: new Map() };
  }
  const hits = input.searchPassages(subject, topicPassages);
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return null;
  const paragraphs = new Map<string, Set<number>>();
  const bestPassages = new Map<string, string>();
  for (const { passage, score } of hits) {
    if (score < best * topicScoreShare) continue;
    const found = paragraphs.get(passage.articleId) ?? new Set<number>();
    found.add(passage.paragraph);
    paragraphs.set(passage.articleId, found);
    if (!bestPassages.has(passage.articleId)) bestPassages.set(passage.articleId, passage.text);
  }
  return { kind: 'topic', title: subject, person: null, paragraphs, bestPassages };
}

/** The person's number for a name an article uses, or undefined. */
export function personNumber(knowledge: Knowledge, articleId: string, name: string): number | undefined {
  return knowledge.people.byArticleName[`${articleId}\u0000${name}`];
}

function personParagraphs(knowledge: Knowledge, articleId: string, person: number): Set<number> {
  const paragraphs = new Set<number>();
  for (const mention of knowledge.extractions.get(articleId)?.people ?? []) {
    if (personNumber(knowledge, articleId, mention.name) !== person) continue;
    for (const place of [...mention.mentions, ...mention.roles]) paragraphs.add(place.paragraph);
  }
  return paragraphs;
}

/** The subject's articles within the dates, the newest `limit` folded into stories, newest first. */
export function selectStories(
  knowledge: Knowledge,
  subject: Subject,
  dates: { since: string | null; until: string | null },
  limit: number,
): { stories: Story[]; articleCount: number; analysedCount: number } {
  const { analysed, articleCount } = analysedArticles(knowledge, subject, dates, limit);
  const stories = groupDuplicates(analysed).map((group) => toStory(knowledge, subject, group));
  stories.sort((left, right) => compareNewestFirst(left.copies[0]!, right.copies[0]!));
  return { stories, articleCount, analysedCount: analysed.length };
}

/**
 * The subject's articles within the dates, the newest `limit` of them: the ones a brief reads
 * (only their dates are looked at, so a database reads the bodies of these alone).
 */
export function analysedArticles(
  knowledge: Pick<Knowledge, 'articles'>,
  subject: Pick<Subject, 'paragraphs'>,
  dates: { since: string | null; until: string | null },
  limit: number,
): { analysed: Article[]; articleCount: number } {
  const articles: Article[] = [];
  for (const articleId of subject.paragraphs.keys()) {
    const article = knowledge.articles.get(articleId);
    if (article && isWithin(article.published, dates.since, dates.until)) articles.push(article);
  }
  return { analysed: articles.sort(compareNewestFirst).slice(0, limit), articleCount: articles.length };
}

function toStory(knowledge: Knowledge, subject: Subject, group: Article[]): Story {
  const source = describeStory(group);
  const copies = [...group].sort(compareNewestFirst);
  const article = copies.find((copy) => knowledge.extractions.has(copy.id)) ?? copies[0]!;
  return {
    source,
    article,
    extraction: knowledge.extractions.get(article.id),
    copies,
    paragraphs: subject.paragraphs.get(article.id) ?? new Set(),
    bestPassage: subject.bestPassages.get(article.id) ?? null,
  };
}
