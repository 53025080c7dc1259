-- Key projects and platforms (重点项目和平台): the district's platforms, its key projects with their yearly plans,
-- monthly completed investment, milestones, photos of visible progress, and blocking problems (卡点) that become
-- supervised tasks. Amounts in 万元. Towns are division codes (the enterprise registry's towns), lead units the
-- organization's unit ids, tasks supervision's task ids: other modules' ids, no foreign keys across modules.

CREATE TABLE project_platform (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 60),
    parent_id   bigint REFERENCES project_platform (id),
    town_code   text CHECK (town_code ~ '^[0-9]{9}$'),
    description text CHECK (length(description) <= 1000),
    demo        boolean NOT NULL DEFAULT false,
    version     integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE key_project (
    id               bigserial PRIMARY KEY,
    name             text NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 80),
    platform_id      bigint REFERENCES project_platform (id),
    town_code        text NOT NULL CHECK (town_code ~ '^[0-9]{9}$'),
    lead_unit_id     bigint NOT NULL,
    total_investment numeric(16, 2) NOT NULL CHECK (total_investment > 0),
    description      text CHECK (length(description) <= 2000),
    demo             boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX key_project_lead_unit ON key_project (lead_unit_id);
CREATE INDEX key_project_platform ON key_project (platform_id);

-- The investment planned for a year (年度计划投资).
CREATE TABLE project_year_plan (
    project_id bigint NOT NULL REFERENCES key_project (id) ON DELETE CASCADE,
    year       integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    planned    numeric(16, 2) NOT NULL CHECK (planned >= 0),
    PRIMARY KEY (project_id, year)
);

-- The investment completed in one month (本月完成投资, not cumulative): the year's completed investment to a month is
-- the sum of its months. A month reported again replaces its amount (audited with the amount before).
CREATE TABLE project_investment (
    project_id  bigint NOT NULL REFERENCES key_project (id) ON DELETE CASCADE,
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    month       integer NOT NULL CHECK (month BETWEEN 1 AND 12),
    amount      numeric(16, 2) NOT NULL CHECK (amount >= 0),
    source      text CHECK (length(source) <= 200),
    demo        boolean NOT NULL DEFAULT false,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, year, month)
);

CREATE TABLE project_milestone (
    project_id bigint NOT NULL REFERENCES key_project (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('SIGNED', 'LAND', 'STARTED', 'PRODUCTION')),
    planned_on date,
    actual_on  date,
    PRIMARY KEY (project_id, kind)
);

-- Photos of visible progress: images only (checked by content, shared.files.FileTypes), kept with the project.
CREATE TABLE project_photo (
    id           bigserial PRIMARY KEY,
    project_id   bigint NOT NULL REFERENCES key_project (id) ON DELETE CASCADE,
    name         varchar(255) NOT NULL,
    caption      varchar(200),
    content_type varchar(100) NOT NULL,
    size         bigint NOT NULL CHECK (size > 0),
    sha256       char(64) NOT NULL,
    content      bytea NOT NULL,
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_photo_project ON project_photo (project_id, id);

-- A blocking problem (卡点): OPEN, RAISED into a supervised task (task_id, at most once), RESOLVED (by hand, or when the
-- task is closed).
CREATE TABLE project_blocker (
    id          bigserial PRIMARY KEY,
    project_id  bigint NOT NULL REFERENCES key_project (id) ON DELETE CASCADE,
    text        text NOT NULL CHECK (length(text) BETWEEN 2 AND 500),
    status      text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RAISED', 'RESOLVED')),
    task_id     bigint UNIQUE,
    raised_at   timestamptz,
    resolved_at timestamptz,
    demo        boolean NOT NULL DEFAULT false,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 0,
    CHECK (status <> 'RAISED' OR task_id IS NOT NULL)
);
CREATE INDEX project_blocker_project ON project_blocker (project_id, id);

-- The supervision goal a year's blockers are raised under (创建于第一次转办时).
CREATE TABLE project_blocker_goal (
    year    integer PRIMARY KEY,
    goal_id bigint NOT NULL
);
