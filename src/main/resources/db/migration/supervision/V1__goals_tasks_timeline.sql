-- Supervision (督查督办): goals, the tasks that carry them out, the units that lead and co-operate on each task,
-- and everything that happens to a task on its way to being closed (its timeline), with the files that prove it,
-- extension requests and formal supervision notices. Units, staff and accounts belong to other modules and are
-- referred to by id only.

-- The district's thresholds for the traffic lights and the follow-up; one row.
CREATE TABLE supervision_settings (
    id                INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    due_soon_days     INT NOT NULL DEFAULT 7 CHECK (due_soon_days BETWEEN 1 AND 90),
    sign_within_days  INT NOT NULL DEFAULT 3 CHECK (sign_within_days BETWEEN 1 AND 30),
    auto_remind       BOOLEAN NOT NULL DEFAULT TRUE,
    remind_every_days INT NOT NULL DEFAULT 3 CHECK (remind_every_days BETWEEN 1 AND 30),
    notice_prefix     VARCHAR(10) NOT NULL DEFAULT '蓬督',
    version           INT NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by        BIGINT
);
INSERT INTO supervision_settings (id) VALUES (1);

CREATE TABLE goal (
    id              BIGSERIAL PRIMARY KEY,
    title           VARCHAR(300) NOT NULL,
    description     TEXT,
    source          VARCHAR(20) NOT NULL CHECK (source IN ('REPORT', 'INSTRUCTION', 'DEMAND', 'MANUAL', 'IMPORT')),
    source_ref      VARCHAR(100),
    year            INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- An optional indicator target, e.g. GDP >= 1000 亿元 by the year's end.
    indicator       VARCHAR(100),
    target_value    NUMERIC(20, 4),
    target_unit     VARCHAR(20),
    comparator      VARCHAR(2) CHECK (comparator IN ('>', '>=', '~', '=', '<=', '<')),
    target_deadline DATE,
    -- The unit that set the goal and issues its tasks.
    owner_unit_id   BIGINT NOT NULL,
    published       BOOLEAN NOT NULL DEFAULT FALSE,
    created_by      BIGINT,
    version         INT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- A confirmed report becomes one goal, however often its confirmation is handed over.
CREATE UNIQUE INDEX goal_from_report ON goal (source_ref) WHERE source = 'REPORT';
CREATE INDEX goal_owner ON goal (owner_unit_id);
CREATE INDEX goal_published ON goal (id) WHERE published;

CREATE TABLE task (
    id                      BIGSERIAL PRIMARY KEY,
    goal_id                 BIGINT NOT NULL REFERENCES goal (id),
    parent_id               BIGINT REFERENCES task (id),
    -- Its position (序号) among the tasks of its goal, or among the subtasks of its parent.
    seq                     INT NOT NULL,
    content                 VARCHAR(2000) NOT NULL,
    tags                    TEXT[] NOT NULL DEFAULT '{}',
    targets                 JSONB NOT NULL DEFAULT '[]',
    source                  VARCHAR(20) NOT NULL CHECK (source IN ('REPORT', 'INSTRUCTION', 'DEMAND', 'MANUAL', 'IMPORT')),
    source_ref              VARCHAR(100),
    issuer_unit_id          BIGINT NOT NULL,
    lead_unit_id            BIGINT,
    responsible_staff_id    BIGINT,
    deadline                DATE,
    original_deadline       DATE,
    priority                VARCHAR(10) NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
    report_cycle            VARCHAR(10) NOT NULL DEFAULT 'MONTHLY' CHECK (report_cycle IN ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    status                  VARCHAR(25) NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'RETURNED', 'IN_PROGRESS',
                                'COMPLETION_REQUESTED', 'CLOSED', 'CANCELLED')),
    light                   VARCHAR(6) NOT NULL DEFAULT 'GREEN' CHECK (light IN ('GREEN', 'YELLOW', 'RED')),
    percent                 INT NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    progress_text           VARCHAR(4000),
    last_report_at          TIMESTAMPTZ,
    issued_at               TIMESTAMPTZ,
    issued_by               BIGINT,
    sign_due                DATE,
    signed_at               TIMESTAMPTZ,
    completion_requested_at TIMESTAMPTZ,
    closed_at               TIMESTAMPTZ,
    last_reminded_at        TIMESTAMPTZ,
    published               BOOLEAN NOT NULL DEFAULT FALSE,
    created_by              BIGINT,
    version                 INT NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT task_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    -- Only a draft may lack its lead unit or deadline: everything issued has an owner and a date.
    CONSTRAINT task_issued_complete CHECK (status IN ('DRAFT', 'CANCELLED') OR (lead_unit_id IS NOT NULL AND deadline IS NOT NULL))
);
CREATE INDEX task_goal ON task (goal_id, parent_id, seq);
CREATE INDEX task_parent ON task (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX task_lead ON task (lead_unit_id);
CREATE INDEX task_issuer ON task (issuer_unit_id);
CREATE INDEX task_deadline ON task (deadline);
CREATE INDEX task_status_light ON task (status, light);
CREATE INDEX task_tags ON task USING GIN (tags);

-- Every unit a task concerns, lead and co-operating: a unit's data scope reaches a task through this table.
CREATE TABLE task_unit (
    task_id BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL,
    role    VARCHAR(4) NOT NULL CHECK (role IN ('LEAD', 'CO')),
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_unit_unit ON task_unit (unit_id, task_id);

CREATE TABLE milestone (
    id         BIGSERIAL PRIMARY KEY,
    task_id    BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    seq        INT NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_date   DATE NOT NULL,
    reached_at TIMESTAMPTZ
);
CREATE INDEX milestone_task ON milestone (task_id, seq);
CREATE INDEX milestone_open ON milestone (due_date) WHERE reached_at IS NULL;

-- The task's timeline: every step, progress report, instruction, reminder and change of light, in order.
CREATE TABLE task_event (
    id               BIGSERIAL PRIMARY KEY,
    task_id          BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    kind             VARCHAR(30) NOT NULL,
    actor_account_id BIGINT,
    actor_name       VARCHAR(100),
    unit_id          BIGINT,
    text             VARCHAR(4000),
    percent          INT CHECK (percent BETWEEN 0 AND 100),
    data             JSONB NOT NULL DEFAULT '{}',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX task_event_task ON task_event (task_id, id);
CREATE INDEX task_event_reports ON task_event (created_at DESC) WHERE kind IN ('PROGRESS', 'CONTRIBUTION');

-- Evidence is kept in the database, not on an instance's disk: every instance serves every file, and a backup of
-- the database is a backup of everything. The SHA-256 is checked again whenever the file is read.
CREATE TABLE evidence_file (
    id           BIGSERIAL PRIMARY KEY,
    task_id      BIGINT REFERENCES task (id) ON DELETE CASCADE,
    event_id     BIGINT REFERENCES task_event (id) ON DELETE CASCADE,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT NOT NULL CHECK (size > 0),
    sha256       CHAR(64) NOT NULL,
    content      BYTEA NOT NULL,
    uploaded_by  BIGINT,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX evidence_event ON evidence_file (event_id);
CREATE INDEX evidence_task ON evidence_file (task_id);
CREATE INDEX evidence_unattached ON evidence_file (uploaded_by, uploaded_at) WHERE event_id IS NULL;

CREATE TABLE extension_request (
    id                 BIGSERIAL PRIMARY KEY,
    task_id            BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    unit_id            BIGINT NOT NULL,
    requested_by       BIGINT,
    current_deadline   DATE NOT NULL,
    requested_deadline DATE NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    status             VARCHAR(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by         BIGINT,
    decided_at         TIMESTAMPTZ,
    decision_note      VARCHAR(2000),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX extension_one_pending ON extension_request (task_id) WHERE status = 'PENDING';

-- Formal supervision notices (督办单), numbered per year: 蓬督〔2026〕3号.
CREATE TABLE supervision_notice (
    id             BIGSERIAL PRIMARY KEY,
    task_id        BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    year           INT NOT NULL,
    seq            INT NOT NULL,
    number         VARCHAR(50) NOT NULL,
    unit_id        BIGINT NOT NULL,
    issues         VARCHAR(2000) NOT NULL,
    requirements   VARCHAR(2000) NOT NULL,
    reply_due      DATE NOT NULL,
    issuer_unit_id BIGINT NOT NULL,
    issued_by      BIGINT,
    issuer_name    VARCHAR(100),
    issued_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    answered_at    TIMESTAMPTZ,
    UNIQUE (year, seq)
);
CREATE INDEX notice_task ON supervision_notice (task_id);
