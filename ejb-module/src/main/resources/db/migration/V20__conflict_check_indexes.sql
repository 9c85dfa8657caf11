-- The conflict check of the accept and replace dialogs (issue 10: every dialog within 100 ms at 1,000,000 cases).
-- MediatorConflictCheck finds the other cases in which a candidate mediator appeared as a party (same ID number) or
-- as an agent (same name), for all of a center's candidates in one query: (id_number IN (...) OR agent_name IN (...)),
-- which PostgreSQL answers as a BitmapOr of these two indexes, then reads those cases' parties by party_case (V1).
-- Without them every candidate scanned all ~2.2 M parties. Portable SQL: the same on H2 and PostgreSQL.
CREATE INDEX party_id_number ON party (id_number);
CREATE INDEX party_agent_name ON party (agent_name);
