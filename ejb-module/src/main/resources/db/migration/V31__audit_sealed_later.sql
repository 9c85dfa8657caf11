-- Issue 10 §2 (intake): appending to the audit log no longer locks the chain head. An entry is inserted unsealed (its
-- own id, no chain position, no hashes), in the business transaction of the act it records; a sealer (AuditChainSealer,
-- every second and before every verification) locks the head and chains the committed unsealed entries in id order,
-- giving each its chain position and hashes. So an entry's id no longer is its position in the chain.

-- The chain position: null until sealed. Rows sealed so far were chained in id order with their id as position, and
-- the pre-V9 rows not yet sealed (hash null) are unsealed rows like any other.
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
UPDATE audit_entry SET chain_position = id WHERE hash IS NOT NULL;
-- Verification streams the chain in this order; the sealer finds the unsealed rows (chain_position IS NULL) by it too.
CREATE UNIQUE INDEX audit_chain_position ON audit_entry (chain_position);

-- The head now also keeps the last chained entry's position (last_id stays that entry's id). legacy_max_id is no
-- longer read: pre-V9 rows are sealed as every unsealed row is.
ALTER TABLE audit_chain_head ADD COLUMN last_position BIGINT DEFAULT 0 NOT NULL;
UPDATE audit_chain_head SET last_position = last_id;

-- Ids of new entries. Every id written so far is a chain position (at most the number of entries ever written) or a
-- pre-V9 id of the shared sequence, both far below 10^12, so new ids never collide with them and keep the log's
-- newest-first order by id. Allocation 50 (AuditEntry), as sutiao_seq.
CREATE SEQUENCE audit_entry_seq START WITH 1000000000000 INCREMENT BY 50;
