-- The daily follow-up (ProposalFollowUp): what it has already done, so that each reminder is sent once.

-- How far the follow-up has gone on the clock that runs now: the lead unit's answer (1 reminded as its day nears,
-- 2 reminded once overdue, 3 taken to the CPPCC office) or the proposer's evaluation (1 reminded, 2 taken to the
-- office). Every step that starts such a clock (assignment, another assignment, the answer, the evaluation) sets it
-- back to 0.
ALTER TABLE proposal ADD COLUMN follow_up_level SMALLINT NOT NULL DEFAULT 0;

-- The day something began to wait for the CPPCC office — the examination (立案) of a proposal submitted or revised,
-- the assignment (交办) of one accepted, the decision on a request for another assignment — and whether the office
-- has been reminded of it. NULL: nothing waits for the office.
ALTER TABLE proposal ADD COLUMN office_waits_since DATE;
ALTER TABLE proposal ADD COLUMN office_reminded BOOLEAN NOT NULL DEFAULT false;

-- Proposals waiting for the office already: since the day they began to, read from their own timestamps and timeline
-- in the district's time zone.
UPDATE proposal p SET office_waits_since = (GREATEST(p.submitted_at,
        COALESCE((SELECT max(e.at) FROM proposal_event e WHERE e.proposal_id = p.id AND e.kind = 'revised'), p.submitted_at))
    AT TIME ZONE 'Asia/Shanghai')::date
WHERE p.status = 'SUBMITTED';
UPDATE proposal p SET office_waits_since = (p.accepted_at AT TIME ZONE 'Asia/Shanghai')::date
WHERE p.status = 'ACCEPTED' AND p.accepted_at IS NOT NULL;
UPDATE proposal p SET office_waits_since = (SELECT (max(e.at) AT TIME ZONE 'Asia/Shanghai')::date FROM proposal_event e
                                             WHERE e.proposal_id = p.id AND e.kind = 'adjustment-requested')
WHERE p.status = 'ASSIGNED' AND p.adjustment_reason IS NOT NULL;

