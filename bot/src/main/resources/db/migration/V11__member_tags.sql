-- Topic tags: the topics each chat chose with /chude (or the buttons after /start), so that staff can send a
-- broadcast to those interested (broadcasts.audience_kind TAG, audience_tag the key).
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, channels hold the
-- Java enum constant's name()). One row per chat and chosen tag; choosing again is a no-op, unchoosing deletes the
-- row. The keys live in config/tags.txt and are checked by the program, like broadcasts.audience_unit; a key that
-- left the file keeps its rows, which no one can reach any more until it comes back. A chat is the one
-- subscribers holds (channel, chat_id): whether it receives anything is still its subscription (/start,
-- /dunglai) and whether it blocked the bot.
CREATE TABLE member_tags (
  channel   VARCHAR(16) NOT NULL,
  chat_id   VARCHAR(64) NOT NULL,
  tag       VARCHAR(20) NOT NULL,
  chosen_at BIGINT      NOT NULL,
  PRIMARY KEY (channel, chat_id, tag)
);

CREATE INDEX member_tags_by_tag ON member_tags (tag, channel, chat_id);
