-- The daily digest shared by every serving process (src/storage/postgres/postgres-digest-records.ts):
-- each server's record as the JSON store keeps it, a claim on its pending digest, and the
-- article sequence that replaces the JSON file's ledger.

-- A server's digest: settings, the last article number it was sent (high water), its last
-- slot and post, the digest being posted (the journal of a post in progress) and the problem
-- an admin must act on. JSON values are the JSON store's (src/digest/store-state.ts), checked
-- on every read.
CREATE TABLE digest_guilds (
  guild_id text PRIMARY KEY,
  settings jsonb,
  high_water bigint NOT NULL DEFAULT 0 CHECK (high_water >= 0),
  last_slot text,
  last_digest_at text,
  pending jsonb,
  problem jsonb,
  -- Which process posts the pending digest, and until when (the database's clock) unless it
  -- renews the claim: a process that dies leaves a claim that expires, and another takes over.
  claimed_by text,
  claimed_until timestamptz
);

-- Each article version (id + content hash prefix) the digest has seen, numbered once in the
-- order it arrived: a server is sent the numbers above its high water. A version keeps its
-- number for good, so two processes whose corpora differ for a moment never renumber one.
CREATE SEQUENCE digest_article_numbers;

CREATE TABLE digest_articles (
  article_id text NOT NULL,
  version text NOT NULL,
  number bigint NOT NULL UNIQUE,
  PRIMARY KEY (article_id, version)
);
