-- Identity: accounts (linked to staff by id), their roles, and API tokens.

CREATE TABLE account (
    id                   BIGSERIAL PRIMARY KEY,
    username             VARCHAR(50) NOT NULL,
    display_name         VARCHAR(50) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    staff_id             BIGINT,
    -- The root of the unit subtree this account sees; NULL is the whole district.
    scope_unit_id        BIGINT,
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    failed_attempts      INT NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    last_login_at        TIMESTAMPTZ,
    password_changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              INT NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$')
);
CREATE UNIQUE INDEX account_username ON account (username);
CREATE INDEX account_staff ON account (staff_id);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(30) NOT NULL CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'AUDITOR')),
    PRIMARY KEY (account_id, role)
);

-- Only a SHA-256 of each token is kept: a leaked table does not leak usable tokens.
CREATE TABLE api_token (
    token_hash   CHAR(64) PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_token_account ON api_token (account_id);
CREATE INDEX api_token_expiry ON api_token (expires_at);
