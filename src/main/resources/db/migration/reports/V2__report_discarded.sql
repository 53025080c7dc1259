-- A reviewer can set a draft aside: the row stays (the audit trail refers to it) but is no longer listed.
ALTER TABLE report DROP CONSTRAINT report_status_check;
ALTER TABLE report ADD CONSTRAINT report_status_check CHECK (status IN ('DRAFT', 'CONFIRMED', 'DISCARDED'));
ALTER TABLE report ADD COLUMN discarded_at TIMESTAMPTZ, ADD COLUMN discarded_by BIGINT;
