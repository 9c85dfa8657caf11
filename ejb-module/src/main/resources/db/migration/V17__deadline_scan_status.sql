-- The deadline timer's last successful scan (issue 13 §4): one row, written by the scan in its own transaction's
-- commit, read by readiness (/health/ready, /api/v1/health). In the database, not in a node's memory: in a cluster
-- the persistent timer fires on one node, and every node's readiness must see that it ran.
CREATE TABLE deadline_scan_status (
    id INTEGER PRIMARY KEY,
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_duration_ms BIGINT NOT NULL,
    scans BIGINT NOT NULL
);
INSERT INTO deadline_scan_status (id, last_success_at, last_duration_ms, scans) VALUES (1, NULL, 0, 0);
