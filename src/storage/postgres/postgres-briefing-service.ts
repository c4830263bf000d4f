import type { Pool } from 'pg';
import type { Brief } from '../../brief/types.js';
import type { Article } from '../../corpus/article.js';
import { failedBrief } from '../../service/brief-input.js';
import { describeCorpus } from '../../service/describe-corpus.js';
import { ReloadElsewhereError, type BriefingService, type CorpusOverview } from '../../service/briefing-service.js';
import { briefFromDatabase } from './brief-from-database.js';
import { readPinned, visibleAt } from './pinned-read.js';
import { PostgresAnswerStore } from './postgres-answer-store.js';
import { PostgresPassageSearch } from './search-passages.js';
import { readAllArticleHeads, readStories } from './stories-from-database.js';

/** What a serving process over PostgreSQL says to /reload, /add and a corpus watch. */
export const REINDEX_ELSEWHERE =
  'This bot reads its corpus from PostgreSQL, which `npm run indexer` writes: put the files in the corpus ' +
  'folder and run it there; every bot process answers from the new version as soon as it is published.';

/**
 * A serving process that holds no corpus: every command and the digest read what they need
 * from the tables `npm run indexer` writes, and run the in-memory engine's own code on it
 * (answers through PostgresAnswerStore, briefs through buildBrief, the digest through
 * buildDigest). Each request reads one corpus version (readPinned). It cannot reload: the
 * indexer does, for every process at once.
 */
export function createPostgresBriefingService(pool: Pool): BriefingService {
  const store = new PostgresAnswerStore(pool);
  const search = new PostgresPassageSearch(pool);
  return {
    async ask(command, query) {
      try {
        return await store.answer(command, query);
      } catch (error) {
        return { command, query, answers: [], error: `briefbot failed to answer: ${(error as Error).message}` };
      }
    },
    async brief(request): Promise<Brief> {
      const today = new Date().toISOString().slice(0, 10);
      try {
        return await readPinned(pool, (read) => briefFromDatabase(read, search, request, today));
      } catch (error) {
        return { ...failedBrief(request), error: `briefbot failed to brief: ${(error as Error).message}` };
      }
    },
    article: (id) => readPinned(pool, async (read) => (await readStories(read, [id])).articles.get(id)),
    peopleIn: (articleId) =>
      readPinned(pool, async (read) => {
        const knowledge = await readStories(read, [articleId]);
        const names = (knowledge.extractions.get(articleId)?.people ?? []).map((person) => {
          const number = knowledge.people.byArticleName[`${articleId}\u0000${person.name}`];
          return number === undefined ? person.name : (knowledge.people.persons[number]?.name ?? person.name);
        });
        return [...new Set(names)];
      }),
    suggest: (kind, text, limit) => store.suggest(kind, text, limit),
    overview: () =>
      readPinned(pool, async (read) => {
        const rows = await read.db.query<{ overview: CorpusOverview }>(
          `SELECT overview FROM corpus_overviews WHERE ${visibleAt('corpus_overviews', '$1')}`,
          [read.version],
        );
        // A database the indexer has not written yet holds no corpus: /sources says it is empty.
        return rows.rows[0]?.overview ?? describeCorpus([], 0, []);
      }),
    listArticles: () =>
      readPinned(pool, async (read) =>
        (await readAllArticleHeads(read)).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
      ),
    readStories: (articles: readonly Article[]) =>
      readPinned(pool, async (read) => {
        const knowledge = await readStories(
          read,
          articles.map((article) => article.id),
        );
        // An article gone since the list was read keeps the listed copy (without its body).
        return { articles: articles.map((article) => knowledge.articles.get(article.id) ?? article), knowledge };
      }),
    reloadElsewhere: REINDEX_ELSEWHERE,
    reload: () => Promise.reject(new ReloadElsewhereError(REINDEX_ELSEWHERE)),
    isReloading: () => false,
    close: () => store.close(),
  };
}
