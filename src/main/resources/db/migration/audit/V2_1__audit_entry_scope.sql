-- Which units each entry concerns, so that an auditor scoped to a subtree reads only the entries about it (issue 8).
--
-- A table beside audit_entry rather than a column in it: the classification is derived (the modules that own the
-- records tell it), it is not part of what the hash chain proves, and existing entries get theirs by INSERT, so
-- audit_entry stays untouched and append-only. One row per classified entry; an empty array means the entry
-- concerns no unit (sign-ins of unknown names, district settings): only auditors of the whole district read it.
-- Entries written before this table get their row once at start-up (AuditScopes).
CREATE TABLE audit_entry_scope (
    -- No foreign key: it would make TRUNCATE audit_entry fail on the key before the append-only trigger refuses it.
    entry_id BIGINT PRIMARY KEY,
    unit_ids BIGINT[] NOT NULL
);

CREATE INDEX audit_entry_scope_units ON audit_entry_scope USING GIN (unit_ids);

-- Append-only like the entries themselves: hiding an entry from a scoped auditor must not be one UPDATE away.
CREATE TRIGGER audit_entry_scope_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry_scope
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_scope_no_truncate
    BEFORE TRUNCATE ON audit_entry_scope
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
