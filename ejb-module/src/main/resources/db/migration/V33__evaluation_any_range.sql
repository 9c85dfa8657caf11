-- Issue 11 §1–§2: the evaluation of any date range, by court too, with more counters, and commendations of centers.
--
-- Any date range, not only whole months. A period is read from the monthly summaries
-- for its whole months plus daily summaries for the partial months at its edges (at most two runs of < 31 days), so
-- every query stays on summary rows (docs/EVALUATION.md "How the figures are kept").
--
-- The per-case facts are now kept per Beijing day (period_day; period_month is its month, for rebuilding a monthly
-- row). The facts are a pure function of the cases, so the table is rebuilt rather than converted: the fold state
-- is marked "never computed" and the evaluation timer recomputes every fact and summary at its first run.
-- Subjects: C center, M mediator, and now K court (the case's referring court, or for a direct application the court
-- its confirmation went to: the court key of CaseScope, so a court's figures are exactly the cases it may read).
DROP TABLE eval_case_fact;
CREATE TABLE eval_case_fact (
    case_id BIGINT NOT NULL,
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_day DATE NOT NULL,
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
    acceptance_days_sum BIGINT DEFAULT 0 NOT NULL,
    failed_period_expired BIGINT DEFAULT 0 NOT NULL,
    failed_party_unreachable BIGINT DEFAULT 0 NOT NULL,
    failed_party_refused BIGINT DEFAULT 0 NOT NULL,
    failed_refused_to_sign BIGINT DEFAULT 0 NOT NULL,
    failed_other BIGINT DEFAULT 0 NOT NULL,
    failure_reports_due BIGINT DEFAULT 0 NOT NULL,
    failure_reports_on_time BIGINT DEFAULT 0 NOT NULL,
    duration_days INTEGER,
    PRIMARY KEY (case_id, subject, subject_id, period_day)
);
-- the fold rebuilds one monthly summary row from the facts of its month, one daily row from the facts of its day
CREATE INDEX eval_case_fact_key ON eval_case_fact (subject, subject_id, period_month);
CREATE INDEX eval_case_fact_day ON eval_case_fact (subject, subject_id, period_day);

-- The sum of the facts per subject and day: only the partial months at a range's edges are read from here.
CREATE TABLE eval_daily (
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_day DATE NOT NULL,
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
    acceptance_days_sum BIGINT DEFAULT 0 NOT NULL,
    failed_period_expired BIGINT DEFAULT 0 NOT NULL,
    failed_party_unreachable BIGINT DEFAULT 0 NOT NULL,
    failed_party_refused BIGINT DEFAULT 0 NOT NULL,
    failed_refused_to_sign BIGINT DEFAULT 0 NOT NULL,
    failed_other BIGINT DEFAULT 0 NOT NULL,
    failure_reports_due BIGINT DEFAULT 0 NOT NULL,
    failure_reports_on_time BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (subject, period_day, subject_id)
);
CREATE INDEX eval_daily_subject ON eval_daily (subject, subject_id, period_day);

-- Concluded cases per subject, day and duration: the exact median over the edge days.
CREATE TABLE eval_duration_daily (
    subject CHAR(1) NOT NULL,
    subject_id BIGINT NOT NULL,
    period_day DATE NOT NULL,
    days INTEGER NOT NULL,
    cases BIGINT NOT NULL,
    PRIMARY KEY (subject, period_day, subject_id, days)
);
CREATE INDEX eval_duration_daily_subject ON eval_duration_daily (subject, subject_id, period_day, days, cases);

DELETE FROM eval_duration;
DELETE FROM eval_summary;
-- New counters (issue 11 §1–§2): acceptance time, failures by reason, failure reports due and on time.
ALTER TABLE eval_summary ADD COLUMN acceptance_days_sum BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failed_period_expired BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failed_party_unreachable BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failed_party_refused BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failed_refused_to_sign BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failed_other BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failure_reports_due BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eval_summary ADD COLUMN failure_reports_on_time BIGINT DEFAULT 0 NOT NULL;
UPDATE eval_fold_state SET recomputed_at = NULL, folded_through = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00';

-- Commendations (and sanctions) of a center (issue 11 §2; notice 法办〔2024〕623号 §5(3): outstanding centers get
-- positive incentives), as mediator_merit keeps them for mediators.
CREATE TABLE center_merit (
    id BIGINT PRIMARY KEY,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    kind VARCHAR(12) NOT NULL,
    occurred_on DATE NOT NULL,
    reason VARCHAR(500) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL
);
CREATE INDEX center_merit_center ON center_merit (center_id, occurred_on);

-- More indicators with a reference range (issue 11 §1). Added to version 1 with weight 0: shown against the range
-- (and listed in outOfRange when outside it) but not scored, so no past score changes; HQ weighs them in a new version.
INSERT INTO indicator_set_item (set_id, code, weight, range_min, range_max) VALUES
    (-1, 'MEAN_ACCEPTANCE_DAYS', 0, 0.0000, 5.0000),
    (-1, 'FAILURE_REPORT_ON_TIME_RATE', 0, 0.9000, 1.0000),
    -- center construction, read from the roster (venues, valid certificates, training hours per mediator)
    (-1, 'VENUES', 0, 1.0000, 99999999.0000),
    (-1, 'CERTIFICATE_VALID_RATE', 0, 0.9000, 1.0000),
    (-1, 'TRAINING_HOURS_MEAN', 0, 24.0000, 99999999.0000);
