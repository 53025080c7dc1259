-- The enterprise portal: registrations of enterprises' contacts, approved or refused by the enterprise's town. The
-- account itself is identity's (account_id, by id); the enterprise the registry's (enterprise_id, by id).
CREATE TABLE portal_registration (
    id             BIGSERIAL PRIMARY KEY,
    enterprise_id  BIGINT NOT NULL,
    account_id     BIGINT NOT NULL,
    contact_name   VARCHAR(50) NOT NULL,
    -- The mobile number, which is also the account's login name.
    phone          VARCHAR(11) NOT NULL,
    status         VARCHAR(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    -- When the applicant ticked the consent line (personal data, the portal's terms).
    consented_at   TIMESTAMPTZ NOT NULL,
    submitted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_at     TIMESTAMPTZ,
    decided_by     BIGINT,
    decided_by_name VARCHAR(50),
    reason         VARCHAR(500),
    version        INT NOT NULL DEFAULT 0,
    CONSTRAINT portal_registration_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT portal_registration_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX portal_registration_phone ON portal_registration (phone);
CREATE UNIQUE INDEX portal_registration_account ON portal_registration (account_id);
CREATE INDEX portal_registration_pending ON portal_registration (enterprise_id) WHERE status = 'PENDING';
