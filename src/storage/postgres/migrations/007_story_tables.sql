-- What /brief, /timeline, /article, /sources and the digest read, one version at a time, so a
-- serving process reads the stories a request needs instead of building the corpus.
--
-- Each article whole (its body and metadata as the loader gave them, as JSONB), what was
-- extracted from it, and the directory number of each name it uses (the people directory's
-- byArticleName for that article): numbers change with every version, so these rows are
-- written whole for each one, as the answer tables are. `published` and `content_hash` (the
-- loaded file's, which the digest's ledger numbers) are columns for the listing the digest reads.
CREATE TABLE story_articles (
  version bigint NOT NULL,
  ordinal integer NOT NULL,
  article_id text NOT NULL,
  published text,
  content_hash text NOT NULL,
  article jsonb NOT NULL,
  extraction jsonb,
  persons jsonb NOT NULL,
  PRIMARY KEY (version, article_id)
);

-- /sources: the corpus's figures and newest articles, and the files the loader skipped.
CREATE TABLE corpus_overviews (
  version bigint NOT NULL PRIMARY KEY,
  overview jsonb NOT NULL
);
