-- Enterprise demands (诉求): the category tree with its time limits in working days, the routes that say which unit
-- takes a category in a town (首接负责), the demands themselves with their clocks, their timelines, and the counts
-- behind the response, resolution and satisfaction rates (三率). Enterprises, units, accounts, visits and supervised
-- tasks are named by id only: no table here refers to another module's tables.

CREATE TABLE demand_category (
    id              BIGSERIAL PRIMARY KEY,
    parent_id       BIGINT REFERENCES demand_category (id),
    code            VARCHAR(40) NOT NULL UNIQUE,
    name            VARCHAR(50) NOT NULL,
    name_en         VARCHAR(80) NOT NULL,
    -- Working days from the day a demand is raised to the day its answer is due.
    time_limit_days INT NOT NULL CHECK (time_limit_days BETWEEN 1 AND 60),
    position        INT NOT NULL DEFAULT 0,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    version         INT NOT NULL DEFAULT 0
);

-- Which unit takes a category's demands: in one town (division_code) or in every town (NULL); to_town sends it to the
-- unit keeping the enterprise's town instead of a named unit. The most specific route wins.
CREATE TABLE demand_route (
    id            BIGSERIAL PRIMARY KEY,
    category_id   BIGINT NOT NULL REFERENCES demand_category (id) ON DELETE CASCADE,
    division_code VARCHAR(9) CHECK (division_code ~ '^[0-9]{9}$'),
    unit_id       BIGINT,
    to_town       BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT demand_route_target CHECK ((unit_id IS NULL) = to_town)
);
CREATE UNIQUE INDEX demand_route_unique ON demand_route (category_id, COALESCE(division_code, ''));

-- The desk's settings: which unit is the district's demand desk (told of returns and escalations), how long a unit has
-- to sign or return, how long an enterprise has to rate an answer, and when an overdue demand climbs.
CREATE TABLE demand_settings (
    id                   INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    desk_unit_id         BIGINT,
    leader_unit_id       BIGINT,
    sign_limit_days      INT NOT NULL DEFAULT 1 CHECK (sign_limit_days BETWEEN 1 AND 10),
    rating_limit_days    INT NOT NULL DEFAULT 5 CHECK (rating_limit_days BETWEEN 1 AND 30),
    escalate_desk_days   INT NOT NULL DEFAULT 3 CHECK (escalate_desk_days BETWEEN 1 AND 30),
    escalate_leader_days INT NOT NULL DEFAULT 5 CHECK (escalate_leader_days BETWEEN 1 AND 60),
    CONSTRAINT demand_settings_order CHECK (escalate_leader_days > escalate_desk_days)
);
INSERT INTO demand_settings (id) VALUES (1);

CREATE TABLE demand (
    id                BIGSERIAL PRIMARY KEY,
    -- SQ + year + a number within the year: what a hotline operator reads out.
    number            VARCHAR(20) NOT NULL UNIQUE,
    enterprise_id     BIGINT NOT NULL,
    -- The enterprise's town when the demand was raised: its route and who besides the handling units sees it.
    division_code     VARCHAR(9) NOT NULL,
    source            VARCHAR(12) NOT NULL CHECK (source IN ('VISIT', 'PORTAL', 'HOTLINE', 'CPPCC', 'COUNTER')),
    source_ref        VARCHAR(60),
    visit_id          BIGINT,
    type              VARCHAR(12) NOT NULL CHECK (type IN ('CONSULTATION', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
    category_id       BIGINT NOT NULL REFERENCES demand_category (id),
    title             VARCHAR(100) NOT NULL,
    content           VARCHAR(2000) NOT NULL,
    contact_name      VARCHAR(50),
    contact_phone     VARCHAR(20),
    status            VARCHAR(20) NOT NULL,
    handling_unit_id  BIGINT,
    co_unit_ids       BIGINT[] NOT NULL DEFAULT '{}',
    raised_at         TIMESTAMPTZ NOT NULL,
    raised_on         DATE NOT NULL,
    time_limit_days   INT NOT NULL,
    due_on            DATE NOT NULL,
    assigned_at       TIMESTAMPTZ,
    sign_due_on       DATE,
    signed_at         TIMESTAMPTZ,
    answer            VARCHAR(4000),
    answered_at       TIMESTAMPTZ,
    answered_on       DATE,
    rating            VARCHAR(12) CHECK (rating IN ('SATISFIED', 'BASICALLY', 'UNSATISFIED')),
    resolved          BOOLEAN,
    rated_at          TIMESTAMPTZ,
    -- The unit whose answer the latest rating judged, so that a changed rating takes back what it counted.
    rated_unit_id     BIGINT,
    reopen_count      INT NOT NULL DEFAULT 0,
    escalation_level  SMALLINT NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
    similar_to        BIGINT REFERENCES demand (id),
    merged_into       BIGINT REFERENCES demand (id),
    task_id           BIGINT,
    task_status       VARCHAR(30),
    closed_at         TIMESTAMPTZ,
    raised_by         BIGINT,
    raised_by_name    VARCHAR(100) NOT NULL,
    version           INT NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX demand_enterprise ON demand (enterprise_id, raised_at DESC);
CREATE INDEX demand_handling_unit ON demand (handling_unit_id, status);
CREATE INDEX demand_status_due ON demand (status, due_on);
CREATE INDEX demand_raised ON demand (raised_at DESC, id DESC);
CREATE INDEX demand_co_units ON demand USING GIN (co_unit_ids);

CREATE TABLE demand_event (
    id         BIGSERIAL PRIMARY KEY,
    demand_id  BIGINT NOT NULL REFERENCES demand (id) ON DELETE CASCADE,
    kind       VARCHAR(30) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    account_id BIGINT,
    actor_name VARCHAR(100) NOT NULL,
    unit_id    BIGINT,
    text       VARCHAR(4000),
    data       JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX demand_event_demand ON demand_event (demand_id, at, id);

-- The three rates' counts per unit and month, kept current by the step that changes them (in its transaction), so
-- that the rates of any period are a sum over a few hundred rows, however many demands there are.
CREATE TABLE demand_unit_month (
    unit_id          BIGINT NOT NULL,
    month            DATE NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    assigned         INT NOT NULL DEFAULT 0,
    -- Signed or returned within the sign limit: the unit responded.
    responded_on_time INT NOT NULL DEFAULT 0,
    answered         INT NOT NULL DEFAULT 0,
    answered_on_time INT NOT NULL DEFAULT 0,
    rated            INT NOT NULL DEFAULT 0,
    resolved         INT NOT NULL DEFAULT 0,
    satisfied        INT NOT NULL DEFAULT 0,
    basically        INT NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, month)
);

CREATE TABLE demand_number (
    year INT PRIMARY KEY,
    last INT NOT NULL
);
