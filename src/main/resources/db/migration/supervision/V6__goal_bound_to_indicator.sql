-- A goal measured by one of the district's economic indicators for one place (the district or a town): the goal then
-- takes its light from the figures, not from its tasks. Codes, not ids: the indicators and places belong to the
-- economy module and the organization, and are read through their facades.
ALTER TABLE goal
    ADD COLUMN bound_indicator text CHECK (bound_indicator ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    ADD COLUMN bound_place     text CHECK (bound_place ~ '^[0-9]{6}([0-9]{3})?$'),
    ADD CONSTRAINT goal_binding_whole CHECK ((bound_indicator IS NULL) = (bound_place IS NULL));
