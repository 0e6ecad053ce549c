-- Reports by chat: the staff roles admins grant with /capquyen <Telegram user id> <mã đơn vị>.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, channels hold
-- the Java enum constant's name()). One role per person: the top of the unit subtree they see and correct
-- (checked by the program against config/units.csv, like report_invites.unit_code); granting again replaces it,
-- revoking deletes the row. Admins are not stored: they are listed in the settings (reports.admins).
-- granted_by is the admin's user id on the same channel. V7 and V9 are other features' migrations.
CREATE TABLE staff_roles (
  channel    VARCHAR(16) NOT NULL,
  user_id    VARCHAR(64) NOT NULL,
  unit_code  VARCHAR(20) NOT NULL,
  granted_by VARCHAR(64) NOT NULL,
  granted_at BIGINT      NOT NULL,
  PRIMARY KEY (channel, user_id)
);
