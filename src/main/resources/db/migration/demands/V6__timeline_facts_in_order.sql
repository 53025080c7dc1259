-- A timeline entry's facts are its message's arguments, in the order the event gives them ("转办：{0} → {1}": the unit
-- that had the demand, then the one that takes it). jsonb keeps an object's keys in an order of its own (shorter keys
-- first), so the page said "转办：区发改局 → 区司法局", and an upheld arbitration named the unit that returned the demand
-- as the one taking it. json keeps them as written; the entries written so far get their facts back in the events' order
-- (those whose keys jsonb had reordered; the others' order was already the events').
ALTER TABLE demand_event ALTER COLUMN data DROP DEFAULT;
ALTER TABLE demand_event ALTER COLUMN data TYPE json USING data::json;
ALTER TABLE demand_event ALTER COLUMN data SET DEFAULT '{}';
UPDATE demand_event SET data = json_strip_nulls(json_build_object('fromUnitId', data->'fromUnitId', 'unitId', data->'unitId'))
WHERE kind IN ('transferred', 'arbitrated-upheld', 'arbitrated-kept');
UPDATE demand_event SET data = json_strip_nulls(json_build_object('unitId', data->'unitId', 'dueOn', data->'dueOn',
                                                                 'similarTo', data->'similarTo'))
WHERE kind = 'raised';
UPDATE demand_event SET data = json_strip_nulls(json_build_object('resolved', data->'resolved', 'rating', data->'rating'))
WHERE kind IN ('rated-satisfied', 'rated-basically', 'reopened');
UPDATE demand_event SET data = json_strip_nulls(json_build_object('taskId', data->'taskId', 'status', data->'status'))
WHERE kind = 'task-status';
UPDATE demand_event SET data = json_strip_nulls(json_build_object('proposalId', data->'proposalId', 'number', data->'number',
                                                                 'status', data->'status'))
WHERE kind = 'proposal-status';
