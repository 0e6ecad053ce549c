-- Campaign broadcasts: what staff send to many members at once, and which outbox rows carry each one.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, states and kinds
-- hold the Java enum constant's name()). Units live in config/units.csv, so audience_unit is checked by the
-- program, like report_invites.unit_code.

-- One row per broadcast. audience_kind is ALL, UNIT or TAG; audience_unit names the unit for UNIT (with
-- audience_subtree TRUE for the units below it too), audience_tag the tag for TAG. created_by is the staff
-- token's name. send_at is when sending starts (created_at for "now"). state: SCHEDULED -> SENDING <-> PAUSED
-- -> DONE, or CANCELLED from any of the first three. recipients is the count when sending started (before it,
-- the count when it was created). The recipient list is resolved and queued in the transaction that moves a
-- broadcast to SENDING, so it is queued once or not at all.
CREATE TABLE broadcasts (
  id               ${identity},
  text             TEXT        NOT NULL,
  audience_kind    VARCHAR(8)  NOT NULL,
  audience_unit    VARCHAR(20),
  audience_subtree BOOLEAN     NOT NULL,
  audience_tag     VARCHAR(64),
  created_by       TEXT        NOT NULL,
  created_at       BIGINT      NOT NULL,
  send_at          BIGINT      NOT NULL,
  state            VARCHAR(16) NOT NULL,
  recipients       INTEGER     NOT NULL,
  started_at       BIGINT,
  finished_at      BIGINT
);

CREATE INDEX broadcasts_by_state ON broadcasts (state, send_at);

-- The broadcast an outbox row delivers (NULL for replies and reminders): a broadcast's counts are its rows'
-- states, and pausing or cancelling it acts on its rows still queued.
ALTER TABLE outbox ADD COLUMN broadcast_id BIGINT REFERENCES broadcasts (id);

CREATE INDEX outbox_by_broadcast ON outbox (broadcast_id, state);
