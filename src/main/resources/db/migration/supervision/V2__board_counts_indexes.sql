-- The district board counts every top-level task by lead unit, status and light, and the goal list (also on the board,
-- for its filter) by goal, on each request. A task's row is wide (content, progress text, targets) while these counts
-- read a few fixed-size columns. Each index holds exactly the columns of one count as its key, so that the count is an
-- index-only scan in key order, and tasks with the same key share one index entry (deduplication): about 0.7 and 1.2 MB
-- for 90,000 top-level tasks against a 74 MB table, small enough that the planner keeps choosing them as they grow.
-- Tags are left out on purpose: a task may carry ten tags of a hundred characters, more than an index entry can hold.
CREATE INDEX task_count_by_unit ON task (lead_unit_id, status, light) WHERE parent_id IS NULL;
CREATE INDEX task_count_by_goal ON task (goal_id, status, light, percent) WHERE parent_id IS NULL;

-- An index-only scan still reads the table for rows on pages changed since the last vacuum, and progress reports change
-- tasks all day. Vacuum task once 2 % of its rows have changed rather than the default 20 %, so that the visibility map
-- stays nearly current; a vacuum skips the pages nobody changed, so running it more often costs little.
ALTER TABLE task SET (autovacuum_vacuum_scale_factor = 0.02);
