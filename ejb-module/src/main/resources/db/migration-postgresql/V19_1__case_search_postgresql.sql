-- PostgreSQL only (PlatformStartup adds this folder on PostgreSQL): the court scope of CaseScope as one indexed
-- expression (a referred case's court, else the court a direct application's confirmation went to), and trigram
-- indexes for the case list's substring search on case numbers and party names (issue 10 §3). pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner may create it (docs/OPERATIONS.md §2).
CREATE INDEX case_scope_court_pushed ON mediation_case ((COALESCE(court_id, confirmation_court_id)), pushed_at, id)
    INCLUDE (court_id, confirmation_court_id, status, acceptance_due_date);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_number_trgm ON mediation_case USING gin (case_number gin_trgm_ops);
CREATE INDEX case_court_case_number_trgm ON mediation_case USING gin (court_case_number gin_trgm_ops);
CREATE INDEX party_name_trgm ON party USING gin (name gin_trgm_ops);
