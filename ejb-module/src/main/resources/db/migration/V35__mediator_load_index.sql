-- A mediator's current load (AcceptanceService.assignableMediators: the accept dialog shows each mediator's open
-- cases, issue 12): one grouped count over the center's mediators and the open statuses, served by this index
-- alone (index-only on PostgreSQL once vacuumed) instead of a heap read of every open case (1 M cases, the busiest
-- center's 169 mediators: 720-860 ms by case_status_acceptance_due and a filter on the mediator).
CREATE INDEX case_mediator_status ON mediation_case (mediator_id, status);
