package vn.trolycongdoan.bot.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database to this version's schema with the Flyway scripts in {@value #LOCATION}. */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  /** The SQLite spelling of the migrations' {@code ${identity}}: a generated id column. */
  private static final Map<String, String> SQLITE = Map.of("identity", "INTEGER PRIMARY KEY");

  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /**
   * @throws StoreException naming the file if the schema is newer than this version or a migration
   *     fails
   */
  static void apply(DataSource source, Path file) {
    try {
      Flyway flyway =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(source)
              .locations(LOCATION)
              .placeholders(SQLITE)
              .load();
      rejectNewer(flyway, file);
      MigrateResult result = flyway.migrate();
      if (result.migrationsExecuted > 0) {
        log.info("Database {} migrated to schema version {}", file, result.targetSchemaVersion);
      }
    } catch (FlywayException e) {
      throw new StoreException("Cannot migrate database " + file + ": " + e.getMessage(), e);
    }
  }

  private static void rejectNewer(Flyway flyway, Path file) {
    MigrationInfo[] unknown =
        Arrays.stream(flyway.info().all())
            .filter(
                info ->
                    info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
            .toArray(MigrationInfo[]::new);
    if (unknown.length > 0) {
      MigrationInfo newest = unknown[unknown.length - 1];
      throw new StoreException(
          "Database "
              + file
              + " has schema version "
              + newest.getVersion()
              + ", written by a newer version of this program; run that version or restore a backup",
          null);
    }
  }
}
