-- Broadcast progress: the staff member who started a broadcast in chat sees one message with its progress,
-- edited in place, and a summary when it ends.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC). V11 is the topic
-- tags' migration.

-- The channel's own id of the message an outbox row delivered (Telegram's message_id), set when it is sent, so that
-- a later row can edit that message. NULL until sent, and for channels that give none.
ALTER TABLE outbox ADD COLUMN delivered_id VARCHAR(64);

-- progress_chat is the Telegram chat that hears of the broadcast's progress (NULL: nobody, e.g. one created over
-- the API with a staff token, which names no chat). progress_row is the outbox row of the latest progress message
-- (the first, or the latest edit of it), progress_at when it was queued; summarized_at when the final summary was
-- queued, after which nothing more is sent about it. The rows are not foreign keys: old outbox rows are pruned.
ALTER TABLE broadcasts ADD COLUMN progress_chat VARCHAR(64);
ALTER TABLE broadcasts ADD COLUMN progress_row BIGINT;
ALTER TABLE broadcasts ADD COLUMN progress_at BIGINT;
ALTER TABLE broadcasts ADD COLUMN summarized_at BIGINT;
