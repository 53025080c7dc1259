-- The lawyers' expert group (律师专家团): the members' absences, the rotation's pointer, the questions enterprises ask,
-- the written opinions and, for major disputes, their outcome. Practitioners, enterprises and accounts are other
-- modules' records, referred to by id (no foreign key outside this module).

-- An expert away (leave, a trial elsewhere, illness): the rotation passes them by on these days.
CREATE TABLE expert_absence (
    id              bigserial PRIMARY KEY,
    practitioner_id bigint NOT NULL,
    from_on         date NOT NULL,
    to_on           date NOT NULL,
    reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    recorded_by     bigint,
    recorded_by_name text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (to_on >= from_on)
);
CREATE INDEX expert_absence_practitioner ON expert_absence (practitioner_id, to_on);

-- Where the rotation stands: the expert assigned last; the next question goes to the one after them.
CREATE TABLE expert_rotation (
    id                   integer PRIMARY KEY CHECK (id = 1),
    last_practitioner_id bigint,
    version              integer NOT NULL DEFAULT 0
);
INSERT INTO expert_rotation (id, last_practitioner_id) VALUES (1, NULL);

CREATE TABLE expert_question_number (
    year integer PRIMARY KEY,
    last integer NOT NULL
);

-- A question and its written opinion: one record, one life (ExpertQuestion's transition table).
CREATE TABLE expert_question (
    id                bigserial PRIMARY KEY,
    number            text NOT NULL UNIQUE,
    enterprise_id     bigint NOT NULL,
    subject           text NOT NULL CHECK (length(subject) BETWEEN 1 AND 100),
    text              text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    specialty         text CHECK (length(specialty) <= 40),
    parties           jsonb NOT NULL DEFAULT '[]',
    major             boolean NOT NULL DEFAULT false,
    status            text NOT NULL CHECK (status IN ('WAITING', 'ASSIGNED', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SIGNED', 'CLOSED',
                                                      'WITHDRAWN')),
    expert_id         bigint,
    assigned_at       timestamptz,
    opinion           text CHECK (length(opinion) <= 20000),
    submitted_at      timestamptz,
    review_comment    text CHECK (length(review_comment) <= 2000),
    reviewed_by_name  text,
    reviewed_at       timestamptz,
    signed_at         timestamptz,
    outcome           text CHECK (outcome IN ('SETTLED', 'MEDIATED', 'ARBITRATED', 'LITIGATED', 'WITHDRAWN')),
    outcome_on        date,
    outcome_note      text CHECK (length(outcome_note) <= 2000),
    last_update_at    timestamptz NOT NULL,
    reminded_at       timestamptz,
    closed_at         timestamptz,
    asked_by          bigint,
    asked_by_name     text NOT NULL,
    asked_at          timestamptz NOT NULL,
    version           integer NOT NULL DEFAULT 0
);
CREATE INDEX expert_question_enterprise ON expert_question (enterprise_id);
CREATE INDEX expert_question_expert ON expert_question (expert_id);
-- The daily follow-up looks only at major disputes still waiting for their outcome.
CREATE INDEX expert_question_following ON expert_question (last_update_at) WHERE status = 'SIGNED' AND major;

-- The question's timeline: every step, every expert the rotation passed by and why.
CREATE TABLE expert_question_event (
    id          bigserial PRIMARY KEY,
    question_id bigint NOT NULL REFERENCES expert_question (id),
    kind        text NOT NULL,
    at          timestamptz NOT NULL,
    account_id  bigint,
    actor_name  text NOT NULL,
    text        text,
    data        json NOT NULL DEFAULT '{}'
);
CREATE INDEX expert_question_event_question ON expert_question_event (question_id, at, id);
