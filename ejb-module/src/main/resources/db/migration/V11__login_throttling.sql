-- Login throttling (issue 9 §3, OWASP ASVS V6.3): the consecutive failed logins of a login name and the lock they
-- set (5 failures: refused for 15 minutes). Per name, whether or not an account has it, so a lock does not tell
-- whether the account exists; in the database so it holds across nodes and restarts. A successful login deletes
-- the row; an operator's unlock clears it.
CREATE TABLE login_throttle (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    username VARCHAR(64) NOT NULL,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_throttle_username UNIQUE (username)
);
