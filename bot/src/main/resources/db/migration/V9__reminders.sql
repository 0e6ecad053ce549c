-- Reports: the reminders sent to units that had not reported by a deadline (reports/reminders).
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, kinds the Java enum
-- constant's name()). Periods are written as the API writes them (2024-H1). V8 is another feature's migration.

-- One row per unit, period and kind of reminder (AHEAD: days before the deadline, DEADLINE_DAY: on it), inserted in
-- the transaction that queues the reminder's messages in the outbox: a reminder is queued once or not at all, and
-- the primary key keeps a second run (or a second process) from queueing it again. recipients counts the
-- reporters it went to.
CREATE TABLE report_reminders (
  unit_code  VARCHAR(20) NOT NULL,
  period     VARCHAR(10) NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  sent_at    BIGINT      NOT NULL,
  recipients INTEGER     NOT NULL,
  PRIMARY KEY (unit_code, period, kind)
);

-- Drafts and guided entries left unfinished are dropped after a while (reports/chat/ExpiredEntries): drafts by
-- created_at, guided entries by saved_at, the time of their last step. An entry saved before this migration has
-- saved_at NULL until the clean-up first sees it and stamps it, so it is kept as long as a new one.
ALTER TABLE report_dialogues ADD COLUMN saved_at BIGINT;

CREATE INDEX report_drafts_by_time ON report_drafts (created_at);
CREATE INDEX report_dialogues_by_time ON report_dialogues (saved_at);
