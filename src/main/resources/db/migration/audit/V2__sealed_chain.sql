-- Audit without a global wait.
--
-- Until now every appender took one advisory lock at its first audited change and held it until its transaction
-- committed: a 30-second import held every other writer for 30 seconds. Now an entry is inserted unchained and takes
-- no lock. A sealer (AuditSealer) later chains the entries whose transactions have committed (the ones it can see),
-- under a lock of its own that it holds only for the moment of sealing: it gives each entry its place in the chain
-- (sequence) and its hashes, in one UPDATE that the triggers allow exactly once.

-- The entry's place in the chain, 1, 2, 3 …; NULL until sealed.
ALTER TABLE audit_entry ADD COLUMN sequence BIGINT;

ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;

-- The entries chained so far keep their places: the old chain ran in id order.
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete;
UPDATE audit_entry SET sequence = numbered.position
FROM (SELECT id, row_number() OVER (ORDER BY id) AS position FROM audit_entry) numbered
WHERE audit_entry.id = numbered.id;
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete;

ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_sealed_whole
    CHECK ((sequence IS NULL AND previous_hash IS NULL AND hash IS NULL)
        OR (sequence IS NOT NULL AND previous_hash IS NOT NULL AND hash IS NOT NULL));

-- One entry per place; verify walks the chain along this index.
CREATE UNIQUE INDEX audit_entry_sequence ON audit_entry (sequence);
-- What is left to seal: a small partial index, empty most of the time.
CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE sequence IS NULL;

-- Append-only, with one exception: the sealing of an unsealed entry, which sets its place and hashes once and changes
-- nothing else. An entry is inserted unsealed (a chained row arriving by INSERT would bypass the sealer's lock and
-- order). Everything else stays refused, whoever connects.
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Other append-only tables share this function; only audit_entry has a seal.
    IF TG_TABLE_NAME = 'audit_entry' THEN
        IF TG_OP = 'INSERT' THEN
            IF NEW.sequence IS NULL AND NEW.previous_hash IS NULL AND NEW.hash IS NULL THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'audit_entry is append-only: entries are inserted unsealed, the sealer chains them'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'UPDATE' THEN
            IF OLD.sequence IS NULL AND OLD.previous_hash IS NULL AND OLD.hash IS NULL
               AND NEW.sequence IS NOT NULL AND NEW.previous_hash IS NOT NULL AND NEW.hash IS NOT NULL
               AND (to_jsonb(NEW) - 'sequence' - 'previous_hash' - 'hash') = (to_jsonb(OLD) - 'sequence' - 'previous_hash' - 'hash') THEN
                RETURN NEW;
            END IF;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_entry_insert_unsealed
    BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
