-- Issue 11 §1–§2: HQ evaluation. Party satisfaction, the per-case indicator facts, the summaries the evaluation
-- queries read (never the cases), and the versioned indicator set. docs/EVALUATION.md explains every column.

-- One rating per party of a concluded case (issue 11 §1); the unique key makes a concurrent second rating a 409.
CREATE TABLE case_satisfaction (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    score INTEGER NOT NULL,
    remark VARCHAR(1000),
    rated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_satisfaction_once UNIQUE (case_id, party_id)
);
-- the fold finds the cases rated since its last run (a rating writes no timeline event)
CREATE INDEX case_satisfaction_rated ON case_satisfaction (rated_at);

-- What one case contributes to one subject (C = center, M = mediator) in one month (the first day of a Beijing
-- month), recomputed from the case whenever it changes (EvaluationFolder). duration_days: the case's duration when
-- it concluded in this month at this subject, for the median's histogram.
CREATE TABLE eval_case_fact (
    case_id BIGINT NOT NULL,
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_month DATE NOT NULL,
    received_delegated BIGINT DEFAULT 0 NOT NULL,
    received_entrusted BIGINT DEFAULT 0 NOT NULL,
    received_direct BIGINT DEFAULT 0 NOT NULL,
    accepted BIGINT DEFAULT 0 NOT NULL,
    accepted_on_time BIGINT DEFAULT 0 NOT NULL,
    declined BIGINT DEFAULT 0 NOT NULL,
    declined_outside_scope BIGINT DEFAULT 0 NOT NULL,
    declined_beyond_expertise BIGINT DEFAULT 0 NOT NULL,
    declined_conflict_of_interest BIGINT DEFAULT 0 NOT NULL,
    declined_no_capacity BIGINT DEFAULT 0 NOT NULL,
    declined_other BIGINT DEFAULT 0 NOT NULL,
    re_referred BIGINT DEFAULT 0 NOT NULL,
    concluded BIGINT DEFAULT 0 NOT NULL,
    settled_full BIGINT DEFAULT 0 NOT NULL,
    settled_partial BIGINT DEFAULT 0 NOT NULL,
    failed BIGINT DEFAULT 0 NOT NULL,
    withdrawn BIGINT DEFAULT 0 NOT NULL,
    consent_refused BIGINT DEFAULT 0 NOT NULL,
    duration_sum BIGINT DEFAULT 0 NOT NULL,
    duration_count BIGINT DEFAULT 0 NOT NULL,
    beyond_30_days BIGINT DEFAULT 0 NOT NULL,
    confirmations_applied BIGINT DEFAULT 0 NOT NULL,
    confirmations_valid BIGINT DEFAULT 0 NOT NULL,
    confirmations_rejected BIGINT DEFAULT 0 NOT NULL,
    mediation_documents BIGINT DEFAULT 0 NOT NULL,
    obligations_due BIGINT DEFAULT 0 NOT NULL,
    obligations_performed_on_time BIGINT DEFAULT 0 NOT NULL,
    satisfaction_sum BIGINT DEFAULT 0 NOT NULL,
    satisfaction_count BIGINT DEFAULT 0 NOT NULL,
    duration_days INTEGER,
    PRIMARY KEY (case_id, subject, subject_id, period_month)
);
-- the fold rebuilds one summary row from the facts of its key
CREATE INDEX eval_case_fact_key ON eval_case_fact (subject, subject_id, period_month);

