-- Search: one row per searchable record of any module, kept in the same database (and written in the same
-- transaction) as the record itself, so there is no second store to keep in sync.
--
-- tokens holds the HanLP segmentation of title (weight A) and body (weight B) as a 'simple' tsvector: the
-- words are already cut, so PostgreSQL only has to split at the spaces. The table is derived data rebuilt by
-- its owners, never edited by people, so it carries no version column.

CREATE TABLE search_document (
    type       VARCHAR(30)  NOT NULL,
    id         VARCHAR(64)  NOT NULL,
    -- The data-scope key: the unit the record belongs to; NULL means every signed-in person may find it.
    unit_id    BIGINT,
    title      TEXT         NOT NULL,
    body       TEXT         NOT NULL DEFAULT '',
    tokens     TSVECTOR     NOT NULL,
    link       VARCHAR(500) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (type, id)
);

-- fastupdate off: writes are rare next to searches, and a pending list would be scanned by every search.
CREATE INDEX search_document_tokens ON search_document USING GIN (tokens) WITH (fastupdate = off);
-- Candidates of a very common term are taken newest first from this index instead of ranking every match.
CREATE INDEX search_document_recency ON search_document (updated_at DESC);
CREATE INDEX search_document_unit ON search_document (unit_id);
-- Know the frequency of ten thousand words instead of a thousand, so that the planner tells a rare word from a
-- common one and picks the GIN index or the recency index accordingly.
ALTER TABLE search_document ALTER COLUMN tokens SET STATISTICS 1000;
