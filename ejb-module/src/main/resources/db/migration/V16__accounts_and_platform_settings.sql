-- Accounts for real people (issue 13 §1): a bootstrap, new or reset account must change its password at its first
-- login; administrators keep an e-mail address and a phone number. Demo accounts keep their published passwords.
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN email VARCHAR(200);
ALTER TABLE user_account ADD COLUMN phone VARCHAR(40);
-- The account lists page by organisation and role, ordered by username.
CREATE INDEX user_account_org_role ON user_account (org_code, role, username);
CREATE INDEX user_account_ref ON user_account (ref_id);

-- Facts about the database itself, written once (issue 13 §2): 'demo-data' records whether the database was
-- created with demo data; a database created without it never receives any, whatever a later start asks for.
CREATE TABLE platform_setting (
    name VARCHAR(60) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A database of an earlier release already holds its reference data: it was created with demo data when it holds
-- the demo accounts (only the first start's import creates them). A new database gets the row at its first start.
INSERT INTO platform_setting (name, setting_value, recorded_at)
SELECT 'demo-data',
       CASE WHEN EXISTS (SELECT 1 FROM user_account WHERE username IN ('ops.oncall', 'hq.admin1', 'clerk.bj0105'))
            THEN 'true' ELSE 'false' END,
       CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM court);
