import type { Article } from '../../corpus/article.js';
import type { ArticleExtraction, PeopleDirectory } from '../types.js';

export function linkPeople(_articles: Article[], _extractions: ArticleExtraction[]): PeopleDirectory {
  return { persons: [], byArticleName: {} };
}
