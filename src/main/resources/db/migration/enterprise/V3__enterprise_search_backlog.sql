-- Enterprises an import wrote, waiting to be (re)indexed for search after the import commits: indexing a million
-- documents inside the import's transaction would take longer than the rest of the import ten times over.
-- A row holds one batch of up to a thousand ids (a million-row import queues a thousand rows, not a million), drained
-- by EnterpriseSearchBacklog a row a transaction (FOR UPDATE SKIP LOCKED: instances share the work, each row once).
-- No foreign key: an id whose enterprise is gone is drained as nothing to index.
CREATE TABLE enterprise_search_backlog (
    id             BIGSERIAL PRIMARY KEY,
    enterprise_ids BIGINT[]    NOT NULL,
    queued_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
