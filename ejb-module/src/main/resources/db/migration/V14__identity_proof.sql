-- A PARTY account proves the identity it acts by with a code sent out of band (issue 9; 人民法院在线调解规则 Art. 17;
-- notice 法办〔2024〕623号 §2(1)): to the contact details a court or applicant recorded for it (RECORDS), or, when no
-- case records the identity yet, to the party's own service address (DECLARED: sees only its own applications).
-- Accounts confirmed before this release were matched against the case records: they count as RECORDS.
ALTER TABLE user_account ADD COLUMN identity_proof VARCHAR(10);
UPDATE user_account SET identity_proof = 'RECORDS' WHERE identity_confirmed_at IS NOT NULL;

-- One row per code requested; only a salted SHA-256 of the code. Never deleted: it is the record of who tried which
-- identity (and the per-account quota counts it).
CREATE TABLE identity_challenge (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    username VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    identity_type VARCHAR(24) NOT NULL,
    identity_key VARCHAR(60) NOT NULL,
    service_address VARCHAR(200),
    proof VARCHAR(10),
    code_hash VARCHAR(64) NOT NULL,
    salt VARCHAR(32) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER NOT NULL,
    met_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_challenge_user ON identity_challenge (username, created_at);

-- The outbox of e-mails and text messages to people outside the platform (transactional outbox).
CREATE TABLE outbound_message (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    channel VARCHAR(10) NOT NULL,
    address VARCHAR(200) NOT NULL,
    message_key VARCHAR(80) NOT NULL,
    message_args VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbound_message_pending ON outbound_message (sent_at, created_at);
CREATE INDEX outbound_message_address ON outbound_message (address, created_at);
