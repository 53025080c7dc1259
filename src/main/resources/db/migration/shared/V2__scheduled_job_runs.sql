-- Scheduled jobs run once per period however many instances are up: the first instance to insert the
-- (job, period) row runs the job inside that transaction; the others find the row and skip. A failed run rolls
-- its row back, so the next attempt (on any instance) runs it again.
CREATE TABLE scheduled_job_run (
    job         VARCHAR(100) NOT NULL,
    period      VARCHAR(50) NOT NULL,
    instance    VARCHAR(200) NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    finished_at TIMESTAMPTZ,
    summary     TEXT,
    PRIMARY KEY (job, period)
);
