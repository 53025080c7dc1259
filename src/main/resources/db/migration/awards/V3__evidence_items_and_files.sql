-- The evidence a campaign asks of every nomination (推荐表, 事迹材料, 荣誉证明 …): named items, each required or not, in
-- the order declared, instead of the campaign's free text. Each campaign's text becomes one item, whole and not required:
-- a nomination submitted before files could be attached is not held back at qualification by a demand it could not meet,
-- and the office may split it into items and mark them required while nominations are open. New names are checked at
-- 100 characters; the migrated text may be longer, as the old column allowed 1000.
CREATE TABLE award_evidence_item (
    id          bigserial PRIMARY KEY,
    campaign_id bigint NOT NULL REFERENCES award_campaign (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
    required    boolean NOT NULL,
    UNIQUE (campaign_id, name)
);

INSERT INTO award_evidence_item (campaign_id, position, name, required)
SELECT id, 1, regexp_replace(evidence, '^\s+|\s+$', '', 'g'), false
FROM award_campaign
WHERE evidence IS NOT NULL AND regexp_replace(evidence, '^\s+|\s+$', '', 'g') <> '';

ALTER TABLE award_campaign DROP COLUMN evidence;

-- A nomination's evidence files, each for one item of its campaign. Kept in the database like supervision's evidence
-- (every instance serves every file, a backup of the database is a backup of everything); the SHA-256 is checked again
-- whenever a file is read. An item with a file is never deleted (no cascade): the campaign keeps it while a file needs it.
CREATE TABLE award_evidence_file (
    id               bigserial PRIMARY KEY,
    nomination_id    bigint NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    item_id          bigint NOT NULL REFERENCES award_evidence_item (id),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    content_type     text NOT NULL,
    size             bigint NOT NULL CHECK (size > 0),
    sha256           char(64) NOT NULL,
    content          bytea NOT NULL,
    uploaded_by      bigint,
    uploaded_by_name text NOT NULL,
    uploaded_at      timestamptz NOT NULL
);
CREATE INDEX award_evidence_file_nomination ON award_evidence_file (nomination_id, id);
CREATE INDEX award_evidence_file_item ON award_evidence_file (item_id);
