-- The mediator's workspace: disclosure, suspension for appraisal, extension with every party's consent, the end of
-- mediation (failure, withdrawal) and the failure report to the court (notice 法办〔2024〕623号 §4(4)2-3;
-- 在线调解规则 Art. 13, 21, 25; 特邀调解规定 Art. 15).

ALTER TABLE mediation_case ADD COLUMN failure_reason_code VARCHAR(20);
ALTER TABLE mediation_case ADD COLUMN failure_reason VARCHAR(2000);
ALTER TABLE mediation_case ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mediation_case ADD COLUMN replacement_needed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE mediator_disclosure (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    mediator_id BIGINT NOT NULL REFERENCES mediator (id),
    has_conflict BOOLEAN NOT NULL,
    details VARCHAR(2000),
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mediator_disclosure_case ON mediator_disclosure (case_id);

CREATE TABLE disclosure_answer (
    id BIGINT PRIMARY KEY,
    disclosure_id BIGINT NOT NULL REFERENCES mediator_disclosure (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    agree BOOLEAN NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disclosure_answer_once UNIQUE (disclosure_id, party_id)
);

CREATE TABLE case_suspension (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    institution VARCHAR(200) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_suspension_case ON case_suspension (case_id);

CREATE TABLE case_extension (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    new_due_date DATE NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    status VARCHAR(10) NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_extension_case ON case_extension (case_id);

CREATE TABLE extension_consent (
    id BIGINT PRIMARY KEY,
    extension_id BIGINT NOT NULL REFERENCES case_extension (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    written BOOLEAN NOT NULL,
    material_id BIGINT REFERENCES material (id),
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    CONSTRAINT extension_consent_once UNIQUE (extension_id, party_id)
);

CREATE TABLE failure_report (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_case (id),
    basic_situation VARCHAR(4000) NOT NULL,
    failure_reasons VARCHAR(4000) NOT NULL,
    notes_for_court VARCHAR(4000) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by VARCHAR(64) NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(64),
    court_action VARCHAR(20),
    filed_case_number VARCHAR(60)
);

CREATE TABLE failure_report_conduct (
    report_id BIGINT NOT NULL REFERENCES failure_report (id),
    seq INTEGER NOT NULL,
    party_id BIGINT NOT NULL REFERENCES party (id),
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, seq)
);
