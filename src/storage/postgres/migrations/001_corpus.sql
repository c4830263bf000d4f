-- The corpus as the serving processes read it for /search. Terms are the project's own
-- (src/text/normalize.ts: folded, split, lightly stemmed), computed by the indexer and stored
-- as given, so PostgreSQL's dictionaries never stem a name.

CREATE TABLE articles (
  id text PRIMARY KEY,
  title text NOT NULL,
  source text,
  -- ISO YYYY-MM-DD as the loader gives it: kept as text so no time zone ever shifts it.
  published text CHECK (published ~ '^\d{4}-\d{2}-\d{2}$'),
  url text,
  -- sha256 of what is indexed of the article: an unchanged article is not written again.
  content_hash text NOT NULL,
  -- The title's terms: the ranking credits a question word only the title holds.
  title_terms text[] NOT NULL
);

CREATE TABLE passages (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position integer NOT NULL,
  paragraph integer NOT NULL,
  text text NOT NULL,
  terms tsvector NOT NULL,
  PRIMARY KEY (article_id, position)
);

CREATE INDEX passages_terms ON passages USING gin (terms);

-- Passages holding each term: the ranking's idf weights, kept by the indexer batch by batch.
CREATE TABLE term_statistics (
  term text PRIMARY KEY,
  passages integer NOT NULL CHECK (passages >= 0)
);

-- One row: bumped after each indexing that changed something, and announced by NOTIFY.
CREATE TABLE corpus_version (
  single boolean PRIMARY KEY DEFAULT true CHECK (single),
  version bigint NOT NULL,
  passages integer NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO corpus_version (version, passages) VALUES (0, 0);
