/**
 * The English news articles among Readability.js's test pages (../shared/corpora): pages that
 * report news or features with named people, as opposed to documentation, blogs about code,
 * fiction, list pages and the small pages that each test one extraction rule.
 */
export const WEB_NEWS_PAGES = [
  'aclu',
  'ars-1',
  'article-author-tag',
  'bbc-1',
  'breitbart',
  'bug-1255978',
  'buzzfeed-1',
  'citylab-1',
  'cnet',
  'cnn',
  'engadget',
  'guardian-1',
  'herald-sun-1',
  'keep-images',
  'lazy-image-2',
  'medicalnewstoday',
  'msn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'nytimes-4',
  'quanta-1',
  'salon-1',
  'schema-org-context-object',
  'seattletimes-1',
  'telegraph',
  'theverge',
  'wapo-1',
  'wapo-2',
  'webmd-1',
  'webmd-2',
  'wikia',
  'wordpress',
] as const;

/**
 * Further English pages that report news or a feature with named people, dates or quotations,
 * taken after the dev and test cases were written, for the fresh2 split only. A list of its own:
 * the dev/test draw shuffles WEB_NEWS_PAGES alone, so it stays as it was.
 */
export const WEB_FRESH_PAGES = [
  'ebb-org',
  'iab-1',
  'lwn-1',
  'medium-1',
  'simplyfound-1',
  'spiceworks',
  'tmz-1',
  'yahoo-2',
  'yahoo-3',
] as const;
