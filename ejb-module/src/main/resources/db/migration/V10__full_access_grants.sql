-- Break-glass access to a case's full detail (DESIGN.md §4: HQ sees case detail only with a recorded reason; notice
-- 法办〔2024〕623号 §2(1) confidentiality). A metadata-only user (HQ, court supervisor) records why; the grant is for that
-- user and that case, for 24 hours, and is never changed or deleted: it is itself part of the record.
CREATE TABLE full_access_grant (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES mediation_case (id),
    username VARCHAR(64) NOT NULL,
    role VARCHAR(24) NOT NULL,
    org_code VARCHAR(40),
    reason VARCHAR(500) NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The one lookup: is there a grant for this user and case that has not expired yet.
CREATE INDEX full_access_grant_user_case ON full_access_grant (username, case_id, expires_at);
