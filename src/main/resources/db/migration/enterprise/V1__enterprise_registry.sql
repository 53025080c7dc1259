-- Enterprise registry: enterprises keyed by their unified social credit code, their contacts, and the registry's own
-- history of each (the first entries of the enterprise's timeline). Towns are named by their 9-digit division code;
-- no table here refers to another module's tables.

CREATE TABLE enterprise (
    id                   BIGSERIAL PRIMARY KEY,
    credit_code          CHAR(18) NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    legal_representative VARCHAR(50) NOT NULL,
    address              VARCHAR(300) NOT NULL,
    -- The town or subdistrict (GB/T 2260 + the statistics office's township code), e.g. 440703101 for 棠下镇.
    division_code        VARCHAR(9) NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
    park                 VARCHAR(100),
    industry             CHAR(1) CHECK (industry BETWEEN 'A' AND 'T'),
    scale                VARCHAR(10) CHECK (scale IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    tags                 VARCHAR(40)[] NOT NULL DEFAULT '{}',
    cppcc_member         VARCHAR(50),
    note                 VARCHAR(500),
    version              INT NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT enterprise_credit_code UNIQUE (credit_code),
    CONSTRAINT enterprise_cppcc_member CHECK ((cppcc_member IS NOT NULL) = ('CPPCC_MEMBER' = ANY (tags)))
);
-- A town's list, in name order: the scope and the default sort in one index.
CREATE INDEX enterprise_division_name ON enterprise (division_code, name, id);
CREATE INDEX enterprise_name ON enterprise (name, id);
CREATE INDEX enterprise_tags ON enterprise USING GIN (tags);

CREATE TABLE enterprise_contact (
    id            BIGSERIAL PRIMARY KEY,
    enterprise_id BIGINT NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    name          VARCHAR(50) NOT NULL,
    role          VARCHAR(50),
    phone         VARCHAR(20),
    email         VARCHAR(100),
    CONSTRAINT enterprise_contact_position UNIQUE (enterprise_id, position)
);

-- What the registry did to an enterprise, for its timeline: which fields changed (their names only: the values,
-- contacts included, are in the audit trail, where auditors read them).
CREATE TABLE enterprise_history (
    id            BIGSERIAL PRIMARY KEY,
    enterprise_id BIGINT NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    kind          VARCHAR(20) NOT NULL CHECK (kind IN ('REGISTERED', 'EDITED', 'IMPORTED', 'UPDATED_BY_IMPORT')),
    at            TIMESTAMPTZ NOT NULL,
    actor_name    VARCHAR(100) NOT NULL,
    fields        VARCHAR(40)[] NOT NULL DEFAULT '{}',
    -- The file an import came from.
    source        VARCHAR(200)
);
CREATE INDEX enterprise_history_enterprise ON enterprise_history (enterprise_id, at DESC, id DESC);

-- Which unit kept which town when the search index last stated who may find each enterprise: when the organization
-- gives a town's code to another unit, EnterpriseSearchRecords notices the difference and states it anew.
CREATE TABLE enterprise_search_keepers (
    id      INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    keepers TEXT NOT NULL
);
