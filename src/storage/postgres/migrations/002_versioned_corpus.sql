-- Corpus versions that readers can pin, and the tables /who and autocomplete read.
--
-- Each article and passage row is visible from the version that added it (added_in) until the
-- one that replaced or removed it (removed_in): an indexer writes a new version's rows beside
-- the serving ones batch by batch, and only the bump of corpus_version makes them visible, so
-- a reader that pins the version never sees half an indexing. The rows of the version before
-- are deleted in the same transaction as the bump (a reader pinned to it in an open
-- transaction still sees them: its snapshot predates the delete).
--
-- The corpus tables of 001 are replaced: the next `npm run indexer` writes them again.

DROP TABLE passages;
DROP TABLE term_statistics;
DROP TABLE articles;
UPDATE corpus_version SET passages = 0;

CREATE TABLE articles (
  id text NOT NULL,
  added_in bigint NOT NULL,
  removed_in bigint,
  title text NOT NULL,
  source text,
  published text CHECK (published ~ '^\d{4}-\d{2}-\d{2}$'),
  url text,
  content_hash text NOT NULL,
  title_terms text[] NOT NULL,
  -- Headline and opening paragraph: /who reads them for a role question's country or firm.
  lead text NOT NULL,
  -- The near-duplicate fingerprint (src/corpus/duplicates.ts), so answers fold copies of one
  -- story without the body: word count, shingle hashes (uint32, little-endian) and title words.
  body_words integer NOT NULL,
  shingles bytea NOT NULL,
  title_words text[] NOT NULL,
  PRIMARY KEY (id, added_in)
);

CREATE TABLE passages (
  article_id text NOT NULL,
  added_in bigint NOT NULL,
  removed_in bigint,
  position integer NOT NULL,
  paragraph integer NOT NULL,
  text text NOT NULL,
  terms tsvector NOT NULL,
  PRIMARY KEY (article_id, added_in, position),
  FOREIGN KEY (article_id, added_in) REFERENCES articles (id, added_in) ON DELETE CASCADE
);

CREATE INDEX passages_terms ON passages USING gin (terms);

-- Passages holding each term at a version: the ranking's idf weights.
CREATE TABLE term_statistics (
  version bigint NOT NULL,
  term text NOT NULL,
  passages integer NOT NULL CHECK (passages >= 0),
  PRIMARY KEY (version, term)
);

-- /who: the in-memory engine's tables (src/answer/who/person-tables.ts) as rows, one version
-- at a time. A posting lists the persons (by number in the people directory) filed under a
-- key of one of its three maps: 'name' (a name word), 'full' (a whole name form), 'role'.
CREATE TABLE who_postings (
  version bigint NOT NULL,
  map text NOT NULL CHECK (map IN ('name', 'full', 'role')),
  key text NOT NULL,
  persons integer[] NOT NULL,
  PRIMARY KEY (version, map, key)
);

-- A person as /who answers it: record, forms and the first sentence naming them in each
-- article that states no role for them.
CREATE TABLE who_persons (
  version bigint NOT NULL,
  person integer NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (version, person)
);

-- Autocomplete: people with their folded name forms, in directory order.
CREATE TABLE person_suggestions (
  version bigint NOT NULL,
  person integer NOT NULL,
  name text NOT NULL,
  forms text[] NOT NULL,
  articles integer NOT NULL,
  mentions integer NOT NULL,
  role text,
  quoted boolean NOT NULL,
  PRIMARY KEY (version, person)
);

-- Each distinct word of the people's folded name forms, for a misspelt name.
CREATE TABLE person_words (
  version bigint NOT NULL,
  word text NOT NULL,
  persons integer[] NOT NULL,
  PRIMARY KEY (version, word)
);

CREATE INDEX person_words_length ON person_words (version, length(word));

-- Autocomplete of articles, in the order the in-memory engine lists them.
CREATE TABLE article_suggestions (
  version bigint NOT NULL,
  ordinal integer NOT NULL,
  id text NOT NULL,
  label text NOT NULL,
  folded text NOT NULL,
  PRIMARY KEY (version, ordinal)
);

-- The example an empty question gets, per command.
CREATE TABLE example_questions (
  version bigint NOT NULL,
  command text NOT NULL,
  question text,
  PRIMARY KEY (version, command)
);
