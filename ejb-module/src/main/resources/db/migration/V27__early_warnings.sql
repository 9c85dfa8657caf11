-- Early warnings (预警, issue 11 §2): HQ's thresholds per kind, in the unit of the period each watches (WarningKind:
-- working days for acceptance, consent and the failure report; calendar days for the others), and the indexes that
-- keep every warning query to the few rows inside a threshold's window at 1,000,000 cases.
CREATE TABLE warning_threshold (
    kind VARCHAR(24) PRIMARY KEY,
    version BIGINT NOT NULL,
    days INTEGER NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64) NOT NULL
);
INSERT INTO warning_threshold (kind, version, days, updated_at, updated_by) VALUES
    ('ACCEPTANCE', 1, 1, CURRENT_TIMESTAMP, 'system'),
    ('RESPONDENT_CONSENT', 1, 1, CURRENT_TIMESTAMP, 'system'),
    ('MEDIATION', 1, 5, CURRENT_TIMESTAMP, 'system'),
    ('FAILURE_REPORT', 1, 1, CURRENT_TIMESTAMP, 'system'),
    ('CONFIRMATION_WINDOW', 1, 5, CURRENT_TIMESTAMP, 'system'),
    ('CONFIRMATION_REVIEW', 1, 5, CURRENT_TIMESTAMP, 'system'),
    ('STALLED', 1, 20, CURRENT_TIMESTAMP, 'system');

-- Open deadlines of a kind up to a due date, in the order of urgency (WarningService: one range per kind, read
-- until a page is full).
CREATE INDEX deadline_open_kind_due ON deadline (state, kind, due_date, case_id, id);
-- 久调不决 risk: cases in mediation accepted before a day, oldest first.
CREATE INDEX case_status_accepted ON mediation_case (status, accepted_at, id);
-- Confirmation windows: effective agreements by the day they took effect.
CREATE INDEX agreement_status_effective ON agreement (status, effective_on, case_id);
