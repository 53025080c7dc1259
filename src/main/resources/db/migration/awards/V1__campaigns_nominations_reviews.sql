-- Awards and honours (评先评优, e.g. 青年文明号): campaigns with their eligibility rules as data, criteria with weights and
-- rounds; nominations of collectives with their members' figures (never birth dates), scores and recusals; the public
-- notice's objections; the registry of honours. Units, enterprises and accounts are other modules' records, referred to by
-- id or credit code only.

CREATE TABLE award_campaign (
    id              bigserial PRIMARY KEY,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    level           text NOT NULL CHECK (level IN ('DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL')),
    organiser       text NOT NULL CHECK (length(organiser) BETWEEN 1 AND 100),
    unit_id         bigint NOT NULL,
    description     text CHECK (length(description) <= 2000),
    evidence        text CHECK (length(evidence) <= 1000),
    places          integer NOT NULL CHECK (places BETWEEN 1 AND 1000),
    period_years    integer NOT NULL CHECK (period_years BETWEEN 1 AND 10),
    tie_rule        text NOT NULL CHECK (tie_rule IN ('TOP_CRITERION', 'YOUNGER', 'EARLIER')),
    notice_days     integer NOT NULL CHECK (notice_days BETWEEN 1 AND 30),
    stage           text NOT NULL CHECK (stage IN ('NOMINATION', 'QUALIFICATION', 'SCORING', 'RANKED', 'NOTICE', 'FINAL')),
    notice_from     date,
    notice_until    date,
    finalised_at    timestamptz,
    created_by      bigint,
    created_at      timestamptz NOT NULL,
    version         integer NOT NULL DEFAULT 0
);

-- Eligibility rules as data: a kind the code knows how to test and its threshold.
CREATE TABLE award_rule (
    id          bigserial PRIMARY KEY,
    campaign_id bigint NOT NULL REFERENCES award_campaign (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('MIN_MEMBERS', 'MIN_SHARE_UNDER_35', 'MAX_AVERAGE_AGE', 'NO_REVOCATION_YEARS')),
    threshold   numeric(6, 2) NOT NULL CHECK (threshold >= 0),
    UNIQUE (campaign_id, kind)
);

