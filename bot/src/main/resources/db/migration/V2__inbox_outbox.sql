-- The durable inbox and outbox: every update taken from Telegram is stored before it is confirmed, and every
-- message to send is stored before it is sent. Same portable conventions as V1 (times in epoch milliseconds,
-- states as the Java enum constant's name()).

-- One row per update a bot received (raw JSON as Telegram sent it), so that a crash leaves it pending, never lost.
-- chat_key orders one chat's updates; state is PENDING until handled, then HANDLED (or FAILED: the handler threw
-- and an apology was queued instead). The primary key keeps a redelivered update from being handled twice.
CREATE TABLE inbox (
  bot_id      BIGINT      NOT NULL,
  update_id   BIGINT      NOT NULL,
  chat_key    VARCHAR(64) NOT NULL,
  payload     TEXT        NOT NULL,
  received_at BIGINT      NOT NULL,
  state       VARCHAR(16) NOT NULL,
  handled_at  BIGINT,
  PRIMARY KEY (bot_id, update_id)
);

CREATE INDEX inbox_by_state ON inbox (state, bot_id, update_id);
CREATE INDEX inbox_by_time ON inbox (received_at);

-- The updates V1 recorded as processed stay processed.
INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state, handled_at)
SELECT bot_id, update_id, '', '', processed_at, 'HANDLED', processed_at FROM processed_updates;

DROP TABLE processed_updates;

-- One row per message to deliver. priority: 0 a reply to a member, 1 a reminder, 2 bulk (a broadcast's
-- recipient); lower goes first. state: QUEUED -> SENDING -> SENT | FAILED | BLOCKED | UNKNOWN (it was being sent
-- when the process died). payload is the channel's own rendering (for Telegram: HTML text, keyboard, message to
-- edit). reply_to names the update it answers (bot_id:update_id), NULL for messages not caused by one.
-- interrupted counts the sends a crash cut off; such a reply was queued again and may have arrived twice.
CREATE TABLE outbox (
  id              ${identity},
  channel         VARCHAR(16) NOT NULL,
  chat_id         VARCHAR(64) NOT NULL,
  priority        SMALLINT    NOT NULL,
  payload         TEXT        NOT NULL,
  reply_to        VARCHAR(64),
  state           VARCHAR(16) NOT NULL,
  attempts        INTEGER     NOT NULL,
  interrupted     INTEGER     NOT NULL,
  created_at      BIGINT      NOT NULL,
  next_attempt_at BIGINT      NOT NULL,
  finished_at     BIGINT,
  last_error      TEXT
);

CREATE INDEX outbox_due ON outbox (channel, state, priority, id);
CREATE INDEX outbox_by_chat ON outbox (channel, chat_id, state, priority, id);
CREATE INDEX outbox_by_time ON outbox (created_at);
