-- A center keeps a read-only view of the cases it declined or let lapse (issue 12 "Flow"; CaseScope.formerCondition):
-- its list section 已拒绝/已转出 is a branch of its own over the center's offers, served by this index (the center's
-- decided offers by outcome, with the case ids, read from the index alone); it replaces the index on center_id alone,
-- whose every use it serves as well.
CREATE INDEX case_offer_center_outcome ON case_offer (center_id, outcome, case_id);
DROP INDEX case_offer_center;
