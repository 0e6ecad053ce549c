-- Fewer index pages written per message: every update and every outgoing message used to update four or five
-- b-trees, and each commit writes each page it touched to the write-ahead log.

-- Only pending updates are ever looked up by state, so the index holds only them (an update leaves it when
-- handled) instead of every update of the last seven days.
DROP INDEX inbox_by_state;
CREATE INDEX inbox_pending ON inbox (bot_id, update_id) WHERE state = 'PENDING';

-- No query reads the outbox by creation time (old rows are pruned by finished_at, once at start).
DROP INDEX outbox_by_time;

-- A chat's rows are looked up only among the queued ones (a chat that blocked the bot gets nothing more).
DROP INDEX outbox_by_chat;
CREATE INDEX outbox_queued_by_chat ON outbox (channel, chat_id) WHERE state = 'QUEUED';

-- Only a broadcast's rows are looked up by broadcast; replies and reminders have none.
DROP INDEX outbox_by_broadcast;
CREATE INDEX outbox_by_broadcast ON outbox (broadcast_id, state) WHERE broadcast_id IS NOT NULL;
