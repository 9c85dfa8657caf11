-- Early warnings for scoped roles (issue 11 §2, speed: ≤ 100 ms at 1,000,000 cases): an open deadline carries its
-- case's scope keys (CaseScope: center, mediator, court = the referring court or else the confirmation's court), so a
-- center, mediator or court reads and counts the open deadlines of its own cases from one index instead of looking
-- each case in the window up. MediationCase keeps them current (re-referral, acceptance, mediator replacement, a
-- confirmation's court); Deadline.close clears them, so only open rows carry keys. No foreign keys: copies of the
-- case's (WarningIT compares them). The indexes are PostgreSQL's partial ones (V28_1); H2 (tests) reads a few rows.
ALTER TABLE deadline ADD COLUMN center_id BIGINT;
ALTER TABLE deadline ADD COLUMN mediator_id BIGINT;
ALTER TABLE deadline ADD COLUMN court_id BIGINT;
UPDATE deadline SET
    center_id = (SELECT c.center_id FROM mediation_case c WHERE c.id = deadline.case_id),
    mediator_id = (SELECT c.mediator_id FROM mediation_case c WHERE c.id = deadline.case_id),
    court_id = (SELECT COALESCE(c.court_id, c.confirmation_court_id) FROM mediation_case c WHERE c.id = deadline.case_id)
    WHERE state = 'OPEN';
