import { expect } from 'vitest';
import { timelineRequest } from '../../src/brief/timeline.js';
import type { Brief } from '../../src/brief/types.js';
import { analysedOf, buildDigest } from '../../src/digest/build-digest.js';
import { defaultDigestLimits } from '../../src/digest/types.js';
import type { BriefingService, MemoryBriefingService } from '../../src/service/briefing-service.js';

/**
 * Briefs and timelines on each subject from both engines: a person brief (and a timeline) is
 * the very same, within dates too; a topic brief takes its passages from PostgreSQL's index,
 * as /search does, so it is held to being a topic brief of the same subject. Returns how many
 * person briefs were compared, so a test knows they were not all topics.
 */
export async function expectSameBriefs(
  memory: MemoryBriefingService,
  served: BriefingService,
  subjects: readonly string[],
): Promise<{ persons: number; topics: number }> {
  let persons = 0;
  let topics = 0;
  for (const subject of subjects) {
    const expected = memory.brief({ subject });
    const got = await served.brief({ subject });
    if (expected.kind === 'topic') {
      topics++;
      expect({ subject, kind: got.kind, title: got.title }).toEqual({ subject, kind: 'topic', title: expected.title });
      continue;
    }
    persons++;
    expect({ subject, got }).toEqual({ subject, got: expected });
    expect({ subject, timeline: await served.brief(timelineRequest(subject)) }).toEqual({
      subject,
      timeline: memory.brief(timelineRequest(subject)),
    });
    const dated = datesOf(expected);
    if (dated) {
      const request = { subject, since: dated.since, until: dated.until };
      expect({ request, got: await served.brief(request) }).toEqual({ request, got: memory.brief(request) });
    }
  }
  return { persons, topics };
}

/** A range that keeps part of a brief: from the month of its newest source to the end of that year. */
function datesOf(brief: Brief): { since: string; until: string } | null {
  const newest = brief.sources.find((source) => source.published)?.published;
  return newest ? { since: newest.slice(0, 7), until: newest.slice(0, 4) } : null;
}

/**
 * /article, /sources and the digest's contents from both engines: every article (whole, with
 * the people it names) and a few ids that are not one, the overview, the list of articles
 * (a database's without bodies) and a digest of the whole corpus.
 */
export async function expectSameCorpus(memory: MemoryBriefingService, served: BriefingService): Promise<void> {
  const articles = memory.listArticles();
  for (const article of articles) {
    expect(await served.article(article.id)).toEqual(article);
    expect({ id: article.id, people: await served.peopleIn(article.id) }).toEqual({
      id: article.id,
      people: memory.peopleIn(article.id),
    });
  }
  for (const id of ['missing', '', '../etc/passwd']) expect(await served.article(id)).toBeUndefined();
  expect(await served.overview()).toEqual(memory.overview());
  const listed = await served.listArticles();
  expect(listed).toEqual(articles.map((article) => ({ ...article, paragraphs: [] })));

  const generatedAt = new Date('2026-01-01T00:00:00Z');
  const expected = buildDigest({ articles, knowledge: memory.knowledge(), since: null, generatedAt });
  const stories = await served.readStories(analysedOf(listed, defaultDigestLimits.articles));
  const bodies = new Map(stories.articles.map((article) => [article.id, article]));
  const digest = buildDigest({
    articles: listed.map((article) => bodies.get(article.id) ?? article),
    knowledge: stories.knowledge,
    since: null,
    generatedAt,
  });
  expect(digest).toEqual(expected);
  expect(expected.people.length).toBeGreaterThan(0);
}
