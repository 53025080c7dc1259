-- Enterprises an import wrote, waiting to be (re)indexed for search after the import commits: indexing a million
-- documents inside the import's transaction would take longer than the rest of the import ten times over.
-- Drained in batches by EnterpriseSearchBacklog (FOR UPDATE SKIP LOCKED, so instances share the work, each row once).
CREATE TABLE enterprise_search_backlog (
    -- No foreign key: checking a million of them would cost the import seconds, and an id whose enterprise is gone
    -- is drained as nothing to index.
    enterprise_id BIGINT PRIMARY KEY,
    queued_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
