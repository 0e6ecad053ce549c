-- Kiến nghị in the staff dashboard: each suggestion's unit and status, and the replies staff sent to it.
--
-- Portable SQL, with the conventions of V1__chat.sql (times are BIGINT epoch milliseconds UTC, states hold the
-- Java enum constant's name()). V14 and V16 are other features' migrations.

-- unit_code is the unit the sender belonged to when it came (the unit of their staff role, else the unit they
-- report for, else the lowest unit above all the units they report for); NULL when no unit knew them: such a
-- suggestion is for admins only. Checked by the program against config/units.csv, like reporters.unit_code.
-- status: NEW -> IN_PROGRESS -> ANSWERED (set by a reply or by hand; staff may set any of them);
-- status_by / status_at say who set it last and when (NULL while it is still NEW as it came).
ALTER TABLE suggestions ADD COLUMN unit_code VARCHAR(20);
ALTER TABLE suggestions ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'NEW';
ALTER TABLE suggestions ADD COLUMN status_by TEXT;
ALTER TABLE suggestions ADD COLUMN status_at BIGINT;

-- The suggestions stored before this migration take the unit of their sender's staff role, else the unit they
-- report for when it is only one (the program resolves several units to the unit above them all, SQL cannot).
UPDATE suggestions SET unit_code = coalesce(
  (SELECT r.unit_code FROM staff_roles r WHERE r.channel = suggestions.channel AND r.user_id = suggestions.user_id),
  (SELECT min(p.unit_code) FROM reporters p WHERE p.channel = suggestions.channel AND p.user_id = suggestions.user_id
   HAVING count(*) = 1));

CREATE INDEX suggestions_by_unit ON suggestions (unit_code, id);

-- One row per reply a staff member wrote. replied_by is the staff account's name. outbox_id is the outbox row that
-- carries it to the member's chat, queued in the transaction that stores the reply (delivery QUEUED); NULL when the
-- channel cannot push, e.g. the web chat (delivery UNDELIVERABLE). While the outbox row is kept, its state is the
-- reply's delivery; the program reports a pruned row as ended with its result forgotten. Not a foreign key: old
-- outbox rows are pruned.
CREATE TABLE suggestion_replies (
  id            ${identity},
  suggestion_id BIGINT      NOT NULL REFERENCES suggestions (id),
  text          TEXT        NOT NULL,
  replied_by    TEXT        NOT NULL,
  replied_at    BIGINT      NOT NULL,
  delivery      VARCHAR(16) NOT NULL,
  outbox_id     BIGINT
);

CREATE INDEX suggestion_replies_by_suggestion ON suggestion_replies (suggestion_id, id);
