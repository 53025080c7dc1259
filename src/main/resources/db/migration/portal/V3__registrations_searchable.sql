-- Registrations are searchable: an enterprise edited or moved re-indexes its registrations.
CREATE INDEX portal_registration_enterprise ON portal_registration (enterprise_id);

-- Registrations became searchable after some were made: the first start that finds no row here indexes them all
-- (RegistrationSearchRecords) and writes the row.
CREATE TABLE portal_registration_search (
    id         INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    indexed_at TIMESTAMPTZ NOT NULL
);
