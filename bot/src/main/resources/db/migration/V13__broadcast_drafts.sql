-- Broadcasts composed in chat (/phatsong): a photo or document sent with the text as its caption, and the drafts
-- staff are composing. V11 and V12 belong to other features.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, states and kinds
-- hold the Java enum constant's name()).

-- The file a broadcast carries: media_kind PHOTO or DOCUMENT, media_file_id the channel's id of the file
-- (Telegram's file_id, sent again without uploading); both NULL for a text broadcast.
ALTER TABLE broadcasts ADD COLUMN media_kind VARCHAR(8);
ALTER TABLE broadcasts ADD COLUMN media_file_id TEXT;

-- One draft per staff member, replaced by each /phatsong; id ties the buttons under its messages to it. step:
-- CONTENT -> AUDIENCE -> (UNIT) -> PREVIEW -> (SEND_AT) -> DONE, with broadcast_id set in the transaction that
-- creates the broadcast, so a second press of "Gửi ngay" finds it DONE and creates nothing. While choosing a unit,
-- audience_subtree says whether the units below it are meant too. Drafts are dropped some days after saved_at,
-- the time of their last step.
CREATE TABLE broadcast_drafts (
  id               ${identity},
  channel          VARCHAR(16) NOT NULL,
  user_id          VARCHAR(64) NOT NULL,
  step             VARCHAR(16) NOT NULL,
  text             TEXT,
  media_kind       VARCHAR(8),
  media_file_id    TEXT,
  audience_kind    VARCHAR(8),
  audience_unit    VARCHAR(20),
  audience_subtree BOOLEAN     NOT NULL,
  audience_tag     VARCHAR(64),
  broadcast_id     BIGINT REFERENCES broadcasts (id),
  saved_at         BIGINT      NOT NULL
);

CREATE UNIQUE INDEX broadcast_drafts_by_user ON broadcast_drafts (channel, user_id);
CREATE INDEX broadcast_drafts_by_time ON broadcast_drafts (saved_at);
