-- Reports by chat: who reports for which unit (/dangky), and the drafts waiting for ✅ Xác nhận.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, channels hold
-- the Java enum constant's name()). Units live in config/units.csv, so unit_code is checked by the program.

-- One row per person and unit: a person may report for several units, a unit may have several reporters.
CREATE TABLE reporters (
  channel       VARCHAR(16) NOT NULL,
  user_id       VARCHAR(64) NOT NULL,
  unit_code     VARCHAR(20) NOT NULL,
  registered_at BIGINT      NOT NULL,
  PRIMARY KEY (channel, user_id, unit_code)
);

CREATE INDEX reporters_by_unit ON reporters (unit_code);

-- A report read and echoed but not yet confirmed. id is the confirmation key of the report it becomes;
-- unit_code is NULL while the reporter still has to pick one of their units; period_defaulted says the
-- message named no period (each value then has its indicator's open one); receipt is set once stored, so a
-- second ✅ Xác nhận answers the same receipt.
CREATE TABLE report_drafts (
  id               VARCHAR(64) NOT NULL PRIMARY KEY,
  channel          VARCHAR(16) NOT NULL,
  chat_id          VARCHAR(64) NOT NULL,
  user_id          VARCHAR(64) NOT NULL,
  display_name     TEXT        NOT NULL,
  unit_code        VARCHAR(20),
  raw_text         TEXT        NOT NULL,
  created_at       BIGINT      NOT NULL,
  period_defaulted BOOLEAN     NOT NULL,
  receipt          VARCHAR(20)
);

CREATE TABLE report_draft_values (
  draft_id  VARCHAR(64) NOT NULL REFERENCES report_drafts (id),
  position  INTEGER     NOT NULL,
  indicator VARCHAR(20) NOT NULL,
  period    VARCHAR(10) NOT NULL,
  value     TEXT        NOT NULL,
  PRIMARY KEY (draft_id, position)
);

-- A guided entry (/baocao alone) under way, one per person, saved after every step so a restart resumes it.
-- unit_code is NULL until picked; period is NULL until chosen, '' for the indicators' open periods, else its API
-- form (2026-H2); step is the catalogue position of the indicator asked next; answers holds the pairs
-- entered so far as the parser reads them (DVM=15, DVTONG=320).
CREATE TABLE report_dialogues (
  channel      VARCHAR(16) NOT NULL,
  user_id      VARCHAR(64) NOT NULL,
  chat_id      VARCHAR(64) NOT NULL,
  display_name TEXT        NOT NULL,
  unit_code    VARCHAR(20),
  period       VARCHAR(20),
  step         INTEGER     NOT NULL,
  answers      TEXT        NOT NULL,
  PRIMARY KEY (channel, user_id)
);
