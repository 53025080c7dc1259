-- Requests at one stop (一站式办理): a request for a public legal service at a park's point, online or at the counter,
-- with its ticket, its steps (call, referral, appointment, assignment with the conflict check, legal-aid screening,
-- mediation, close, rating, withdrawal) and its timeline. Points, services, practitioners, accounts and enterprises are
-- the core's and other modules' records, referred to by id or code only (no foreign key into their tables).

CREATE TABLE legal_request (
    id                  bigserial PRIMARY KEY,
    point_id            bigint NOT NULL,
    service_code        text NOT NULL,
    channel             text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER')),
    -- The ticket: a number per point and day, in the order taken.
    ticket_day          date NOT NULL,
    ticket_seq          integer NOT NULL CHECK (ticket_seq > 0),
    requester_kind      text NOT NULL CHECK (requester_kind IN ('ENTERPRISE', 'EMPLOYEE', 'WALK_IN')),
    enterprise_id       bigint,
    requester_account_id bigint,
    requester_name      text NOT NULL CHECK (length(requester_name) BETWEEN 1 AND 60),
    -- Personal data: shown in full only to the staff handling the request (see LegalRequestAccess).
    requester_phone     text CHECK (length(requester_phone) <= 30),
    requester_email     text CHECK (length(requester_email) <= 100),
    email_verified      boolean NOT NULL DEFAULT false,
    requester_id_number text CHECK (length(requester_id_number) <= 30),
    requester_address   text CHECK (length(requester_address) <= 200),
    matter              text NOT NULL CHECK (length(matter) BETWEEN 1 AND 2000),
    status              text NOT NULL CHECK (status IN ('WAITING', 'SCHEDULED', 'IN_SERVICE', 'CLOSED', 'WITHDRAWN')),
    -- The clock starts when the request is made and is kept across referrals.
    requested_at        timestamptz NOT NULL,
    called_at           timestamptz,
    slot_id             bigint,
    practitioner_id     bigint,
    referral_count      integer NOT NULL DEFAULT 0,
    -- Legal-aid screening: the applicant's figures, the rules' verdict with its reasons, an override's reason.
    aid_household_income numeric(12, 2),
    aid_household_size  integer,
    aid_case_type       text,
    aid_eligible        boolean,
    aid_reasons         jsonb,
    aid_override_reason text CHECK (length(aid_override_reason) <= 2000),
    aid_granted         boolean,
    -- Mediation: the agreement, its outcome and the note of the hand-off to judicial confirmation (司法确认).
    mediation_outcome   text CHECK (mediation_outcome IN ('AGREED', 'PARTLY_AGREED', 'NOT_AGREED')),
    mediation_agreement text CHECK (length(mediation_agreement) <= 4000),
    judicial_confirmation text CHECK (length(judicial_confirmation) <= 1000),
    outcome             text CHECK (length(outcome) <= 2000),
    closed_at           timestamptz,
    rating              integer CHECK (rating BETWEEN 1 AND 5),
    rating_comment      text CHECK (length(rating_comment) <= 1000),
    rated_at            timestamptz,
    created_by          bigint,
    created_by_name     text NOT NULL,
    version             integer NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (point_id, ticket_day, ticket_seq)
);
CREATE INDEX legal_request_point_status ON legal_request (point_id, status, requested_at);
CREATE INDEX legal_request_enterprise ON legal_request (enterprise_id) WHERE enterprise_id IS NOT NULL;
CREATE INDEX legal_request_practitioner ON legal_request (practitioner_id) WHERE practitioner_id IS NOT NULL;
CREATE INDEX legal_request_requested ON legal_request (requested_at);

-- The other parties of a matter, for the conflict check (and a mediation's parties).
CREATE TABLE legal_request_party (
    id          bigserial PRIMARY KEY,
    request_id  bigint NOT NULL REFERENCES legal_request (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    identifier  text CHECK (length(identifier) <= 30),
    position    integer NOT NULL
);
CREATE INDEX legal_request_party_request ON legal_request_party (request_id, position);

CREATE TABLE legal_request_event (
    id          bigserial PRIMARY KEY,
    request_id  bigint NOT NULL REFERENCES legal_request (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    at          timestamptz NOT NULL,
    account_id  bigint,
    actor_name  text NOT NULL,
    text        text,
    data        json NOT NULL DEFAULT '{}'
);
CREATE INDEX legal_request_event_request ON legal_request_event (request_id, at, id);

-- A mediation's sessions, each with its day and notes.
CREATE TABLE legal_mediation_session (
    id          bigserial PRIMARY KEY,
    request_id  bigint NOT NULL REFERENCES legal_request (id) ON DELETE CASCADE,
    held_on     date NOT NULL,
    notes       text NOT NULL CHECK (length(notes) BETWEEN 1 AND 2000),
    recorded_by_name text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX legal_mediation_session_request ON legal_mediation_session (request_id, held_on, id);

-- Appointment slots of a point, each with its capacity and the appointments booked in it.
CREATE TABLE legal_slot (
    id        bigserial PRIMARY KEY,
    point_id  bigint NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL CHECK (ends_at > starts_at),
    capacity  integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    booked    integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    UNIQUE (point_id, starts_at)
);

-- The legal-aid rules (one row): the local income standard per person per month and the case types exempt from the
-- means test (免予经济困难审查). The justice bureau keeps them.
CREATE TABLE legal_aid_rules (
    id                 integer PRIMARY KEY CHECK (id = 1),
    income_standard    numeric(10, 2) NOT NULL CHECK (income_standard > 0),
    exempt_case_types  text[] NOT NULL,
    version            integer NOT NULL DEFAULT 0
);
INSERT INTO legal_aid_rules (id, income_standard, exempt_case_types)
VALUES (1, 2030.00, ARRAY['WAGE_ARREARS', 'WORK_INJURY', 'HEROIC_ACT']);

-- One-time codes of the public request form: sent by e-mail, kept hashed, valid ten minutes, a few attempts.
CREATE TABLE legal_request_code (
    token       text PRIMARY KEY,
    email       text NOT NULL,
    code_hash   text NOT NULL,
    payload     jsonb NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_request_code_expires ON legal_request_code (expires_at);
