-- A timeline entry's facts are its message's arguments, in the order the event gives them ("交办 {0} 主办，{1} 前答复":
-- the unit, then the day). jsonb keeps an object's keys in an order of its own (shorter keys first), so the page said
-- "交办 2026-06-02 主办，区司法局 前答复", and an answer's class showed as its round. json keeps them as written; the entries
-- written so far get their facts back in the events' order.
ALTER TABLE proposal_event ALTER COLUMN data DROP DEFAULT;
ALTER TABLE proposal_event ALTER COLUMN data TYPE json USING data::json;
ALTER TABLE proposal_event ALTER COLUMN data SET DEFAULT '{}';
UPDATE proposal_event SET data = json_strip_nulls(json_build_object('unitId', data->'unitId', 'dueOn', data->'dueOn'))
WHERE kind = 'assigned';
UPDATE proposal_event SET data = json_strip_nulls(json_build_object('fromUnitId', data->'fromUnitId', 'unitId', data->'unitId',
                                                                   'dueOn', data->'dueOn'))
WHERE kind = 'adjustment-approved';
UPDATE proposal_event SET data = json_strip_nulls(json_build_object('category', data->'category', 'round', data->'round',
                                                                   'inTime', data->'inTime'))
WHERE kind IN ('answered', 'answered-again');
UPDATE proposal_event SET data = json_strip_nulls(json_build_object('evaluation', data->'evaluation', 'category', data->'category',
                                                                   'dueOn', data->'dueOn'))
WHERE kind IN ('evaluated', 'evaluated-follow-up', 'evaluated-rehandle');
