-- Who may find a document, as its owner states it (issue 8): the permission needed to open the record and the units
-- whose subtree may open it, instead of one unit. The owners re-state every document at start-up; until then the
-- old unit stays the only unit, and each known type gets the permission its pages require, so that nothing becomes
-- findable that was not before.
ALTER TABLE search_document ADD COLUMN permission VARCHAR(60);
-- NULL: any data scope; empty: only people who see the whole district; else people whose subtree holds one of them.
ALTER TABLE search_document ADD COLUMN unit_ids BIGINT[];

UPDATE search_document
   SET unit_ids = CASE WHEN unit_id IS NULL THEN NULL ELSE ARRAY[unit_id] END,
       permission = CASE type
           WHEN 'task' THEN 'supervision:read'
           WHEN 'goal' THEN 'supervision:read'
           WHEN 'report' THEN 'reports:manage'
           WHEN 'unit' THEN 'organization:read'
           WHEN 'staff' THEN 'organization:read'
           ELSE NULL END;

DROP INDEX search_document_unit;
ALTER TABLE search_document DROP COLUMN unit_id;
