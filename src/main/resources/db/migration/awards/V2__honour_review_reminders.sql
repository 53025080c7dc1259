-- The review date an honour's re-review reminder was last sent for: one reminder per review date, across instances.
ALTER TABLE award_honour ADD COLUMN review_reminded_for date;
