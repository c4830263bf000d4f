-- The code that wrote the answer tables (the extraction and the tables change with the code):
-- an indexer run by other code rewrites them even when no article changed.
ALTER TABLE corpus_version ADD COLUMN code_version text;
