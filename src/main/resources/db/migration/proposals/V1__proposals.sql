-- CPPCC proposals (提案) and public-opinion reports (社情民意信息). Accounts, units, enterprises and demands are named
-- by id (a demand also by its number): no table here refers to another module's tables.

CREATE TABLE proposal (
    id                      BIGSERIAL PRIMARY KEY,
    -- Given on acceptance (立案): the year and a number within it, 2026-0012.
    number                  VARCHAR(12) UNIQUE,
    title                   VARCHAR(100) NOT NULL,
    reasons                 VARCHAR(4000) NOT NULL,
    -- Empty only for a proposal drafted from a demand, which the office returns for revision before it is accepted.
    suggestions             VARCHAR(4000),
    proposer_account_id     BIGINT,
    -- The member, or the group or sector (界别) that submits it, as shown.
    proposer_name           VARCHAR(100) NOT NULL,
    co_signer_account_ids   BIGINT[] NOT NULL DEFAULT '{}',
    co_signer_names         TEXT[] NOT NULL DEFAULT '{}',
    enterprise_ids          BIGINT[] NOT NULL DEFAULT '{}',
    demand_id               BIGINT,
    demand_number           VARCHAR(20),
    status                  VARCHAR(24) NOT NULL CHECK (status IN ('SUBMITTED', 'RETURNED_FOR_REVISION', 'REJECTED', 'WITHDRAWN', 'ACCEPTED',
                                                                   'ASSIGNED', 'ANSWERED', 'IN_FOLLOW_UP', 'CLOSED')),
    submitted_at            TIMESTAMPTZ NOT NULL,
    accepted_at             TIMESTAMPTZ,
    -- Why it was not accepted, and what became of it instead: a public-opinion report, a letter, nothing.
    rejection_reason        VARCHAR(2000),
    disposition             VARCHAR(12) CHECK (disposition IN ('OPINION', 'LETTER', 'NONE')),
    lead_unit_id            BIGINT,
    co_unit_ids             BIGINT[] NOT NULL DEFAULT '{}',
    assigned_on             DATE,
    -- The answer is due three calendar months after assignment (one month after an evaluation of 不满意).
    due_on                  DATE,
    -- The lead unit may ask for another assignment until this day; the request waits for the office's decision.
    adjust_until            DATE,
    adjustment_unit_id      BIGINT,
    adjustment_reason       VARCHAR(2000),
    answer_category         CHAR(1) CHECK (answer_category IN ('A', 'B', 'C')),
    answer                  VARCHAR(4000),
    answered_on             DATE,
    answer_count            INT NOT NULL DEFAULT 0,
    evaluation              VARCHAR(12) CHECK (evaluation IN ('SATISFIED', 'BASICALLY', 'UNSATISFIED')),
    evaluated_at            TIMESTAMPTZ,
    opinion_id              BIGINT,
    closed_at               TIMESTAMPTZ,
    version                 INT NOT NULL DEFAULT 0,
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX proposal_submitted ON proposal (submitted_at DESC, id DESC);
CREATE INDEX proposal_status ON proposal (status, due_on);
CREATE INDEX proposal_lead_unit ON proposal (lead_unit_id, status);
CREATE INDEX proposal_co_units ON proposal USING GIN (co_unit_ids);
CREATE INDEX proposal_enterprises ON proposal USING GIN (enterprise_ids);
CREATE INDEX proposal_proposer ON proposal (proposer_account_id);
CREATE INDEX proposal_demand ON proposal (demand_id) WHERE demand_id IS NOT NULL;

CREATE TABLE proposal_event (
    id          BIGSERIAL PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    kind        VARCHAR(30) NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    account_id  BIGINT,
    actor_name  VARCHAR(100) NOT NULL,
    unit_id     BIGINT,
    text        VARCHAR(4000),
    data        JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX proposal_event_proposal ON proposal_event (proposal_id, at, id);

CREATE TABLE proposal_number (
    year INT PRIMARY KEY,
    last INT NOT NULL
);

-- 社情民意信息: lighter than a proposal — written, edited and adopted by the CPPCC office, forwarded to leaders or units.
CREATE TABLE proposal_opinion (
    id                  BIGSERIAL PRIMARY KEY,
    title               VARCHAR(100) NOT NULL,
    content             VARCHAR(4000) NOT NULL,
    reporter_account_id BIGINT,
    reporter_name       VARCHAR(100) NOT NULL,
    enterprise_ids      BIGINT[] NOT NULL DEFAULT '{}',
    demand_id           BIGINT,
    demand_number       VARCHAR(20),
    -- The proposal not accepted that this report was made from.
    proposal_id         BIGINT REFERENCES proposal (id),
    status              VARCHAR(12) NOT NULL CHECK (status IN ('SUBMITTED', 'ADOPTED', 'DECLINED', 'FORWARDED')),
    submitted_at        TIMESTAMPTZ NOT NULL,
    adopted_at          TIMESTAMPTZ,
    forwarded_to        VARCHAR(200),
    forwarded_unit_ids  BIGINT[] NOT NULL DEFAULT '{}',
    instructions        VARCHAR(4000),
    version             INT NOT NULL DEFAULT 0,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX proposal_opinion_submitted ON proposal_opinion (submitted_at DESC, id DESC);
CREATE INDEX proposal_opinion_units ON proposal_opinion USING GIN (forwarded_unit_ids);

CREATE TABLE proposal_opinion_event (
    id         BIGSERIAL PRIMARY KEY,
    opinion_id BIGINT NOT NULL REFERENCES proposal_opinion (id) ON DELETE CASCADE,
    kind       VARCHAR(30) NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    account_id BIGINT,
    actor_name VARCHAR(100) NOT NULL,
    text       VARCHAR(4000),
    data       JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX proposal_opinion_event_opinion ON proposal_opinion_event (opinion_id, at, id);

-- Which unit is the CPPCC's proposal office: its accounts are told of proposals submitted, revised, asked to be
-- reassigned, evaluated 不满意 or done. Until the district names it, the district's root unit is told.
CREATE TABLE proposal_settings (
    id             INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    office_unit_id BIGINT
);
INSERT INTO proposal_settings (id) VALUES (1);
