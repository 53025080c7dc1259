-- A refused applicant registers again with the same mobile number: the number is unique only among registrations
-- waiting or approved. A refused registration keeps its row as decided (who, when, why) and its account.
DROP INDEX portal_registration_phone;
CREATE UNIQUE INDEX portal_registration_phone ON portal_registration (phone) WHERE status <> 'REJECTED';
