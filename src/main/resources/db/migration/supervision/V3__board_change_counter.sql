-- The boards, the ranking and the goal list of the board's filter are kept in memory between changes (BoardCache), so
-- that twenty people looking at the board do not each count 100,000 tasks. What tells the cache that something changed
-- is this counter, moved by the tables' own triggers, whoever writes them: no code path can forget it.
--
-- The counter is moved at commit (a deferred constraint trigger), once per transaction: the row lock it takes is held
-- only while that transaction commits, so two writers never wait on it while holding other rows (no deadlock), and a
-- reader that sees the new value also sees the data that moved it. A reader reads the counter before its queries, so
-- what it caches under a value is never older than that value.
CREATE TABLE board_change (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT  NOT NULL
);
INSERT INTO board_change (version) VALUES (0);

CREATE FUNCTION note_board_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Row triggers queue one call per changed row; only the first of a transaction moves the counter.
    IF current_setting('luoshi.board_change_noted', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('luoshi.board_change_noted', 'yes', true);
        UPDATE board_change SET version = version + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER task_board_change AFTER INSERT OR UPDATE OR DELETE ON task
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_board_change();
CREATE CONSTRAINT TRIGGER task_unit_board_change AFTER INSERT OR UPDATE OR DELETE ON task_unit
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_board_change();
CREATE CONSTRAINT TRIGGER task_event_board_change AFTER INSERT OR UPDATE OR DELETE ON task_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_board_change();
CREATE CONSTRAINT TRIGGER goal_board_change AFTER INSERT OR UPDATE OR DELETE ON goal
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note_board_change();

-- TRUNCATE fires no row triggers; nothing in the application truncates, but a maintenance script might.
CREATE TRIGGER task_board_truncate AFTER TRUNCATE ON task FOR EACH STATEMENT EXECUTE FUNCTION note_board_change();
CREATE TRIGGER task_unit_board_truncate AFTER TRUNCATE ON task_unit FOR EACH STATEMENT EXECUTE FUNCTION note_board_change();
CREATE TRIGGER task_event_board_truncate AFTER TRUNCATE ON task_event FOR EACH STATEMENT EXECUTE FUNCTION note_board_change();
