-- Staff API: the bearer tokens of staff and admins (java -jar … staff token), for GET /api/reports and /api/rollup.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC). Only the token's
-- SHA-256 is kept, as 64 lower-case hex digits: a token is 32 random bytes, so its hash needs no salt or slow
-- hashing, and a copy of the database does not give the tokens away. role is admin or staff; unit_code is the top
-- of a staff member's subtree (NULL for an admin, who sees every unit), checked by the program against
-- config/units.csv like report_invites.unit_code. V6 is another feature's migration.
CREATE TABLE staff_tokens (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  name       TEXT        NOT NULL,
  role       VARCHAR(8)  NOT NULL,
  unit_code  VARCHAR(20),
  created_at BIGINT      NOT NULL
);
