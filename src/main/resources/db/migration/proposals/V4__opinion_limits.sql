-- Public-opinion reports' time limits (Opinion.EXAMINE_WORKING_DAYS, FORWARD_WORKING_DAYS): the CPPCC office examines
-- (adopts or declines) a report within its limit in working days from its submission, and forwards one adopted within
-- its limit from its adoption. The due day is counted from these dates on the working-day calendar as it stands.

-- The day the office began to wait for its step: the submission, then the adoption. It stays once the step is taken,
-- so that a report examined or forwarded shows whether that was in time.
ALTER TABLE proposal_opinion ADD COLUMN office_waits_since DATE;
-- The day the office took the step (declined it, forwarded it first); NULL while the wait runs.
ALTER TABLE proposal_opinion ADD COLUMN office_done_on DATE;
-- Whether the daily follow-up has reminded the office that the limit of the wait that runs now has passed.
ALTER TABLE proposal_opinion ADD COLUMN office_reminded BOOLEAN NOT NULL DEFAULT false;

-- Reports so far, from their own timestamps and timeline in the district's time zone.
UPDATE proposal_opinion SET office_waits_since = (submitted_at AT TIME ZONE 'Asia/Shanghai')::date
WHERE status IN ('SUBMITTED', 'DECLINED');
UPDATE proposal_opinion SET office_waits_since = (COALESCE(adopted_at, submitted_at) AT TIME ZONE 'Asia/Shanghai')::date
WHERE status IN ('ADOPTED', 'FORWARDED');
UPDATE proposal_opinion o SET office_done_on = (COALESCE((SELECT min(e.at) FROM proposal_opinion_event e
                                                          WHERE e.opinion_id = o.id AND e.kind = done.status_event), o.updated_at)
                                                AT TIME ZONE 'Asia/Shanghai')::date
FROM (VALUES ('DECLINED', 'declined'), ('FORWARDED', 'forwarded')) AS done (status, status_event)
WHERE o.status = done.status;
ALTER TABLE proposal_opinion ALTER COLUMN office_waits_since SET NOT NULL;
CREATE INDEX proposal_opinion_waiting ON proposal_opinion (office_waits_since) WHERE office_done_on IS NULL AND NOT office_reminded;

-- A timeline entry's facts are its message's arguments in order, as proposals' are since V2 ("到期 {0}，已逾期 {1} 个工作日"):
-- json keeps an object's keys as written, jsonb does not.
ALTER TABLE proposal_opinion_event ALTER COLUMN data DROP DEFAULT;
ALTER TABLE proposal_opinion_event ALTER COLUMN data TYPE json USING data::json;
ALTER TABLE proposal_opinion_event ALTER COLUMN data SET DEFAULT '{}';

