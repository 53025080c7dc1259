-- The lecture menu (点单) and lectures (益企讲堂). Points, practitioners, enterprises and accounts are other modules'
-- records and are referred to by id only (no foreign key); names are kept beside the ids so that a record reads alone.

-- A topic on the menu: proposed by an enterprise's account or by staff, voted for by enterprises, taken into lectures.
CREATE TABLE lecture_topic (
    id                  bigserial PRIMARY KEY,
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
    description         text CHECK (length(description) <= 1000),
    keywords            text[] NOT NULL DEFAULT '{}',
    status              text NOT NULL CHECK (status IN ('PROPOSED', 'SCHEDULED', 'HELD', 'WITHDRAWN')),
    enterprise_id       bigint,
    proposed_by_account bigint,
    proposed_by_name    text NOT NULL,
    proposed_at         timestamptz NOT NULL,
    votes               integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
    version             integer NOT NULL DEFAULT 0
);

-- One vote per enterprise and topic: the primary key refuses a second one, whatever races.
CREATE TABLE lecture_topic_vote (
    topic_id      bigint NOT NULL REFERENCES lecture_topic (id) ON DELETE CASCADE,
    enterprise_id bigint NOT NULL,
    account_id    bigint,
    voted_at      timestamptz NOT NULL,
    PRIMARY KEY (topic_id, enterprise_id)
);
CREATE INDEX lecture_topic_vote_enterprise ON lecture_topic_vote (enterprise_id);

-- A lecture: at a park's point, at a time, with an expert, up to a capacity and a waiting list of its own limit.
CREATE TABLE lecture (
    id             bigserial PRIMARY KEY,
    title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    description    text CHECK (length(description) <= 2000),
    point_id       bigint NOT NULL,
    point_name     text NOT NULL,
    park           text NOT NULL,
    venue          text CHECK (length(venue) <= 200),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL CHECK (ends_at > starts_at),
    expert_id      bigint NOT NULL,
    expert_name    text NOT NULL,
    capacity       integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    waiting_limit  integer NOT NULL CHECK (waiting_limit BETWEEN 0 AND 1000),
    status         text NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'HELD', 'CANCELLED')),
    scheduled_by   bigint,
    scheduled_at   timestamptz NOT NULL,
    held_at        timestamptz,
    version        integer NOT NULL DEFAULT 0
);
CREATE INDEX lecture_starts_at ON lecture (starts_at);

CREATE TABLE lecture_topic_link (
    lecture_id bigint NOT NULL REFERENCES lecture (id) ON DELETE CASCADE,
    topic_id   bigint NOT NULL REFERENCES lecture_topic (id),
    position   integer NOT NULL,
    PRIMARY KEY (lecture_id, topic_id)
);
CREATE INDEX lecture_topic_link_topic ON lecture_topic_link (topic_id);

-- A seat asked for: by an enterprise's account (enterprise_id, account_id) or on the public page (name, enterprise name
-- and phone). REGISTERED holds a seat, WAITING a place on the waiting list in order of queued_at; a cancellation
-- promotes the first waiting. Checked in at the door; feedback (1–5 and a comment) only by those checked in.
CREATE TABLE lecture_registration (
    id              bigserial PRIMARY KEY,
    lecture_id      bigint NOT NULL REFERENCES lecture (id) ON DELETE CASCADE,
    enterprise_id   bigint,
    account_id      bigint,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    enterprise_name text NOT NULL CHECK (length(enterprise_name) BETWEEN 1 AND 100),
    phone           text NOT NULL CHECK (length(phone) BETWEEN 1 AND 20),
    code            text NOT NULL UNIQUE,
    status          text NOT NULL CHECK (status IN ('REGISTERED', 'WAITING', 'CANCELLED')),
    registered_at   timestamptz NOT NULL,
    queued_at       timestamptz NOT NULL,
    promoted_at     timestamptz,
    cancelled_at    timestamptz,
    checked_in_at   timestamptz,
    rating          smallint CHECK (rating BETWEEN 1 AND 5),
    comment         text CHECK (length(comment) <= 500),
    rated_at        timestamptz,
    CHECK (checked_in_at IS NULL OR status = 'REGISTERED'),
    CHECK (rating IS NULL OR checked_in_at IS NOT NULL)
);
CREATE INDEX lecture_registration_lecture ON lecture_registration (lecture_id, status, queued_at, id);
CREATE INDEX lecture_registration_enterprise ON lecture_registration (enterprise_id) WHERE enterprise_id IS NOT NULL;
-- An enterprise's account holds one live registration per lecture.
CREATE UNIQUE INDEX lecture_registration_one_per_account ON lecture_registration (lecture_id, account_id)
    WHERE account_id IS NOT NULL AND status <> 'CANCELLED';

-- The lecture's timeline: one row per event of its command path (the audit entry and notification come from the same).
CREATE TABLE lecture_event (
    id          bigserial PRIMARY KEY,
    lecture_id  bigint NOT NULL REFERENCES lecture (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    data        jsonb NOT NULL DEFAULT '[]',
    actor_id    bigint,
    actor_name  text NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX lecture_event_lecture ON lecture_event (lecture_id, at, id);
