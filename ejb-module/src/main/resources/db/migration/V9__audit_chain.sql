-- Audit that can be trusted (CJIS §5.4, NIST AU-9): every entry names the caller's role, organisation and client
-- address and the outcome, and carries the SHA-256 of its predecessor (a hash chain). Entries are only ever inserted.
ALTER TABLE audit_entry ADD COLUMN role VARCHAR(20);
ALTER TABLE audit_entry ADD COLUMN organization VARCHAR(200);
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN outcome VARCHAR(80);
-- Null on pre-V9 rows until the application seals them once, in id order, at its first start (AuditChainSealer).
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN hash VARCHAR(64);

-- The one-row head of the chain: appenders lock it (SELECT … FOR UPDATE), take last_id + 1 as the new entry's id and
-- chain onto last_hash, so the chain stays linear under concurrent requests and on every cluster node.
-- legacy_max_id: the highest pre-V9 id; those rows are sealed before any new entry is chained.
CREATE TABLE audit_chain_head (
    id INTEGER PRIMARY KEY,
    last_id BIGINT NOT NULL,
    last_hash VARCHAR(64),
    entries BIGINT NOT NULL,
    legacy_max_id BIGINT NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash, entries, legacy_max_id)
SELECT 1, 0, NULL, 0, COALESCE(MAX(id), 0) FROM audit_entry;

-- The viewer filters by case, username, organisation, action and time, newest (highest id) first.
DROP INDEX audit_case;
CREATE INDEX audit_case_id ON audit_entry (case_id, id);
CREATE INDEX audit_username_id ON audit_entry (username, id);
CREATE INDEX audit_organization_id ON audit_entry (organization, id);
CREATE INDEX audit_action_id ON audit_entry (action, id);
CREATE INDEX audit_occurred_at ON audit_entry (occurred_at);
