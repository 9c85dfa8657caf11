-- Fee schedules and case fees (notice 法办〔2024〕623号 §5(4): fees are public before any fee is charged; government
-- subsidies are recorded). V3 is left to the roster migration. Plain DDL for H2 2.x and PostgreSQL; money is
-- NUMERIC(19, 2) in major units with its ISO 4217 currency.

-- A published schedule is never updated: a new version (version_no + 1 per center and currency) supersedes it.
-- In force on a date: the highest effective_from on or before that date, the highest version_no on a tie.
CREATE TABLE fee_schedule (
    id BIGINT PRIMARY KEY,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    currency VARCHAR(3) NOT NULL,
    version_no INTEGER NOT NULL,
    basis VARCHAR(16) NOT NULL,
    effective_from DATE NOT NULL,
    minimum_fee NUMERIC(19, 2) NOT NULL,
    hourly_rate NUMERIC(19, 2),
    notes VARCHAR(500),
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(64) NOT NULL,
    CONSTRAINT fee_schedule_version_uq UNIQUE (center_id, currency, version_no),
    CONSTRAINT fee_schedule_basis_ck CHECK (basis IN ('AMOUNT_BRACKETS', 'MEDIATOR_HOURS')),
    CONSTRAINT fee_schedule_hourly_ck CHECK (basis <> 'MEDIATOR_HOURS' OR hourly_rate IS NOT NULL)
);
CREATE INDEX fee_schedule_in_force ON fee_schedule (center_id, currency, effective_from);

-- Progressive brackets: the part of the claim amount within [lower_bound, upper_bound) is charged at rate_percent;
-- upper_bound NULL = open (only the last one).
CREATE TABLE fee_bracket (
    schedule_id BIGINT NOT NULL REFERENCES fee_schedule (id),
    seq INTEGER NOT NULL,
    lower_bound NUMERIC(19, 2) NOT NULL,
    upper_bound NUMERIC(19, 2),
    rate_percent NUMERIC(7, 4) NOT NULL,
    PRIMARY KEY (schedule_id, seq)
);

-- The fee of an accepted case, computed from the schedule in force on its acceptance date; at most one per case.
CREATE TABLE case_fee (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_case (id),
    schedule_id BIGINT NOT NULL REFERENCES fee_schedule (id),
    basis VARCHAR(16) NOT NULL,
    claim_base NUMERIC(19, 2) NOT NULL,
    hours NUMERIC(7, 2),
    amount NUMERIC(19, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    accepted_on DATE NOT NULL,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each party's share of a case fee; the shares always add up exactly to the fee.
CREATE TABLE case_fee_share (
    id BIGINT PRIMARY KEY,
    case_fee_id BIGINT NOT NULL REFERENCES case_fee (id),
    seq INTEGER NOT NULL,
    party_id BIGINT NOT NULL REFERENCES party (id),
    amount NUMERIC(19, 2) NOT NULL,
    status VARCHAR(8) NOT NULL,
    paid_on DATE,
    CONSTRAINT case_fee_share_party_uq UNIQUE (case_fee_id, party_id),
    CONSTRAINT case_fee_share_status_ck CHECK (status IN ('UNPAID', 'PAID', 'WAIVED'))
);

-- Government subsidies per case, for statistics (notice §5(4)); recorded, never edited.
CREATE TABLE case_subsidy (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    amount NUMERIC(19, 2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    source VARCHAR(200) NOT NULL,
    granted_on DATE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_subsidy_case ON case_subsidy (case_id);
CREATE INDEX case_subsidy_granted ON case_subsidy (granted_on);
