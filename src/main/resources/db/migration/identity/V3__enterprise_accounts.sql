-- Enterprise accounts (企业用户): an enterprise's contact signs in with a mobile number to the enterprise portal. The
-- account names its enterprise by id only (the registry is the enterprise module's), and reaches no unit.
ALTER TABLE account ADD COLUMN enterprise_id BIGINT;
ALTER TABLE account ADD CONSTRAINT account_enterprise_reaches_no_unit
    CHECK (enterprise_id IS NULL OR (staff_id IS NULL AND scope_unit_id IS NULL));
CREATE INDEX account_enterprise ON account (enterprise_id) WHERE enterprise_id IS NOT NULL;

-- A registration not yet approved by the enterprise's town, or refused by it: the account exists (its owner chose the
-- password, which identity keeps) but is inactive, and the sign-in says which of the two it is. NULL: an ordinary account.
ALTER TABLE account ADD COLUMN approval VARCHAR(10);
ALTER TABLE account ADD CONSTRAINT account_approval_check
    CHECK (approval IS NULL OR (approval IN ('PENDING', 'REJECTED') AND enterprise_id IS NOT NULL AND NOT active));

ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'ENTERPRISE'));
