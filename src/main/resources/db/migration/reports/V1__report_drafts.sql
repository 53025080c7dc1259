-- Reports: a meeting report read into a draft task list, reviewed by a person and then confirmed.
--
-- The draft (groups, tasks with their units, places, deadlines and targets) is kept whole as JSONB: it is
-- edited and read as one document, and only the confirmed list goes on to supervision. source_text is the
-- text the draft was read from, so that the reviewer sees every task in its context. unit_id is the creator's
-- data scope (null: the whole district); it is a unit of the organization module, referred to by id only.

CREATE TABLE report (
    id            BIGSERIAL PRIMARY KEY,
    title         VARCHAR(300) NOT NULL,
    document_date DATE,
    source_name   VARCHAR(255),
    source_text   TEXT NOT NULL,
    draft         JSONB NOT NULL,
    status        VARCHAR(20) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CONFIRMED')),
    created_by    BIGINT,
    unit_id       BIGINT,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmed_at  TIMESTAMPTZ,
    confirmed_by  BIGINT
);

CREATE INDEX report_unit_created ON report (unit_id, created_at DESC);
CREATE INDEX report_created ON report (created_at DESC);
