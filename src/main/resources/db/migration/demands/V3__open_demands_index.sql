-- The open demands by due day, with what the one visibility rule asks of them: a small share of millions (what is
-- still open is recent), read without walking the newest demands one by one and counted from the index alone — the
-- overdue list (most overdue first), its count and the daily follow-up read them this way.
CREATE INDEX demand_open_due ON demand (due_on) INCLUDE (handling_unit_id, division_code, co_unit_ids)
    WHERE status IN ('SUBMITTED', 'ASSIGNED', 'RETURNED', 'IN_PROGRESS');
