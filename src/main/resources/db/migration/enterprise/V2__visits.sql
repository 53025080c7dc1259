-- Visits (走访) to enterprises: planned, then recorded or cancelled. One visit covers many enterprises, each with what
-- was found there. The organizing unit is an organization unit, named by id only (no reference to another module's
-- table); the enterprises are the registry's own.

CREATE TABLE visit (
    id             BIGSERIAL PRIMARY KEY,
    kind           VARCHAR(20)   NOT NULL CHECK (kind IN ('LEADER', 'CPPCC', 'DEPARTMENT')),
    status         VARCHAR(20)   NOT NULL CHECK (status IN ('PLANNED', 'RECORDED', 'CANCELLED')),
    planned_date   DATE,
    visited_date   DATE,
    leader_name    VARCHAR(50)   NOT NULL,
    leader_title   VARCHAR(100),
    participants   VARCHAR(50)[] NOT NULL DEFAULT '{}',
    unit_id        BIGINT        NOT NULL,
    purpose        VARCHAR(2000) NOT NULL,
    findings       VARCHAR(4000),
    cancel_reason  VARCHAR(1000),
    created_by     BIGINT,
    version        INT           NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    CHECK (status <> 'RECORDED' OR visited_date IS NOT NULL),
    CHECK (status = 'RECORDED' OR planned_date IS NOT NULL)
);
-- Lists and the home page go by the unit's subtree and by the day the visit is (or was) for.
CREATE INDEX visit_unit ON visit (unit_id);
CREATE INDEX visit_day ON visit ((coalesce(visited_date, planned_date)) DESC, id DESC);

CREATE TABLE visit_enterprise (
    visit_id        BIGINT        NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    enterprise_id   BIGINT        NOT NULL REFERENCES enterprise (id),
    position        INT           NOT NULL,
    -- The name as visited: the visit's record reads the same after the enterprise is renamed, and the list filters on it.
    enterprise_name VARCHAR(200)  NOT NULL,
    findings        VARCHAR(2000),
    PRIMARY KEY (visit_id, enterprise_id)
);
CREATE INDEX visit_enterprise_by_enterprise ON visit_enterprise (enterprise_id);

-- The visit's timeline: one row per step taken.
CREATE TABLE visit_event (
    id          BIGSERIAL PRIMARY KEY,
    visit_id    BIGINT        NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    kind        VARCHAR(20)   NOT NULL,
    at          TIMESTAMPTZ   NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(100)  NOT NULL,
    text        VARCHAR(4000)
);
CREATE INDEX visit_event_visit ON visit_event (visit_id, id);

-- Photos taken on the visit: images only (checked by content, shared.files.FileTypes), kept with the visit.
CREATE TABLE visit_photo (
    id           BIGSERIAL PRIMARY KEY,
    visit_id     BIGINT        NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    event_id     BIGINT        REFERENCES visit_event (id) ON DELETE CASCADE,
    name         VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size         BIGINT        NOT NULL CHECK (size > 0),
    sha256       CHAR(64)      NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_by  BIGINT,
    uploaded_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX visit_photo_visit ON visit_photo (visit_id, id);
