-- Reports: the confirmed reports (/baocao … ✅ Xác nhận), every value each brought, and the value in force for each
-- unit, period and indicator.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, flags BOOLEAN,
-- channels the Java enum constant's name(), ${identity} a generated id). Units and indicators live in the operator
-- files config/units.csv and config/indicators.yaml, so their codes are checked by the program, not by foreign
-- keys. Periods are written as the API writes them: 2024-06, 2024-Q2, 2024-H1, 2024. Values are decimals written
-- plainly as text (15, 3500000, 85.5), so no database rounds them.

-- One row per confirmed report. confirmation_key is the draft's id: the same confirmation pressed twice finds its
-- row and stores nothing more. receipt (BC-000123) is derived from id, so it is set by an UPDATE in the transaction
-- that inserts the row: it is never NULL once committed.
CREATE TABLE report_submissions (
  id               ${identity},
  receipt          VARCHAR(16)  UNIQUE,
  confirmation_key VARCHAR(64)  NOT NULL UNIQUE,
  unit_code        VARCHAR(20)  NOT NULL,
  channel          VARCHAR(16)  NOT NULL,
  user_id          VARCHAR(64)  NOT NULL,
  display_name     TEXT         NOT NULL,
  received_at      BIGINT       NOT NULL,
  raw_text         TEXT         NOT NULL
);

CREATE INDEX report_submissions_by_unit ON report_submissions (unit_code, received_at);

-- Every value every report brought, never changed or deleted: the history. late is set when the report came at or
-- after the deadline of the value's period (reports/deadlines/Deadlines). position keeps the order written.
CREATE TABLE report_values (
  submission_id BIGINT      NOT NULL REFERENCES report_submissions (id),
  position      INTEGER     NOT NULL,
  unit_code     VARCHAR(20) NOT NULL,
  period        VARCHAR(8)  NOT NULL,
  indicator     VARCHAR(16) NOT NULL,
  value         VARCHAR(40) NOT NULL,
  late          BOOLEAN     NOT NULL,
  PRIMARY KEY (submission_id, position),
  UNIQUE (submission_id, period, indicator)
);

CREATE INDEX report_values_by_unit_period ON report_values (unit_code, period, submission_id);

-- The value in force: the one the last confirmed report brought (replaced by an upsert in that report's
-- transaction), with that report's late flag.
CREATE TABLE report_current (
  unit_code     VARCHAR(20) NOT NULL,
  period        VARCHAR(8)  NOT NULL,
  indicator     VARCHAR(16) NOT NULL,
  value         VARCHAR(40) NOT NULL,
  late          BOOLEAN     NOT NULL,
  submission_id BIGINT      NOT NULL REFERENCES report_submissions (id),
  PRIMARY KEY (unit_code, period, indicator)
);

CREATE INDEX report_current_by_period ON report_current (period, unit_code);
