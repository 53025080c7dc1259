-- A task may come from a key project's blocking problem (卡点): source PROJECT, source_ref the project's id. (V7: main holds V6, the goal bound to an indicator.)
ALTER TABLE task DROP CONSTRAINT task_source_check;
ALTER TABLE task ADD CONSTRAINT task_source_check CHECK (source IN ('REPORT', 'INSTRUCTION', 'DEMAND', 'MANUAL', 'IMPORT', 'PROJECT'));
ALTER TABLE goal DROP CONSTRAINT goal_source_check;
ALTER TABLE goal ADD CONSTRAINT goal_source_check CHECK (source IN ('REPORT', 'INSTRUCTION', 'DEMAND', 'MANUAL', 'IMPORT', 'PROJECT'));
