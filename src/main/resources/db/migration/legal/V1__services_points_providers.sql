-- Public legal services (公共法律服务): the list of services, the parks' service points, the providers and their
-- practitioners. Requests, lectures and the expert group's work live in the nested modules' migrations (V2 on).

-- The service list, after the 12348 platforms' categories; editable by the justice bureau. Codes are stable: the requests
-- module gives MEDIATION and LEGAL_AID their own steps (sessions and agreement; eligibility screening).
CREATE TABLE legal_service (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    name_en     text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
    description text CHECK (length(description) <= 500),
    position    integer NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    version     integer NOT NULL DEFAULT 0
);

INSERT INTO legal_service (code, name, name_en, description, position, active) VALUES
    ('LEGAL_PUBLICITY',    '法治宣传',   'Legal publicity',        '法治讲座、普法资料、以案释法', 10, true),
    ('NOTARIZATION',       '公证',       'Notarization',           '合同、委托、声明、证据保全等公证', 20, true),
    ('LEGAL_CONSULTATION', '法律咨询',   'Legal consultation',     '律师值班解答法律问题', 30, true),
    ('JUDICIAL_APPRAISAL', '司法鉴定',   'Judicial appraisal',     '法医、物证、声像资料等鉴定的受理指引', 40, true),
    ('MEDIATION',          '人民调解',   'People''s mediation',    '劳动、合同、邻里等纠纷调解，调解协议可申请司法确认', 50, true),
    ('LEGAL_AID',          '法律援助',   'Legal aid',              '经济困难或特定案件当事人的法律援助申请', 60, true),
    ('LAWYER_SERVICE',     '律师服务',   'Lawyer services',        '委托律师代理、审查合同、出具律师函', 70, true),
    ('LEGAL_ADVISER',      '法律顾问',   'Legal adviser',          '企业、村（社区）法律顾问', 80, true),
    ('ARBITRATION',        '仲裁',       'Arbitration',            '商事仲裁的咨询与指引', 90, true),
    ('BAR_EXAM',           '法律职业资格考试', 'National legal professional qualification examination', '报名与资格授予的咨询', 100, false);

-- A service point in a park (产业园公共法律服务工作站): where it is, when it is open, what it offers, who staffs it.
CREATE TABLE legal_point (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 60),
    park          text NOT NULL CHECK (length(park) BETWEEN 1 AND 60),
    division_code text CHECK (division_code ~ '^[0-9]{9}$'),
    address       text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    opening_hours text NOT NULL CHECK (length(opening_hours) BETWEEN 1 AND 200),
    phone         text CHECK (length(phone) <= 30),
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 0
);

CREATE TABLE legal_point_service (
    point_id     bigint NOT NULL REFERENCES legal_point (id) ON DELETE CASCADE,
    service_code text NOT NULL REFERENCES legal_service (code),
    PRIMARY KEY (point_id, service_code)
);

-- Who works a point's counter: accounts by id (identity's, referenced by id only, as modules do).
CREATE TABLE legal_point_staff (
    point_id   bigint NOT NULL REFERENCES legal_point (id) ON DELETE CASCADE,
    account_id bigint NOT NULL,
    PRIMARY KEY (point_id, account_id)
);
CREATE INDEX legal_point_staff_account ON legal_point_staff (account_id);

-- A provider: a law firm, the notary office, a mediation committee, the legal aid centre, an appraisal institution.
CREATE TABLE legal_provider (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('LAW_FIRM', 'NOTARY_OFFICE', 'MEDIATION_COMMITTEE', 'LEGAL_AID_CENTRE',
                                              'APPRAISAL_INSTITUTION', 'ARBITRATION_COMMISSION')),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    credit_code text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    address     text CHECK (length(address) <= 200),
    phone       text CHECK (length(phone) <= 30),
    active      boolean NOT NULL DEFAULT true,
    version     integer NOT NULL DEFAULT 0
);

CREATE TABLE legal_provider_service (
    provider_id  bigint NOT NULL REFERENCES legal_provider (id) ON DELETE CASCADE,
    service_code text NOT NULL REFERENCES legal_service (code),
    PRIMARY KEY (provider_id, service_code)
);

-- A practitioner of a provider: a lawyer, notary, mediator or appraiser. An account may be linked (the provider's
-- side of a case); `expert` puts them on the district's lawyers' expert group (律师专家团), whose absences and rotation
-- the experts module keeps.
CREATE TABLE legal_practitioner (
    id          bigserial PRIMARY KEY,
    provider_id bigint NOT NULL REFERENCES legal_provider (id),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    licence_no  text CHECK (length(licence_no) <= 40),
    phone       text CHECK (length(phone) <= 30),
    specialties text[] NOT NULL DEFAULT '{}',
    account_id  bigint UNIQUE,
    expert      boolean NOT NULL DEFAULT false,
    active      boolean NOT NULL DEFAULT true,
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX legal_practitioner_provider ON legal_practitioner (provider_id);

-- Engagements for the conflict check (利益冲突审查): each time a practitioner acts for a party — a request's provider, an
-- expert answering an enterprise — a row; a practitioner whose own or whose provider's engagement was for the other
-- party of a new case is excluded from it. Parties are matched by a key (the credit code or ID number, else the name,
-- normalised and hashed), so that no ID number is kept here in clear.
CREATE TABLE legal_engagement (
    id              bigserial PRIMARY KEY,
    practitioner_id bigint NOT NULL REFERENCES legal_practitioner (id),
    provider_id     bigint NOT NULL REFERENCES legal_provider (id),
    party_key       text NOT NULL,
    party_name      text NOT NULL CHECK (length(party_name) BETWEEN 1 AND 100),
    matter          text NOT NULL CHECK (length(matter) BETWEEN 1 AND 200),
    source_kind     text NOT NULL CHECK (length(source_kind) BETWEEN 1 AND 40),
    source_id       bigint NOT NULL,
    acted_on        date NOT NULL,
    UNIQUE (practitioner_id, party_key, source_kind, source_id)
);
CREATE INDEX legal_engagement_provider_party ON legal_engagement (provider_id, party_key);
