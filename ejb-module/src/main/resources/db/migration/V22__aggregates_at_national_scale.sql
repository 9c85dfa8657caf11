-- Issue 10: the aggregates HQ and the metrics see, cheap at 1,000,000 cases.

-- The metrics' overdue acceptances (status = PENDING_ACCEPTANCE and acceptance_due_date < …) and the cases per
-- status, both counted from this index alone (index-only scans). It serves every query case_status served (its
-- first column), so that index goes.
CREATE INDEX case_status_acceptance_due ON mediation_case (status, acceptance_due_date);
DROP INDEX case_status;

-- Subsidy statistics per center, year and currency (CaseSubsidy.STATISTICS_SQL) grouped on case_subsidy alone: it
-- keeps a copy of its case's center (moved with the case when a court refers it again), so the statistics never
-- join the subsidies to a million cases (at 1 M cases: one scan of 95,000 subsidy rows, 1,361 pages, hashed into
-- 72 groups; no index helps a scan of the whole table).
ALTER TABLE case_subsidy ADD COLUMN center_id BIGINT REFERENCES mediation_center (id);
UPDATE case_subsidy SET center_id = (SELECT c.center_id FROM mediation_case c WHERE c.id = case_subsidy.case_id);
ALTER TABLE case_subsidy ALTER COLUMN center_id SET NOT NULL;
