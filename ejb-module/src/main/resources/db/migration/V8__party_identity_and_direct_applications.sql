-- Parties as identities (人民法院在线调解规则 Art. 17) and direct applications to a center (notice 法办〔2024〕623号
-- §4(4)5; 在线调解规则 Art. 15).

-- A PARTY account stands for one identity: a unified social credit code, an ID or passport number, or a foreign
-- registration number, normalised (upper case, no blanks). It is confirmed on first login together with an address
-- for electronic service and the acknowledged warning against sham mediation.
ALTER TABLE user_account ADD COLUMN identity_key VARCHAR(60);
ALTER TABLE user_account ADD COLUMN identity_name VARCHAR(200);
ALTER TABLE user_account ADD COLUMN identity_type VARCHAR(24);
ALTER TABLE user_account ADD COLUMN service_address VARCHAR(200);
ALTER TABLE user_account ADD COLUMN identity_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN sham_warning_ack_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX user_account_identity ON user_account (identity_key);

-- A party's identity key (what a PARTY account is matched by), the appointed agent's ID number and key, and a
-- respondent's answer to a direct application.
ALTER TABLE party ADD COLUMN identity_key VARCHAR(60);
ALTER TABLE party ADD COLUMN agent_id_number VARCHAR(40);
ALTER TABLE party ADD COLUMN agent_identity_key VARCHAR(60);
ALTER TABLE party ADD COLUMN consent_agreed BOOLEAN;
ALTER TABLE party ADD COLUMN consent_reason VARCHAR(1000);
ALTER TABLE party ADD COLUMN consent_at TIMESTAMP WITH TIME ZONE;
UPDATE party SET identity_key = UPPER(REPLACE(COALESCE(credit_code, id_number, foreign_registration_no), ' ', ''));
CREATE INDEX party_identity ON party (identity_key);
CREATE INDEX party_agent_identity ON party (agent_identity_key);

-- Invitations sent to parties without an account, through the contact details the court or applicant gave.
CREATE TABLE party_invitation (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    party_id BIGINT NOT NULL REFERENCES party (id),
    channel VARCHAR(10) NOT NULL,
    address VARCHAR(200) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX party_invitation_case ON party_invitation (case_id);

-- Direct applications: the respondents' consent period after the center accepts, the basic court where the center
-- sits (judicial confirmation of a direct case goes there), and the court a confirmation was addressed to.
ALTER TABLE mediation_case ADD COLUMN consent_due_date DATE;
ALTER TABLE mediation_case ADD COLUMN applicant_username VARCHAR(64);
ALTER TABLE mediation_case ADD COLUMN confirmation_court_id BIGINT REFERENCES court (id);
CREATE INDEX case_confirmation_court ON mediation_case (confirmation_court_id);
ALTER TABLE mediation_center ADD COLUMN confirmation_court_id BIGINT REFERENCES court (id);
