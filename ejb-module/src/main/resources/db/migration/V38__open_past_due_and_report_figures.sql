-- Issue 11 §1 and §3.
--
-- Open cases past their due date (久调不决 risk): a count per center, mediator and court, read now from the open cases
-- (EvaluationService.openPastDue; PostgreSQL's index is V38_1). In version 1 of the indicator set with weight 0, like
-- the construction indicators of V33: shown against its range and named in outOfRange when outside it, never
-- changing a score; HQ weighs it (or widens the range) in a new version. Range 0–0: every open case past its due date
-- is a risk to look at.
INSERT INTO indicator_set_item (set_id, code, weight, range_min, range_max) VALUES
    (-1, 'OPEN_PAST_DUE', 0, 0.0000, 0.0000);

-- The figures of a published quality report, frozen with its PDF and workbook (GET /api/v1/reports/{id} "figures":
-- the JSON as generated at publication, UTF-8). Null for reports published before this version.
ALTER TABLE quality_report_snapshot ADD COLUMN figures BYTEA;
