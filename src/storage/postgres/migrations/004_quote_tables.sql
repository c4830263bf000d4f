-- /quote's tables (src/answer/quote/tables.ts and the view over them, quote-view.ts) as rows,
-- one version at a time, as the indexer's fresh build numbers them: an entry is one quotation,
-- a group one article's entries, both in the corpus's reading order.

-- A term's postings: entries whose quoted words hold it, whose context (lead-in, passage,
-- headline) holds it, whose speaker as the article names them holds it, and the persons
-- (numbers in the people directory) whose name or a variant holds it.
CREATE TABLE quote_terms (
  version bigint NOT NULL,
  term text NOT NULL,
  quotes integer[] NOT NULL,
  contexts integer[] NOT NULL,
  speakers integer[] NOT NULL,
  persons integer[] NOT NULL,
  PRIMARY KEY (version, term)
);

-- An entry: its group, its quotation's index in the extraction, how many words its speaker's
-- name has, and the person it is linked to (null for an agency, a report, an unlinked name).
CREATE TABLE quote_entries (
  version bigint NOT NULL,
  entry integer NOT NULL,
  "group" integer NOT NULL,
  quotation integer NOT NULL,
  speaker_length integer NOT NULL,
  speaker_person integer,
  speaker_name text,
  PRIMARY KEY (version, entry)
);

-- A person as /quote matches a speaker: name, variants, mentions, and their quotations in
-- reading order (empty when never quoted).
CREATE TABLE quote_persons (
  version bigint NOT NULL,
  person integer NOT NULL,
  name text NOT NULL,
  variants text[] NOT NULL,
  mention_count integer NOT NULL,
  entries integer[] NOT NULL,
  PRIMARY KEY (version, person)
);

-- An article with quotations: its paragraphs (a topic or a full name is looked for in the
-- story) and its quotations as the extraction gives them.
CREATE TABLE quote_groups (
  version bigint NOT NULL,
  "group" integer NOT NULL,
  article_id text NOT NULL,
  paragraphs text[] NOT NULL,
  quotations jsonb NOT NULL,
  PRIMARY KEY (version, "group")
);

CREATE INDEX quote_groups_article ON quote_groups (version, article_id);
