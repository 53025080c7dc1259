-- A registration its town refused keeps its account — the password its owner chose, the refusal the sign-in reports,
-- the audit trail's entries about it — but no longer holds the login name: the applicant may register again with the
-- same mobile number. Among the other accounts (staff, approved, waiting) a login name stays unique, so at most one
-- account that can ever sign in answers to it; the sign-in reads that one, else the newest refused.
DROP INDEX account_username;
CREATE UNIQUE INDEX account_username_live ON account (username) WHERE approval IS DISTINCT FROM 'REJECTED';
CREATE INDEX account_username ON account (username);
