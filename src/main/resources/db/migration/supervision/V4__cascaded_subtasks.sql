-- 层层分解: a lead unit breaks its own task down for its offices (or, a department, for the towns) and issues, follows
-- and closes those subtasks itself. Such a subtask is issued by the parent's lead unit rather than by an office that
-- manages supervision; it stays so when the parent is later reassigned.
ALTER TABLE task ADD COLUMN cascaded BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE task ADD CONSTRAINT task_cascaded_is_subtask CHECK (NOT cascaded OR parent_id IS NOT NULL);
