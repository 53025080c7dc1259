-- Who asked for each one-time code, as a SHA-256 of the client's address (never the address itself), so that one
-- client cannot have the public form mail codes to address after address.
ALTER TABLE legal_request_code ADD COLUMN client_hash text;
CREATE INDEX legal_request_code_client ON legal_request_code (client_hash, created_at);