-- The sum of the facts per subject and month: what the evaluation queries read (72 centers x 12 months = 864 rows
-- for a national year).
CREATE TABLE eval_summary (
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_month DATE NOT NULL,
    received_delegated BIGINT DEFAULT 0 NOT NULL,
    received_entrusted BIGINT DEFAULT 0 NOT NULL,
    received_direct BIGINT DEFAULT 0 NOT NULL,
    accepted BIGINT DEFAULT 0 NOT NULL,
    accepted_on_time BIGINT DEFAULT 0 NOT NULL,
    declined BIGINT DEFAULT 0 NOT NULL,
    declined_outside_scope BIGINT DEFAULT 0 NOT NULL,
    declined_beyond_expertise BIGINT DEFAULT 0 NOT NULL,
    declined_conflict_of_interest BIGINT DEFAULT 0 NOT NULL,
    declined_no_capacity BIGINT DEFAULT 0 NOT NULL,
    declined_other BIGINT DEFAULT 0 NOT NULL,
    re_referred BIGINT DEFAULT 0 NOT NULL,
    concluded BIGINT DEFAULT 0 NOT NULL,
    settled_full BIGINT DEFAULT 0 NOT NULL,
    settled_partial BIGINT DEFAULT 0 NOT NULL,
    failed BIGINT DEFAULT 0 NOT NULL,
    withdrawn BIGINT DEFAULT 0 NOT NULL,
    consent_refused BIGINT DEFAULT 0 NOT NULL,
    duration_sum BIGINT DEFAULT 0 NOT NULL,
    duration_count BIGINT DEFAULT 0 NOT NULL,
    beyond_30_days BIGINT DEFAULT 0 NOT NULL,
    confirmations_applied BIGINT DEFAULT 0 NOT NULL,
    confirmations_valid BIGINT DEFAULT 0 NOT NULL,
    confirmations_rejected BIGINT DEFAULT 0 NOT NULL,
    mediation_documents BIGINT DEFAULT 0 NOT NULL,
    obligations_due BIGINT DEFAULT 0 NOT NULL,
    obligations_performed_on_time BIGINT DEFAULT 0 NOT NULL,
    satisfaction_sum BIGINT DEFAULT 0 NOT NULL,
    satisfaction_count BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (subject, period_month, subject_id)
);

-- One subject's months (a center's or a center's mediators' figures: nested loops from the subjects, index only).
CREATE INDEX eval_summary_subject ON eval_summary (subject, subject_id, period_month);

-- Concluded cases per subject, month and duration in days: the exact median of any range of months.
CREATE TABLE eval_duration (
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_month DATE NOT NULL,
    days INTEGER NOT NULL,
    cases BIGINT NOT NULL,
    PRIMARY KEY (subject, period_month, subject_id, days)
);
CREATE INDEX eval_duration_subject ON eval_duration (subject, subject_id, period_month, days, cases);

-- The fold's watermark: events that occurred after folded_through minus a margin are folded next (one row, locked by
-- the fold so two nodes never fold at once).
CREATE TABLE eval_fold_state (
    id INTEGER PRIMARY KEY,
    folded_through TIMESTAMP WITH TIME ZONE NOT NULL,
    recomputed_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO eval_fold_state (id, folded_through) VALUES (1, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
-- the fold finds changed cases by the time of their events
CREATE INDEX case_event_occurred ON case_event (occurred_at);

-- The indicator set, one row per version (issue 11 §1): grade thresholds in points of 100, effective from a date.
CREATE TABLE indicator_set (
    id BIGINT PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    effective_from DATE NOT NULL UNIQUE,
    excellent_from INTEGER NOT NULL,
    good_from INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64) NOT NULL
);
CREATE TABLE indicator_set_item (
    set_id BIGINT NOT NULL REFERENCES indicator_set (id),
    code VARCHAR(40) NOT NULL,
    weight INTEGER NOT NULL,
    range_min NUMERIC(12,4) NOT NULL,
    range_max NUMERIC(12,4) NOT NULL,
    PRIMARY KEY (set_id, code)
);
INSERT INTO indicator_set (id, version, effective_from, excellent_from, good_from, created_at, created_by)
VALUES (-1, 1, DATE '2000-01-01', 90, 70, TIMESTAMP WITH TIME ZONE '2026-12-07 00:00:00+00', 'system');
INSERT INTO indicator_set_item (set_id, code, weight, range_min, range_max) VALUES
    (-1, 'ACCEPTED_ON_TIME_RATE', 20, 0.9000, 1.0000),
    (-1, 'SUCCESS_RATE', 20, 0.3000, 0.9500),
    (-1, 'MEDIAN_DURATION_DAYS', 10, 0.0000, 30.0000),
    (-1, 'BEYOND_30_DAYS_RATE', 15, 0.0000, 0.2000),
    (-1, 'CONFIRMATION_VALID_RATE', 10, 0.8000, 1.0000),
    (-1, 'PERFORMED_ON_TIME_RATE', 15, 0.7000, 1.0000),
    (-1, 'SATISFACTION_MEAN', 10, 3.5000, 5.0000);
