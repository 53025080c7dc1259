-- A task finished (closed or cancelled) while an extension waited withdraws it: nobody decides it any more, and the
-- request keeps its history rather than disappearing.
ALTER TABLE extension_request DROP CONSTRAINT IF EXISTS extension_request_status_check;
ALTER TABLE extension_request ADD CONSTRAINT extension_request_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
