-- Public legal services: the justice bureau's office, a service point's staff, a provider's practitioner.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'ENTERPRISE',
                    'CPPCC_OFFICE', 'CPPCC_MEMBER', 'LEGAL_OFFICE', 'LEGAL_STAFF', 'LEGAL_PROVIDER'));
