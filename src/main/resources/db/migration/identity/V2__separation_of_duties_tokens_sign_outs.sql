-- Separation of duties (三员分立): the system, security and audit administrators are roles of their own.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check
    CHECK (role IN ('DISTRICT_ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HANDLER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'));

-- API tokens are listed and revoked by an id that is not the token's hash, under a name their owner recognizes.
ALTER TABLE api_token ADD COLUMN id BIGSERIAL NOT NULL;
ALTER TABLE api_token ADD COLUMN name VARCHAR(50) NOT NULL DEFAULT 'API';
CREATE UNIQUE INDEX api_token_id ON api_token (id);

-- Sessions that ended by the idle timeout, kept until identity has written them into the audit trail. Spring Session
-- deletes an expired session either in its cleanup or when the session's cookie comes back; the trigger sees both.
CREATE TABLE session_timeout (
    id             BIGSERIAL PRIMARY KEY,
    principal_name VARCHAR(100) NOT NULL,
    last_access_at TIMESTAMPTZ NOT NULL,
    expired_at     TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION record_session_timeout() RETURNS trigger AS $$
BEGIN
    INSERT INTO session_timeout (principal_name, last_access_at, expired_at)
    VALUES (OLD.principal_name, to_timestamp(OLD.last_access_time / 1000.0), to_timestamp(OLD.expiry_time / 1000.0));
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER spring_session_timed_out AFTER DELETE ON spring_session
    FOR EACH ROW WHEN (OLD.principal_name IS NOT NULL AND OLD.max_inactive_interval >= 0
                       AND OLD.expiry_time <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
    EXECUTE FUNCTION record_session_timeout();
