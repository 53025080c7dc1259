-- Who may find a document, besides permission and units: accounts named by the owner's rule (a service point's staff,
-- the practitioner a case is assigned to), whose right to a record comes from a list rather than from their units.
-- NULL or empty: none.
ALTER TABLE search_document ADD COLUMN account_ids BIGINT[];
