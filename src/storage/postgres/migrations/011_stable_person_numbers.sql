-- Person numbers that do not move (issue 17): an indexing numbers each person by a hash of its
-- canonical key (src/storage/postgres/person-numbers.ts) instead of its place in the directory,
-- so adding a person leaves the rows that name everyone else as they were. Readers still break
-- ties in directory order: the person rows carry it as text that sorts (COLLATE "C") as the
-- directory does and does not move when another person is added.
--
-- Rows written before this are numbered by directory position: their order is that position,
-- so they serve as before until the next indexing writes them again (their row hashes, made
-- without this column, differ from any the indexer makes now).

ALTER TABLE who_persons ADD COLUMN directory_order text;
UPDATE who_persons SET directory_order = lpad(person::text, 10, '0');
ALTER TABLE who_persons ALTER COLUMN directory_order SET NOT NULL;

ALTER TABLE quote_persons ADD COLUMN directory_order text;
UPDATE quote_persons SET directory_order = lpad(person::text, 10, '0');
ALTER TABLE quote_persons ALTER COLUMN directory_order SET NOT NULL;

ALTER TABLE person_suggestions ADD COLUMN directory_order text;
UPDATE person_suggestions SET directory_order = lpad(person::text, 10, '0');
ALTER TABLE person_suggestions ALTER COLUMN directory_order SET NOT NULL;
