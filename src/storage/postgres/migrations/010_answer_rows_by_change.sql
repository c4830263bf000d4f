-- The answer tables, the term statistics and the story members written by change instead of
-- whole for every version (issue 17): each row is visible from the version that added it
-- (added_in, the former `version`) until the one that replaced or removed it (removed_in), as
-- `articles` and `story_contents` are. An indexer writes again only the rows whose content
-- changed (`row_hash`: a hash of the row as the indexer serialises it, compared by key) and
-- marks the others' replaced ones removed; term statistics are moved by the difference of the
-- passages added and removed.
--
-- The serving version's rows are carried over (with an empty hash: the first indexing that
-- changes anything afterwards writes them once more); rows of any other version are dropped
-- (an unpublished indexing's, which the next run would clear anyway).

DO $$
DECLARE
  spec text[];
  specs text[][] := ARRAY[
    ARRAY['who_postings', 'map, key'],
    ARRAY['who_persons', 'person'],
    ARRAY['person_suggestions', 'person'],
    ARRAY['person_words', 'word'],
    ARRAY['article_suggestions', 'ordinal'],
    ARRAY['example_questions', 'command'],
    ARRAY['when_terms', 'term'],
    ARRAY['when_groups', '"group"'],
    ARRAY['answer_totals', 'name'],
    ARRAY['quote_terms', 'term'],
    ARRAY['quote_entries', 'entry'],
    ARRAY['quote_persons', 'person'],
    ARRAY['quote_groups', '"group"'],
    ARRAY['story_members', 'article_id'],
    ARRAY['corpus_overviews', ''],
    ARRAY['term_statistics', 'term']
  ];
  serving bigint := (SELECT version FROM corpus_version);
BEGIN
  FOREACH spec SLICE 1 IN ARRAY specs LOOP
    EXECUTE format('DELETE FROM %I WHERE version <> $1', spec[1]) USING serving;
    EXECUTE format('ALTER TABLE %I RENAME COLUMN version TO added_in', spec[1]);
    EXECUTE format('ALTER TABLE %I ADD COLUMN removed_in bigint', spec[1]);
    IF spec[1] <> 'term_statistics' THEN
      EXECUTE format('ALTER TABLE %I ADD COLUMN row_hash text NOT NULL DEFAULT %L', spec[1], '');
      EXECUTE format('ALTER TABLE %I ALTER COLUMN row_hash DROP DEFAULT', spec[1]);
    END IF;
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', spec[1], spec[1] || '_pkey');
    EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (%s)', spec[1],
                   CASE WHEN spec[2] = '' THEN 'added_in' ELSE spec[2] || ', added_in' END);
  END LOOP;
END
$$;

-- Readers look rows up by key and keep the visible one; these lists were keyed by version too.
DROP INDEX person_words_length;
CREATE INDEX person_words_length ON person_words (length(word));
DROP INDEX when_groups_article;
CREATE INDEX when_groups_article ON when_groups (article_id);
DROP INDEX quote_groups_article;
CREATE INDEX quote_groups_article ON quote_groups (article_id);
DROP INDEX story_members_order;
CREATE INDEX story_members_order ON story_members (ordinal);

-- The passages an indexing added and removed, whose terms move the statistics.
CREATE INDEX passages_added_in ON passages (added_in);
CREATE INDEX passages_removed_in ON passages (removed_in) WHERE removed_in IS NOT NULL;
