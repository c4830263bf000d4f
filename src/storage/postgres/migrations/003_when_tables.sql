-- /when's tables (src/answer/when/tables.ts) as rows, one version at a time, as the indexer's
-- fresh build numbers them: a slot is a passage that can answer (an article's headline or lead,
-- or one of its dated event sentences), a group is one article's slots, contiguous and in the
-- corpus's order.

-- A term's postings: the slots whose passage holds it (with each slot's group, so a question
-- knows which groups to read) and the groups whose headline or lead lends it to their events.
-- Terms of the sentences around an event are filed under "~word", as in memory. Lists of
-- integers here are bytea (int32, little-endian): a common word's list runs to tens of
-- thousands, which arrive as bytes rather than as text to parse.
CREATE TABLE when_terms (
  version bigint NOT NULL,
  term text NOT NULL,
  slots bytea NOT NULL,
  slot_groups bytea NOT NULL,
  groups bytea NOT NULL,
  PRIMARY KEY (version, term)
);

-- One article's slots, slot by slot from first_slot: the event's index in the extraction (or
-- -1 - i for the i-th news passage), the answer's hash, 1 when it has no date, and how many
-- terms of its own sentence it holds. The article's first paragraph and events are read only
-- for the slots an answer takes.
CREATE TABLE when_groups (
  version bigint NOT NULL,
  "group" integer NOT NULL,
  article_id text NOT NULL,
  first_slot integer NOT NULL,
  first_event integer NOT NULL,
  end_slot integer NOT NULL,
  parts bytea NOT NULL,
  answer_hashes bytea NOT NULL,
  undated bytea NOT NULL,
  own_terms bytea NOT NULL,
  first_paragraph text NOT NULL,
  events jsonb NOT NULL,
  PRIMARY KEY (version, "group")
);

CREATE INDEX when_groups_article ON when_groups (version, article_id);

-- Counts a ranking weighs words by: 'when_slots' (live /when slots).
CREATE TABLE answer_totals (
  version bigint NOT NULL,
  name text NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (version, name)
);
