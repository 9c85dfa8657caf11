-- Sutiao foundation schema: directory, roster, identity, calendar, cases, deadlines, audit, notifications.
-- Plain unquoted DDL that runs unchanged on H2 2.x and PostgreSQL. Instants are TIMESTAMP WITH TIME ZONE (UTC).

-- One sequence for every entity id; INCREMENT BY must equal the entities' allocationSize (50).
CREATE SEQUENCE sutiao_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE court (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(100) NOT NULL,
    level VARCHAR(12) NOT NULL,
    province VARCHAR(20) NOT NULL,
    city VARCHAR(40),
    parent_code VARCHAR(20),
    case_no_prefix VARCHAR(20)
);

CREATE TABLE mediation_center (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(30) NOT NULL UNIQUE,
    name VARCHAR(120) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    province VARCHAR(20) NOT NULL,
    industry VARCHAR(40),
    parent_code VARCHAR(30),
    address VARCHAR(200),
    phone VARCHAR(40)
);

CREATE TABLE mediator (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(20) NOT NULL UNIQUE,
    name VARCHAR(60) NOT NULL,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    employment VARCHAR(10) NOT NULL,
    specialties VARCHAR(200),
    languages VARCHAR(100),
    profession VARCHAR(40),
    years_experience INTEGER NOT NULL,
    certified BOOLEAN NOT NULL,
    status VARCHAR(10) NOT NULL
);
CREATE INDEX mediator_center_status ON mediator (center_id, status);

CREATE TABLE user_account (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    username VARCHAR(64) NOT NULL UNIQUE,
    password_hash VARCHAR(300) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    role VARCHAR(20) NOT NULL,
    org_code VARCHAR(30),
    ref_id VARCHAR(30),
    active BOOLEAN NOT NULL
);

CREATE TABLE calendar_year (
    notice_year INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    source VARCHAR(200) NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by VARCHAR(64) NOT NULL
);

CREATE TABLE calendar_day (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    cal_date DATE NOT NULL UNIQUE,
    kind VARCHAR(10) NOT NULL,
    name VARCHAR(40) NOT NULL,
    notice_year INTEGER NOT NULL REFERENCES calendar_year (notice_year)
);

-- Mediation period per referral kind, with its legal basis (notice 法办〔2024〕623号 §4(4)3: 30 days for both).
CREATE TABLE mediation_period_rule (
    referral_kind VARCHAR(10) PRIMARY KEY,
    version BIGINT NOT NULL,
    calendar_days INTEGER NOT NULL,
    legal_basis VARCHAR(200) NOT NULL
);
INSERT INTO mediation_period_rule (referral_kind, version, calendar_days, legal_basis)
VALUES ('DELEGATED', 1, 30, '法办〔2024〕623号 §4(4)3'), ('ENTRUSTED', 1, 30, '法办〔2024〕623号 §4(4)3');

CREATE TABLE mediation_case (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_number VARCHAR(30) UNIQUE,
    source VARCHAR(20) NOT NULL,
    referral_kind VARCHAR(10),
    court_id BIGINT REFERENCES court (id),
    court_case_number VARCHAR(60),
    idempotency_key VARCHAR(100),
    cause_of_action VARCHAR(60) NOT NULL,
    dispute_type VARCHAR(30),
    claim_amount NUMERIC(19, 2),
    claim_currency VARCHAR(3),
    facts VARCHAR(4000),
    consent_recorded_at TIMESTAMP WITH TIME ZONE,
    status VARCHAR(24) NOT NULL,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    mediator_id BIGINT REFERENCES mediator (id),
    pushed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_due_date DATE,
    acceptance_due_provisional BOOLEAN NOT NULL,
    acceptance_overdue BOOLEAN NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    mediation_due_date DATE,
    mediation_due_provisional BOOLEAN NOT NULL,
    -- a court's case number, and a court's idempotency key, identify one case: retries never duplicate it
    CONSTRAINT case_court_number_uq UNIQUE (court_id, court_case_number),
    CONSTRAINT case_court_idempotency_uq UNIQUE (court_id, idempotency_key)
);
CREATE INDEX case_center_status ON mediation_case (center_id, status, acceptance_due_date);
CREATE INDEX case_mediator ON mediation_case (mediator_id);
CREATE INDEX case_status ON mediation_case (status);

CREATE TABLE party (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    seq INTEGER NOT NULL,
    role VARCHAR(12) NOT NULL,
    type VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    country VARCHAR(2),
    credit_code VARCHAR(18),
    foreign_registration_no VARCHAR(60),
    id_type VARCHAR(12),
    id_number VARCHAR(40),
    legal_representative VARCHAR(100),
    address VARCHAR(300),
    phone VARCHAR(40),
    email VARCHAR(200),
    agent_name VARCHAR(100),
    agent_phone VARCHAR(40),
    litigation_position VARCHAR(40),
    external_ref VARCHAR(30)
);
CREATE INDEX party_case ON party (case_id);
CREATE INDEX party_credit_code ON party (credit_code);
CREATE INDEX party_external_ref ON party (external_ref);

CREATE TABLE claim (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    seq INTEGER NOT NULL,
    claim_text VARCHAR(2000) NOT NULL,
    amount NUMERIC(19, 2),
    currency VARCHAR(3)
);
CREATE INDEX claim_case ON claim (case_id);

CREATE TABLE material (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    file_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL
);
CREATE INDEX material_case ON material (case_id);

CREATE TABLE material_content (
    id BIGINT PRIMARY KEY,
    material_id BIGINT NOT NULL UNIQUE REFERENCES material (id),
    content BYTEA NOT NULL
);

CREATE TABLE case_event (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    type VARCHAR(40) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    actor_name VARCHAR(120) NOT NULL,
    detail VARCHAR(2000)
);
CREATE INDEX case_event_case ON case_event (case_id, occurred_at);

CREATE TABLE case_offer (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    seq INTEGER NOT NULL,
    center_id BIGINT NOT NULL REFERENCES mediation_center (id),
    offered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_due_date DATE NOT NULL,
    outcome VARCHAR(10) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE,
    decided_by VARCHAR(64),
    decline_code VARCHAR(24),
    decline_reason VARCHAR(2000)
);
CREATE INDEX case_offer_case ON case_offer (case_id);
CREATE INDEX case_offer_center ON case_offer (center_id);

-- Scanned by the deadline timer: one indexed range query on (state, due_at).
CREATE TABLE deadline (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    kind VARCHAR(24) NOT NULL,
    due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date DATE NOT NULL,
    provisional BOOLEAN NOT NULL,
    state VARCHAR(10) NOT NULL,
    handled_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX deadline_scan ON deadline (state, due_at);
CREATE INDEX deadline_case ON deadline (case_id);

CREATE TABLE audit_entry (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    username VARCHAR(64) NOT NULL,
    action VARCHAR(40) NOT NULL,
    case_id BIGINT,
    detail VARCHAR(500)
);
CREATE INDEX audit_case ON audit_entry (case_id);

CREATE TABLE notification (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    recipient_org VARCHAR(30),
    recipient_role VARCHAR(20),
    case_id BIGINT,
    message_key VARCHAR(80) NOT NULL,
    message_args VARCHAR(500),
    dedup_key VARCHAR(120),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved BOOLEAN NOT NULL
);
CREATE INDEX notification_org ON notification (recipient_org, resolved);
CREATE INDEX notification_role ON notification (recipient_role, resolved);
