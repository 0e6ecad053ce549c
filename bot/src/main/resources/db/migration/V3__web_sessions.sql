-- Web chat sessions, issued by the server. The browser holds the token in an HttpOnly cookie; only its SHA-256
-- (hex) is stored, so the database never holds a usable token. The session's chat id on the WEB channel is
-- 'web:' followed by id; that is what questions, subscribers and votes record.
CREATE TABLE web_sessions (
  id         ${identity},
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at BIGINT      NOT NULL,
  address    VARCHAR(64) NOT NULL
);

CREATE INDEX web_sessions_by_time ON web_sessions (created_at);