CREATE TABLE award_criterion (
    id          bigserial PRIMARY KEY,
    campaign_id bigint NOT NULL REFERENCES award_campaign (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    weight      integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    max_score   integer NOT NULL CHECK (max_score BETWEEN 1 AND 1000),
    UNIQUE (campaign_id, position)
);

-- The rounds with their dates; a round confirmed is locked.
CREATE TABLE award_round (
    id           bigserial PRIMARY KEY,
    campaign_id  bigint NOT NULL REFERENCES award_campaign (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('NOMINATION', 'QUALIFICATION', 'SCORING', 'NOTICE')),
    opens_on     date NOT NULL,
    closes_on    date NOT NULL CHECK (closes_on >= opens_on),
    confirmed_at timestamptz,
    confirmed_by text,
    UNIQUE (campaign_id, kind)
);

CREATE TABLE award_campaign_event (
    id          bigserial PRIMARY KEY,
    campaign_id bigint NOT NULL REFERENCES award_campaign (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    at          timestamptz NOT NULL,
    account_id  bigint,
    actor_name  text NOT NULL,
    text        text,
    data        json NOT NULL DEFAULT '{}'
);
CREATE INDEX award_campaign_event_campaign ON award_campaign_event (campaign_id, at, id);

CREATE TABLE award_nomination (
    id                 bigserial PRIMARY KEY,
    campaign_id        bigint NOT NULL REFERENCES award_campaign (id),
    nominating_unit_id bigint NOT NULL,
    -- The collective: a unit of the nominating unit's subtree, or an enterprise's (by credit code).
    subject_unit_id    bigint,
    enterprise_id      bigint,
    credit_code        text CHECK (length(credit_code) = 18),
    collective_name    text NOT NULL CHECK (length(collective_name) BETWEEN 1 AND 100),
    summary            text CHECK (length(summary) <= 4000),
    evidence           text CHECK (length(evidence) <= 2000),
    -- The member list's figures; birth dates are read to compute them and never kept.
    member_count       integer NOT NULL CHECK (member_count > 0),
    under35_count      integer NOT NULL CHECK (under35_count >= 0),
    average_age        numeric(4, 1) NOT NULL,
    eligibility        jsonb NOT NULL DEFAULT '[]',
    status             text NOT NULL CHECK (status IN ('SUBMITTED', 'WITHDRAWN', 'QUALIFIED', 'DISQUALIFIED', 'PROPOSED',
                                                    'NOT_SELECTED', 'AWARDED', 'DROPPED')),
    total              numeric(7, 2),
    rank               integer,
    rank_note          text,
    submitted_by       bigint,
    submitted_by_name  text NOT NULL,
    submitted_at       timestamptz NOT NULL,
    version            integer NOT NULL DEFAULT 0,
    CHECK (subject_unit_id IS NOT NULL OR credit_code IS NOT NULL)
);
CREATE INDEX award_nomination_campaign ON award_nomination (campaign_id, status);
CREATE INDEX award_nomination_enterprise ON award_nomination (enterprise_id) WHERE enterprise_id IS NOT NULL;

CREATE TABLE award_score (
    id            bigserial PRIMARY KEY,
    nomination_id bigint NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    criterion_id  bigint NOT NULL REFERENCES award_criterion (id),
    reviewer_id   bigint NOT NULL,
    reviewer_name text NOT NULL,
    score         numeric(7, 2) NOT NULL,
    scored_at     timestamptz NOT NULL,
    UNIQUE (nomination_id, criterion_id, reviewer_id)
);

CREATE TABLE award_recusal (
    id            bigserial PRIMARY KEY,
    nomination_id bigint NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    reviewer_id   bigint NOT NULL,
    reviewer_name text NOT NULL,
    reason        text NOT NULL,
    automatic     boolean NOT NULL,
    at            timestamptz NOT NULL,
    UNIQUE (nomination_id, reviewer_id)
);

CREATE TABLE award_nomination_event (
    id            bigserial PRIMARY KEY,
    nomination_id bigint NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    at            timestamptz NOT NULL,
    account_id    bigint,
    actor_name    text NOT NULL,
    text          text,
    data          json NOT NULL DEFAULT '{}'
);
CREATE INDEX award_nomination_event_nomination ON award_nomination_event (nomination_id, at, id);

-- Objections filed on the public notice page: the contact is shown only to the awards office.
CREATE TABLE award_objection (
    id            bigserial PRIMARY KEY,
    campaign_id   bigint NOT NULL REFERENCES award_campaign (id),
    nomination_id bigint NOT NULL REFERENCES award_nomination (id),
    text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    contact_name  text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 50),
    contact_phone text NOT NULL CHECK (length(contact_phone) <= 20),
    status        text NOT NULL CHECK (status IN ('OPEN', 'INVESTIGATING', 'RESOLVED')),
    upheld        boolean,
    answer        text CHECK (length(answer) <= 2000),
    code          text NOT NULL UNIQUE,
    filed_at      timestamptz NOT NULL,
    resolved_at   timestamptz,
    version       integer NOT NULL DEFAULT 0
);
CREATE INDEX award_objection_campaign ON award_objection (campaign_id, status);

CREATE TABLE award_objection_event (
    id           bigserial PRIMARY KEY,
    objection_id bigint NOT NULL REFERENCES award_objection (id) ON DELETE CASCADE,
    kind         text NOT NULL,
    at           timestamptz NOT NULL,
    account_id   bigint,
    actor_name   text NOT NULL,
    text         text,
    data         json NOT NULL DEFAULT '{}'
);
CREATE INDEX award_objection_event_objection ON award_objection_event (objection_id, at, id);

-- The registry of honours: level and period, its re-reviews, downgrade or revocation on the record.
CREATE TABLE award_honour (
    id              bigserial PRIMARY KEY,
    campaign_id     bigint NOT NULL REFERENCES award_campaign (id),
    nomination_id   bigint NOT NULL UNIQUE REFERENCES award_nomination (id),
    collective_name text NOT NULL,
    unit_id         bigint,
    enterprise_id   bigint,
    credit_code     text,
    title           text NOT NULL,
    level           text NOT NULL CHECK (level IN ('DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL')),
    awarded_on      date NOT NULL,
    valid_until     date NOT NULL,
    next_review_on  date NOT NULL,
    status          text NOT NULL CHECK (status IN ('ACTIVE', 'DOWNGRADED', 'REVOKED')),
    reason          text,
    number          text NOT NULL UNIQUE,
    version         integer NOT NULL DEFAULT 0
);
CREATE INDEX award_honour_unit ON award_honour (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX award_honour_enterprise ON award_honour (enterprise_id) WHERE enterprise_id IS NOT NULL;

CREATE TABLE award_honour_event (
    id         bigserial PRIMARY KEY,
    honour_id  bigint NOT NULL REFERENCES award_honour (id) ON DELETE CASCADE,
    kind       text NOT NULL,
    at         timestamptz NOT NULL,
    account_id bigint,
    actor_name text NOT NULL,
    text       text,
    data       json NOT NULL DEFAULT '{}'
);
CREATE INDEX award_honour_event_honour ON award_honour_event (honour_id, at, id);
