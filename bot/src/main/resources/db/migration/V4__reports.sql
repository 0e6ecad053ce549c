-- Reports: the one-time invite codes that bind a reporter to an org unit (/dangky <mã mời>).
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, channels hold
-- the Java enum constant's name()). Units live in the operator file config/units.csv, not in the database, so
-- unit_code is checked by the program, not by a foreign key. V2 and V3 are other features' migrations.

-- code is the canonical form: 10 characters of ABCDEFGHJKMNPQRSTVWXYZ23456789, shown as XXXXX-XXXXX. A code is
-- used at most once: used_at is set by an UPDATE ... WHERE used_at IS NULL, so two presses cannot both win.
CREATE TABLE report_invites (
  code         VARCHAR(16) NOT NULL PRIMARY KEY,
  unit_code    VARCHAR(20) NOT NULL,
  created_at   BIGINT      NOT NULL,
  expires_at   BIGINT      NOT NULL,
  created_by   TEXT        NOT NULL,
  used_at      BIGINT,
  used_channel VARCHAR(16),
  used_user_id VARCHAR(64)
);

CREATE INDEX report_invites_by_unit ON report_invites (unit_code, created_at);
