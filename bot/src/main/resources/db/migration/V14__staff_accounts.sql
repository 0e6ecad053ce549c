-- The staff dashboard's accounts (/quanly): logins created by `staff add` or by an admin in the dashboard, their
-- sessions, and the failed logins that lock a login or an address out for a while. V15 and later belong to other
-- features.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC). login is lower
-- case. role is admin or staff; unit_code is the top of a staff account's subtree (NULL for an admin), checked by
-- the program against config/units.csv like staff_tokens.unit_code. password_hash is an Argon2id hash in PHC format
-- with its own salt and parameters ($argon2id$v=19$m=…,t=…,p=…$salt$hash). A disabled account cannot log in.
CREATE TABLE staff_accounts (
  id            ${identity},
  login         VARCHAR(32) NOT NULL UNIQUE,
  name          TEXT        NOT NULL,
  role          VARCHAR(8)  NOT NULL,
  unit_code     VARCHAR(20),
  password_hash TEXT        NOT NULL,
  created_at    BIGINT      NOT NULL,
  disabled      BOOLEAN     NOT NULL
);

-- A logged-in browser: only the SHA-256 of its cookie's 32 random bytes is kept (as staff_tokens do). csrf_token is
-- the token every change made with the cookie must carry; it is no secret at rest (it only proves a request came from
-- a page of this server). A session ends at expires_at (absolute) or when last_used_at is too long ago (idle).
CREATE TABLE staff_sessions (
  token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
  account_id   BIGINT      NOT NULL REFERENCES staff_accounts (id),
  csrf_token   VARCHAR(64) NOT NULL,
  created_at   BIGINT      NOT NULL,
  last_used_at BIGINT      NOT NULL,
  expires_at   BIGINT      NOT NULL
);

CREATE INDEX staff_sessions_by_account ON staff_sessions (account_id);

-- Failed logins, by the login typed (known or not, lower case) and the client's address; kept a day.
CREATE TABLE staff_login_failures (
  id        ${identity},
  login     VARCHAR(64) NOT NULL,
  address   VARCHAR(64) NOT NULL,
  failed_at BIGINT      NOT NULL
);

CREATE INDEX staff_login_failures_by_login ON staff_login_failures (login, failed_at);
CREATE INDEX staff_login_failures_by_address ON staff_login_failures (address, failed_at);
