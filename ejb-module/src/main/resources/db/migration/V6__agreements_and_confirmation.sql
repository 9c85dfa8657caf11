-- Outcomes: the mediation agreement with its obligations and signatures, judicial confirmation, the mediation
-- document and voluntary performance (notice 法办〔2024〕623号 §4(4)2, §4(4)5; 在线调解规则 Art. 19;
-- 民事诉讼法 Art. 205-206).

ALTER TABLE mediation_case ADD COLUMN settled_scope VARCHAR(10);

CREATE TABLE agreement (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_case (id),
    revision INTEGER NOT NULL,
    scope VARCHAR(10) NOT NULL,
    facts VARCHAR(4000) NOT NULL,
    terms VARCHAR(4000) NOT NULL,
    uploaded_scan BOOLEAN NOT NULL,
    document BYTEA NOT NULL,
    document_sha256 VARCHAR(64) NOT NULL,
    status VARCHAR(10) NOT NULL,
    effective_at TIMESTAMP WITH TIME ZONE,
    effective_on DATE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64) NOT NULL
);

CREATE TABLE agreement_claim_outcome (
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    idx INTEGER NOT NULL,
    claim_seq INTEGER NOT NULL,
    settled BOOLEAN NOT NULL,
    PRIMARY KEY (agreement_id, idx)
);

CREATE TABLE agreement_obligation (
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    idx INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    obligor_party_id BIGINT NOT NULL REFERENCES party (id),
    obligee_party_id BIGINT NOT NULL REFERENCES party (id),
    description VARCHAR(1000) NOT NULL,
    amount NUMERIC(19,2),
    currency VARCHAR(3),
    due_date DATE NOT NULL,
    method VARCHAR(200),
    performed_on DATE,
    evidence VARCHAR(1000),
    performed_by VARCHAR(64),
    PRIMARY KEY (agreement_id, idx)
);

CREATE TABLE agreement_signature (
    id BIGINT PRIMARY KEY,
    agreement_id BIGINT NOT NULL REFERENCES agreement (id),
    revision INTEGER NOT NULL,
    role VARCHAR(10) NOT NULL,
    party_id BIGINT REFERENCES party (id),
    signer VARCHAR(64) NOT NULL,
    signer_name VARCHAR(120) NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document_sha256 VARCHAR(64) NOT NULL
);
CREATE INDEX agreement_signature_agreement ON agreement_signature (agreement_id, revision);

CREATE TABLE judicial_confirmation (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_case (id),
    court_id BIGINT NOT NULL REFERENCES court (id),
    status VARCHAR(20) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE,
    review_due_date DATE,
    supplement_note VARCHAR(2000),
    supplement_requested_at TIMESTAMP WITH TIME ZONE,
    ruling VARCHAR(10),
    ruling_number VARCHAR(60),
    ruling_date DATE,
    ruling_material_id BIGINT REFERENCES material (id),
    reason VARCHAR(2000),
    ruled_at TIMESTAMP WITH TIME ZONE,
    ruled_by VARCHAR(64)
);

CREATE TABLE confirmation_join (
    confirmation_id BIGINT NOT NULL REFERENCES judicial_confirmation (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (confirmation_id, party_id)
);

CREATE TABLE mediation_document (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL UNIQUE REFERENCES mediation_case (id),
    status VARCHAR(10) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    document_number VARCHAR(60),
    issued_at TIMESTAMP WITH TIME ZONE,
    material_id BIGINT REFERENCES material (id),
    effective_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE mediation_document_receipt (
    document_id BIGINT NOT NULL REFERENCES mediation_document (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, party_id)
);
