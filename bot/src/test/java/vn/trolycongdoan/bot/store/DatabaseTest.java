package vn.trolycongdoan.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

class DatabaseTest {

  @TempDir Path folder;

  @Test
  void opens_in_wal_mode_with_foreign_keys_busy_timeout_and_normal_sync() {
    try (Database database = Database.open(folder.resolve("chat.db"))) {
      Jdbc jdbc = database.jdbc();

      assertThat(pragma(jdbc, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(jdbc, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(jdbc, "busy_timeout")).isEqualTo("5000");
      assertThat(pragma(jdbc, "synchronous")).isEqualTo("1");
      assertThat(pragma(jdbc, "journal_size_limit"))
          .isEqualTo(String.valueOf(Database.JOURNAL_SIZE_LIMIT_BYTES));
      assertThat(pragma(jdbc, "wal_autocheckpoint")).isEqualTo("0");
    }
  }

  @Test
  void an_insert_does_not_make_the_driver_query_the_generated_key_after_it() throws Exception {
    try (Database database = Database.open(folder.resolve("chat.db"));
        ConnectionPool.Lease lease = database.connect()) {
      SQLiteConnection connection = lease.connection().connection().unwrap(SQLiteConnection.class);

      assertThat(connection.getConnectionConfig().isGetGeneratedKeys()).isFalse();
    }
  }

  @Test
  void what_the_commits_write_to_the_log_reaches_the_database_file_by_the_background_checkpoint()
      throws Exception {
    Path file = folder.resolve("chat.db");
    try (Database database = Database.open(file)) {
      Jdbc jdbc = database.jdbc();
      jdbc.update("CREATE TABLE filler (text TEXT NOT NULL)");
      String row = "đoàn viên ".repeat(400);
      long before = Files.size(file);
      // More than SQLite's automatic checkpoint would have let the log grow to (1,000 pages).
      for (int i = 0; i < 1500; i++) {
        jdbc.update("INSERT INTO filler (text) VALUES (?)", row);
      }

      long deadline = System.nanoTime() + 20_000_000_000L;
      while (Files.size(file) < before + 1500L * row.length() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(Files.size(file)).isGreaterThan(before + 1500L * row.length());
    }
  }

  @Test
  void the_write_ahead_log_grown_behind_a_long_reader_is_cut_back_by_a_checkpoint()
      throws Exception {
    Path file = folder.resolve("chat.db");
    Path wal = folder.resolve("chat.db-wal");
    try (Database database = Database.open(file)) {
      Jdbc jdbc = database.jdbc();
      jdbc.update("CREATE TABLE filler (text TEXT NOT NULL)");
      String row = "đoàn viên ".repeat(400);
      try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        reader.setAutoCommit(false);
        reader.createStatement().executeQuery("SELECT count(*) FROM filler").close();
        for (int i = 0; i < 3000; i++) {
          jdbc.update("INSERT INTO filler (text) VALUES (?)", row);
        }
        assertThat(Files.size(wal)).isGreaterThan(Database.JOURNAL_SIZE_LIMIT_BYTES);
        reader.rollback();
      }

      database.checkpoint();

      assertThat(Files.size(wal)).isZero();
      assertThat(jdbc.first("SELECT count(*) FROM filler", r -> r.getInt(1))).contains(3000);
    }
  }

  @Test
  void creates_the_parent_folders_and_applies_the_migrations() {
    Path file = folder.resolve("data/nested/chat.db");

    try (Database database = Database.open(file)) {
      assertThat(file).isRegularFile();
      assertThat(database.file()).isEqualTo(file.toAbsolutePath());
      assertThat(
              database
                  .jdbc()
                  .list(
                      "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                      row -> row.getString(1)))
          .containsExactly(
              "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
              "16");
      assertThat(
              database
                  .jdbc()
                  .list(
                      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                      row -> row.getString(1)))
          .contains(
              "answer_feedback",
              "broadcasts",
              "inbox",
              "member_tags",
              "outbox",
              "questions",
              "report_current",
              "report_dialogues",
              "report_draft_values",
              "report_drafts",
              "report_invites",
              "report_reminders",
              "report_submissions",
              "report_values",
              "reporters",
              "shown_answers",
              "staff_accounts",
              "staff_login_failures",
              "staff_sessions",
              "staff_tokens",
              "subscribers",
              "suggestions");
    }
  }

  @Test
  void the_migration_scripts_are_resources_on_the_classpath() {
    assertThat(getClass().getClassLoader().getResource("db/migration/V1__chat.sql")).isNotNull();
  }

  @Test
  void reopening_keeps_the_data_and_does_not_migrate_again() {
    Path file = folder.resolve("chat.db");
    try (Database database = Database.open(file)) {
      database
          .jdbc()
          .update(
              "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
                  + " VALUES (1, 2, '', '', 3, 'HANDLED')");
    }

    try (Database database = Database.open(file)) {
      assertThat(database.jdbc().list("SELECT update_id FROM inbox", row -> row.getLong(1)))
          .containsExactly(2L);
      assertThat(
              database
                  .jdbc()
                  .list("SELECT version FROM flyway_schema_history", row -> row.getString(1)))
          .containsExactly(
              "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
              "16");
    }
  }

  @Test
  void a_file_that_is_not_a_database_fails_naming_the_file() throws IOException {
    Path file =
        Files.writeString(folder.resolve("notes.db"), "Đây không phải cơ sở dữ liệu. ".repeat(100));

    assertThatThrownBy(() -> Database.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("is not an SQLite database");
  }

  @Test
  void a_database_written_by_a_newer_version_fails_naming_the_file_and_its_version() {
    Path file = folder.resolve("chat.db");
    try (Database database = Database.open(file)) {
      database
          .jdbc()
          .update(
              """
          INSERT INTO flyway_schema_history
            (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
          VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 0, 'test', 1, TRUE)""");
    }

    assertThatThrownBy(() -> Database.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("newer version");
  }

  @Test
  void a_transaction_that_throws_stores_nothing() {
    try (Database database = Database.open(folder.resolve("chat.db"))) {
      Jdbc jdbc = database.jdbc();

      assertThatThrownBy(
              () ->
                  jdbc.inTransaction(
                      tx -> {
                        tx.update(
                            "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
                                + " VALUES (1, 1, '', '', 0, 'HANDLED')");
                        return tx.update(
                            "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
                                + " VALUES (1, 1, '', '', 0, 'HANDLED')");
                      }))
          .isInstanceOf(StoreException.class);

      assertThat(jdbc.list("SELECT update_id FROM inbox", row -> row.getLong(1))).isEmpty();
    }
  }

  @Test
  void a_failed_statement_names_the_file_and_the_statement() {
    try (Database database = Database.open(folder.resolve("chat.db"))) {
      assertThatThrownBy(() -> database.jdbc().update("DELETE FROM no_such_table"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(database.file().toString())
          .hasMessageContaining("DELETE FROM no_such_table")
          .hasMessageContaining("no such table");
    }
  }

  @Test
  void a_closed_database_refuses_further_statements() {
    Database database = Database.open(folder.resolve("chat.db"));
    database.jdbc().list("SELECT 1", row -> row.getInt(1));
    database.close();

    assertThatThrownBy(() -> database.jdbc().list("SELECT 1", row -> row.getInt(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is closed");
  }

  @Test
  void a_finished_transaction_leaves_no_lock_and_later_statements_commit_at_once() {
    try (Database database = Database.open(folder.resolve("chat.db"))) {
      Jdbc jdbc = database.jdbc();
      jdbc.inTransaction(
          tx ->
              tx.update(
                  "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
                      + " VALUES (1, 1, '', '', 0, 'HANDLED')"));
      jdbc.update(
          "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
              + " VALUES (1, 2, '', '', 0, 'HANDLED')");

      try (Database other = Database.open(database.file())) {
        other
            .jdbc()
            .update(
                "INSERT INTO inbox (bot_id, update_id, chat_key, payload, received_at, state)"
                    + " VALUES (1, 3, '', '', 0, 'HANDLED')");
        assertThat(
                other
                    .jdbc()
                    .list("SELECT update_id FROM inbox ORDER BY update_id", row -> row.getLong(1)))
            .isEqualTo(List.of(1L, 2L, 3L));
      }
    }
  }

  @Test
  void a_statement_kept_prepared_for_reuse_holds_no_snapshot_that_would_stop_a_checkpoint() {
    try (Database database = Database.open(folder.resolve("chat.db"))) {
      Jdbc jdbc = database.jdbc();
      jdbc.update("CREATE TABLE notes (text TEXT NOT NULL)");
      jdbc.update("INSERT INTO notes (text) VALUES ('a'), ('b')");
      for (int i = 0; i < 3; i++) {
        assertThat(jdbc.first("SELECT text FROM notes ORDER BY text", row -> row.getString(1)))
            .contains("a");
      }

      try (Database other = Database.open(database.file())) {
        other.jdbc().update("INSERT INTO notes (text) VALUES ('c')");
        assertThat(
                other
                    .jdbc()
                    .first("PRAGMA wal_checkpoint(TRUNCATE)", row -> row.getInt(1))
                    .orElseThrow())
            .as("checkpoint busy")
            .isZero();
      }
      assertThat(jdbc.list("SELECT text FROM notes ORDER BY text", row -> row.getString(1)))
          .containsExactly("a", "b", "c");
    }
  }

  private static String pragma(Jdbc jdbc, String name) {
    return jdbc.first("PRAGMA " + name, row -> row.getString(1)).orElseThrow();
  }
}
