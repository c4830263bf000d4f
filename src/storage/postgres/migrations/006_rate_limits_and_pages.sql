-- What the Discord adapter shares between processes (issue 17): each user's question budget,
-- so the limit counts every process's answers, and the pages of multi-page replies, so a
-- "next page" button works on whichever process Discord delivers it to.

-- A user's token bucket (src/storage/postgres/postgres-rate-limiter.ts): tokens left as of
-- updated_at (the database's clock), refilled at the configured rate; `allowed` is the last
-- take's decision. A bucket untouched long enough to be full again is deleted.
CREATE TABLE rate_buckets (
  user_id text PRIMARY KEY,
  tokens double precision NOT NULL,
  updated_at timestamptz NOT NULL,
  allowed boolean NOT NULL
);

CREATE INDEX rate_buckets_updated ON rate_buckets (updated_at);

-- A multi-page reply: who may turn its pages, the pages as Discord's JSON, and until when
-- its buttons work (interaction tokens accept edits for 15 minutes). Expired ones are deleted.
CREATE TABLE page_sessions (
  session_id text PRIMARY KEY,
  owner_id text NOT NULL,
  pages jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX page_sessions_expiry ON page_sessions (expires_at);
