-- Audit: the trail of every write and every sign-in attempt.
--
-- Each entry keeps who (account id, username and name as they were then: accounts are renamed and
-- deactivated, the trail must still read), when, from which address, what (action and target) and the
-- before/after values of the changed fields. Nothing here references another module's tables: the trail
-- outlives the records it describes.
--
-- Tamper evidence: hash = SHA-256(previous_hash || canonical text of the entry), computed by the
-- application under an advisory lock so that the entries form one chain in id order. Changing, removing
-- or reordering an entry breaks the chain at that entry, which the verify action reports.

CREATE TABLE audit_entry (
    id               BIGSERIAL PRIMARY KEY,
    -- The database's clock, read under the chain lock, so that time order and id order agree across instances.
    occurred_at      TIMESTAMPTZ NOT NULL,
    actor_account_id BIGINT,
    actor_username   VARCHAR(50) NOT NULL,
    actor_name       VARCHAR(100),
    -- As the servlet container reports it (behind a proxy: see server.forward-headers-strategy). Kept as
    -- text, not INET, because INET rewrites addresses (::ffff:10.0.0.1) and the hash covers the text.
    ip_address       VARCHAR(64),
    user_agent       VARCHAR(300),
    -- Dotted ASCII names (organization.unit.updated). The "C" collation lets a plain b-tree index serve both the
    -- prefix filter (LIKE 'identity.login.%') and the skip scan that lists the distinct values for the filter form.
    action           VARCHAR(100) COLLATE "C" NOT NULL,
    target_type      VARCHAR(50) COLLATE "C" NOT NULL,
    target_id        VARCHAR(100),
    target_label     VARCHAR(300),
    -- field -> {"before": …, "after": …}
    changes          JSONB NOT NULL DEFAULT '{}'::jsonb,
    -- The previous entry's hash; 64 zeros for the first entry.
    previous_hash    CHAR(64) NOT NULL,
    hash             CHAR(64) NOT NULL,
    CONSTRAINT audit_entry_hash_format CHECK (hash ~ '^[0-9a-f]{64}$' AND previous_hash ~ '^[0-9a-f]{64}$')
);

-- A second entry claiming the same predecessor would be a fork of the chain: refuse it outright.
CREATE UNIQUE INDEX audit_entry_previous_hash ON audit_entry (previous_hash);

-- The auditor's filters: time range, actor, action prefix, target. Lists are newest first.
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (lower(actor_username), occurred_at DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at DESC);
CREATE INDEX audit_entry_target ON audit_entry (target_type, target_id);

-- Append-only. The application never updates or deletes an entry, so any attempt to is an error or an
-- attack; refusing it in the database holds whoever connects (a console, a migration, a compromised
-- instance), not only this application's code. Row triggers cover UPDATE and DELETE, a statement
-- trigger covers TRUNCATE (which fires no row triggers). A superuser can still disable the triggers,
-- which is why the entries also form a hash chain: such a change is then detectable by verify.
-- The error is an integrity violation (SQLSTATE 23000): the row is fine, the statement breaks the table's rule.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
