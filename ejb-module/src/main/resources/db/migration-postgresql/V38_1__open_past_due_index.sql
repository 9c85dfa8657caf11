-- PostgreSQL only (issue 11 §1, open cases past their due date, EvaluationService.openPastDue): the cases in mediation
-- or suspended by their mediation due date, with every scope key included, so that the count of those due before
-- today per center, mediator or court reads the range "due < today" of this index alone (index only), never the
-- concluded cases (the great majority at 1 M) and never the table. The predicate is written exactly as the query's.
CREATE INDEX case_open_past_due ON mediation_case (mediation_due_date)
    INCLUDE (center_id, mediator_id, court_id, confirmation_court_id)
    WHERE status IN ('IN_MEDIATION', 'SUSPENDED');
