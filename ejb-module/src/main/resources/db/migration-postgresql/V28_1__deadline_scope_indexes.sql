-- PostgreSQL only: the open deadlines of one center, mediator or court by kind in due-date order (WarningService: a
-- page reads the first rows of the range, a count at most 1,001 entries of it, index only). Partial on the key being
-- set, which only open rows are (Deadline.close clears it): ~100,000 of 5.4 M rows at 1 M cases. The predicate is
-- implied by any "key = $1", so a prepared statement's generic plan uses them too (a state = 'OPEN' predicate would
-- not match a bound state).
CREATE INDEX deadline_open_center ON deadline (center_id, kind, due_date, case_id, id) WHERE center_id IS NOT NULL;
CREATE INDEX deadline_open_mediator ON deadline (mediator_id, kind, due_date, case_id, id) WHERE mediator_id IS NOT NULL;
CREATE INDEX deadline_open_court ON deadline (court_id, kind, due_date, case_id, id) WHERE court_id IS NOT NULL;
-- Confirmation windows (no deadline row): the settled cases with what the window's query filters on and every scope
-- key, so the effective agreements of a window join them from this index alone (index-only, hash join) instead of
-- one case lookup per agreement (HQ's count at 1 M: 28–87 ms before, 11–16 ms after; docs/SCALE-NOTES.md).
CREATE INDEX case_status_window ON mediation_case (status, id)
    INCLUDE (referral_kind, center_id, mediator_id, court_id, confirmation_court_id);
