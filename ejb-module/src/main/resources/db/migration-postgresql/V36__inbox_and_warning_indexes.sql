-- PostgreSQL only (issue 10 §2, measured on the 1 M-case benchmark database, docs/SCALE-NOTES.md "Indexes found by
-- the 1 M run"): the plans that the benchmark of 2026-12-07 19:47 UTC showed scanning.

-- The court's inbox items decided by status (declined referrals, lapsed acceptances), soonest due first: the court
-- scope expression of CaseScope with the inbox's order, over the few cases in those two statuses
-- (before: Index Scan using case_acceptance_due filtering 961,315 rows, 5,955 ms; after: 1.1 ms).
CREATE INDEX case_scope_court_inbox ON mediation_case ((COALESCE(court_id, confirmation_court_id)), acceptance_due_date, id)
    WHERE status IN ('DECLINED', 'PENDING_ACCEPTANCE');

-- A court's cases in given statuses (the inbox's records items; the clerk's list filtered by status, newest first)
-- (before: BitmapAnd of two 26-29 k row bitmaps, 92 ms cold; after: 753 rows from one index).
CREATE INDEX case_scope_court_status ON mediation_case ((COALESCE(court_id, confirmation_court_id)), status, pushed_at, id);

-- The confirmation-window warning: settled cases a judicial confirmation may still be applied for, joined to their
-- agreements by effective date, both read from the index alone (before: 198 ms cold; after: 3.7 ms).
CREATE INDEX case_settled_confirmable ON mediation_case (id) WHERE status = 'SETTLED' AND referral_kind <> 'ENTRUSTED';
CREATE INDEX agreement_effective_case ON agreement (status, effective_on) INCLUDE (case_id, id);
DROP INDEX agreement_status_effective;

-- The evaluation folder's changed cases since its last fold, read from the index alone (before: 411 ms for the
-- 11,981 events of one minute of deadline handling; after: 6.7 ms).
CREATE INDEX case_event_occurred_case ON case_event (occurred_at, case_id);
DROP INDEX case_event_occurred;

-- Open deadlines change state all day (the timer closes them) and the warnings count them from the index alone:
-- keep their visibility map fresh (after 12,507 deadlines handled: 2,002 heap fetches and 123 ms for a count of
-- 1,001; after a vacuum: none, 1.2 ms).
ALTER TABLE deadline SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE agreement SET (autovacuum_vacuum_scale_factor = 0.05);
