-- A mail to an address rather than to an account's notification (a one-time code to someone without an account):
-- the outbox row has neither.
ALTER TABLE mail_outbox ALTER COLUMN notification_id DROP NOT NULL;
ALTER TABLE mail_outbox ALTER COLUMN account_id DROP NOT NULL;
