-- The CPPCC proposal a demand was raised into (by id and number, as the proposals module names it) and its status as
-- that module last announced it.
ALTER TABLE demand ADD COLUMN proposal_id BIGINT;
ALTER TABLE demand ADD COLUMN proposal_number VARCHAR(20);
ALTER TABLE demand ADD COLUMN proposal_status VARCHAR(30);
