-- Awards and honours: the office that runs the campaigns (e.g. the Youth League's district committee) and its reviewers.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'ENTERPRISE',
                    'CPPCC_OFFICE', 'CPPCC_MEMBER', 'LEGAL_OFFICE', 'LEGAL_STAFF', 'LEGAL_PROVIDER', 'AWARDS_OFFICE', 'AWARDS_REVIEWER'));
