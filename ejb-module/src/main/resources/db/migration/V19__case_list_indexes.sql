-- Case lists at national scale (issue 10 §3): an index for each scope and each sort of GET /cases, each ending on
-- the id so that keyset paging (after a cursor) is a range of one index. PostgreSQL also gets the court scope's
-- expression index and the trigram indexes of the text search (db/migration-postgresql/V19_1).
CREATE INDEX case_pushed ON mediation_case (pushed_at, id);
CREATE INDEX case_center_pushed ON mediation_case (center_id, pushed_at, id);
CREATE INDEX case_mediator_pushed ON mediation_case (mediator_id, pushed_at, id);
CREATE INDEX case_status_pushed ON mediation_case (status, pushed_at, id);
CREATE INDEX case_status_id ON mediation_case (status, id);
CREATE INDEX case_acceptance_due ON mediation_case (acceptance_due_date, id);
CREATE INDEX case_mediation_due ON mediation_case (mediation_due_date, id);
CREATE INDEX case_court_case_number ON mediation_case (court_case_number, id);
-- The notices of every page (NoticeView: an organisation's or role's newest open notices) read an index range, and a
-- case's notices are found when the action they announce is done (NotificationService.resolveForCase).
CREATE INDEX notification_org_open ON notification (recipient_org, resolved, created_at);
CREATE INDEX notification_role_open ON notification (recipient_role, resolved, created_at);
CREATE INDEX notification_case ON notification (case_id);
CREATE INDEX notification_dedup ON notification (dedup_key);
