-- The CPPCC's proposal office (区政协提案委/办公室) and its members (政协委员): two more duties for proposals.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'ENTERPRISE',
                    'CPPCC_OFFICE', 'CPPCC_MEMBER'));
