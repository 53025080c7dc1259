-- The next 序号 of a goal's top-level task is max(seq) among tasks without a parent. The index (goal_id, parent_id, seq)
-- cannot give that maximum in order (PostgreSQL does not treat "parent_id IS NULL" as an equality for ordering), so each
-- new task read every top-level task of its goal, and an import of 5,000 rows into one goal became quadratic.
CREATE INDEX task_top_level_seq ON task (goal_id, seq) WHERE parent_id IS NULL;
