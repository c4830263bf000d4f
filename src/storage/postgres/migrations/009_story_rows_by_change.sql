-- The stories of 007 written once a change instead of whole for every version.
--
-- `story_contents`: each article whole (body and metadata as JSONB) with its extraction, kept
-- like `articles`: visible from the version that added it (added_in) until the one that
-- replaced or removed it (removed_in). `story_hash` (sha256 of both as the indexer serialises
-- them) tells the indexer which ones changed: only those are written again.
-- `story_members`: what changes with every version, small: each article's place in the build's
-- order and the directory number of each name it uses (numbers move as the directory does).
--
-- The serving version's rows are carried over (with an empty hash: the first indexing that
-- changes anything afterwards writes every story once more), so serving goes on without an
-- indexer run; an unpublished indexing's rows are dropped.
CREATE TABLE story_contents (
  article_id text NOT NULL,
  added_in bigint NOT NULL,
  removed_in bigint,
  story_hash text NOT NULL,
  published text,
  content_hash text NOT NULL,
  article jsonb NOT NULL,
  extraction jsonb,
  PRIMARY KEY (article_id, added_in)
);

CREATE TABLE story_members (
  version bigint NOT NULL,
  ordinal integer NOT NULL,
  article_id text NOT NULL,
  persons jsonb NOT NULL,
  PRIMARY KEY (version, article_id)
);
CREATE INDEX story_members_order ON story_members (version, ordinal);

INSERT INTO story_contents (article_id, added_in, story_hash, published, content_hash, article, extraction)
SELECT s.article_id, s.version, '', s.published, s.content_hash, s.article, s.extraction
  FROM story_articles s JOIN corpus_version v ON s.version = v.version;
INSERT INTO story_members (version, ordinal, article_id, persons)
SELECT s.version, s.ordinal, s.article_id, s.persons
  FROM story_articles s JOIN corpus_version v ON s.version = v.version;

DROP TABLE story_articles;
