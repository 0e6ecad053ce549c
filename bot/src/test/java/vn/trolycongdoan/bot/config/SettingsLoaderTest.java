package vn.trolycongdoan.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trolycongdoan.bot.config.DeadlineSettings.DueDay;

class SettingsLoaderTest {

  @TempDir Path folder;

  @Test
  void uses_the_bundled_defaults_when_nothing_else_is_set() {
    Settings settings = new SettingsLoader(Map.of()).load(null, Map.of());

    assertThat(settings)
        .isEqualTo(
            new Settings(
                "0.0.0.0",
                7070,
                Path.of("./data"),
                null,
                5,
                20,
                0.5,
                10_000,
                null,
                null,
                null,
                null,
                new TelegramSettings(null, URI.create("https://api.telegram.org"), null, null),
                new FloodLimit(20, 60, Duration.ofSeconds(60)),
                OutboxSettings.DEFAULT,
                new DeadlineSettings(
                    new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), new DueDay(20, 0), 15),
                new ReminderSettings(true, 3, 8),
                List.of(),
                null,
                Duration.ofSeconds(5)));
    assertThat(settings.telegram().enabled()).isFalse();
    assertThat(settings.indexDir()).isEqualTo(Path.of("./data/index"));
    assertThat(settings.seededCorpusDir()).isEqualTo(Path.of("./data/corpus"));
  }

  @Test
  void settings_file_overrides_the_defaults_and_keeps_the_rest() throws IOException {
    Path file = settingsFile("server.port = 8080\nsearch.min-relevance = 0.35\n");

    Settings settings = new SettingsLoader(Map.of()).load(file, Map.of());

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.minRelevance()).isEqualTo(0.35);
    assertThat(settings.defaultResults()).isEqualTo(5);
  }

  @Test
  void environment_overrides_the_settings_file() throws IOException {
    Path file = settingsFile("server.port = 8080\n");

    Settings settings =
        new SettingsLoader(Map.of("SERVER_PORT", "9090", "SEARCH_RESULTS_MAX", "30"))
            .load(file, Map.of());

    assertThat(settings.port()).isEqualTo(9090);
    assertThat(settings.maxResults()).isEqualTo(30);
  }

  @Test
  void command_line_overrides_the_environment() {
    Settings settings =
        new SettingsLoader(Map.of("DATA_DIR", "/srv/env"))
            .load(null, Map.of(SettingKey.DATA_DIR, "/srv/option"));

    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/option"));
  }

  @Test
  void environment_variable_is_the_key_upper_cased_with_dots_and_dashes_as_underscores() {
    assertThat(SettingKey.SERVER_PORT.environmentVariable()).isEqualTo("SERVER_PORT");
    assertThat(SettingKey.MIN_RELEVANCE.environmentVariable()).isEqualTo("SEARCH_MIN_RELEVANCE");
    assertThat(SettingKey.RESULTS_DEFAULT.environmentVariable())
        .isEqualTo("SEARCH_RESULTS_DEFAULT");
  }

  @Test
  void rejects_an_unknown_key_in_a_settings_file_naming_the_key_and_the_file() throws IOException {
    Path file = settingsFile("server.prot = 8080\n");

    assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("Unknown setting \"server.prot\"")
        .hasMessageContaining(file.toString())
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("khóa \"server.prot\"", "server.port");
  }

  @Test
  void rejects_a_port_that_is_not_a_number_in_both_languages() {
    assertThatThrownBy(() -> new SettingsLoader(Map.of("SERVER_PORT", "abc")).load(null, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("server.port = \"abc\" (expected an integer 1-65535)")
        .hasMessageContaining("environment variable SERVER_PORT")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .startsWith("Cấu hình sai: server.port = \"abc\" (cần số nguyên 1–65535)");
  }

  @Test
  void rejects_a_port_out_of_range() {
    assertThatThrownBy(() -> load(SettingKey.SERVER_PORT, "70000"))
        .hasMessageContaining("server.port = \"70000\"");
  }

  @Test
  void rejects_a_minimum_relevance_above_one() {
    assertThatThrownBy(() -> load(SettingKey.MIN_RELEVANCE, "2"))
        .hasMessageContaining("search.min-relevance = \"2\" (expected a number from 0 to 1");
  }

  @Test
  void rejects_a_cache_size_above_a_million() {
    assertThatThrownBy(() -> load(SettingKey.ASK_CACHE_SIZE, "1000001"))
        .hasMessageContaining("ask.cache.size = \"1000001\" (expected an integer 0-1000000)");
  }

  @Test
  void reads_the_cache_size_from_the_environment() {
    Settings settings = new SettingsLoader(Map.of("ASK_CACHE_SIZE", "0")).load(null, Map.of());

    assertThat(settings.askCacheSize()).isZero();
  }

  @Test
  void rejects_a_default_result_count_above_the_maximum() {
    assertThatThrownBy(() -> load(SettingKey.RESULTS_DEFAULT, "25"))
        .hasMessageContaining("search.results.default = \"25\" (expected an integer 1-20)");
  }

  @Test
  void rejects_a_blank_host() {
    assertThatThrownBy(() -> load(SettingKey.SERVER_HOST, " "))
        .hasMessageContaining("server.host = \" \" (must not be blank)");
  }

  @Test
  void rejects_a_corpus_folder_that_does_not_exist() {
    Path missing = folder.resolve("nowhere");

    assertThatThrownBy(() -> load(SettingKey.CORPUS_DIR, missing.toString()))
        .hasMessageContaining("corpus.dir = \"" + missing + "\" (no such folder");
  }

  @Test
  void accepts_an_existing_corpus_folder_and_an_empty_one_means_bundled() {
    assertThat(load(SettingKey.CORPUS_DIR, folder.toString()).corpusDir()).isEqualTo(folder);
    assertThat(new SettingsLoader(Map.of("CORPUS_DIR", "")).load(null, Map.of()).corpusDir())
        .isNull();
  }

  @Test
  void rejects_a_settings_file_that_cannot_be_read() {
    Path missing = folder.resolve("missing.properties");

    assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(missing, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("Cannot read settings file " + missing)
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("không đọc được tệp cấu hình " + missing);
  }

  @Test
  void resolves_the_synonyms_file_against_the_folder_of_the_settings_file_naming_it()
      throws IOException {
    Path configFolder = Files.createDirectories(folder.resolve("config"));
    Files.writeString(configFolder.resolve("my-synonyms.txt"), "NLĐ, người lao động\n");
    Path file =
        Files.writeString(
            configFolder.resolve("settings.properties"), "synonyms.file = my-synonyms.txt\n");

    Settings settings = new SettingsLoader(Map.of()).load(file, Map.of());

    assertThat(settings.synonymsFile())
        .isEqualTo(configFolder.resolve("my-synonyms.txt").toAbsolutePath());
  }

  @Test
  void rejects_a_synonyms_file_that_does_not_exist() throws IOException {
    Path file = settingsFile("synonyms.file = nowhere.txt\n");

    assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file, Map.of()))
        .hasMessageContaining(
            "synonyms.file = \"nowhere.txt\" (no such file: " + folder.resolve("nowhere.txt"));
  }

  @Test
  void resolves_the_paraphrases_file_against_the_folder_of_the_settings_file_naming_it()
      throws IOException {
    Path configFolder = Files.createDirectories(folder.resolve("config"));
    Files.writeString(configFolder.resolve("my-rules.txt"), "nghỉ phép => nghỉ hằng năm\n");
    Path file =
        Files.writeString(
            configFolder.resolve("settings.properties"), "paraphrases.file = my-rules.txt\n");

    Settings settings = new SettingsLoader(Map.of()).load(file, Map.of());

    assertThat(settings.paraphrasesFile())
        .isEqualTo(configFolder.resolve("my-rules.txt").toAbsolutePath());
  }

  @Test
  void takes_the_paraphrases_file_from_the_environment() throws IOException {
    Path rules = Files.writeString(folder.resolve("rules.txt"), "tăng ca => làm thêm giờ\n");

    Settings settings =
        new SettingsLoader(Map.of("PARAPHRASES_FILE", rules.toString())).load(null, Map.of());

    assertThat(settings.paraphrasesFile()).isEqualTo(rules.toAbsolutePath());
  }

  @Test
  void rejects_a_paraphrases_file_that_does_not_exist() throws IOException {
    Path file = settingsFile("paraphrases.file = nowhere.txt\n");

    assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file, Map.of()))
        .hasMessageContaining(
            "paraphrases.file = \"nowhere.txt\" (no such file: " + folder.resolve("nowhere.txt"));
  }

  @Test
  void rejects_a_malformed_paraphrases_file_naming_the_file_and_the_line() throws IOException {
    Path rules =
        Files.writeString(
            folder.resolve("rules.txt"), "# leave\nnghỉ phép => nghỉ hằng năm\ntăng ca\n");
    Path file = settingsFile("paraphrases.file = rules.txt\n");

    assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(
            "paraphrases.file = \"rules.txt\" (bad rule in " + rules + ", line 3:")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("Cấu hình sai: paraphrases.file", "tệp " + rules + " có quy tắc sai ở dòng 3:");
  }

  @Test
  void takes_the_bot_token_from_the_environment_and_turns_telegram_on() {
    Settings settings =
        new SettingsLoader(Map.of("TELEGRAM_BOT_TOKEN", "123456:ABC-def_42")).load(null, Map.of());

    assertThat(settings.telegram().enabled()).isTrue();
    assertThat(settings.telegram().botToken()).isEqualTo("123456:ABC-def_42");
    assertThat(settings.telegram().webhook()).isFalse();
  }

  @Test
  void rejects_a_malformed_bot_token_without_printing_it() {
    assertThatThrownBy(() -> load(SettingKey.TELEGRAM_BOT_TOKEN, "secret-but-wrong"))
        .hasMessageContaining("telegram.bot-token = \"***\"")
        .hasMessageNotContaining("secret-but-wrong")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("BotFather")
        .doesNotContain("secret-but-wrong");
  }

  @Test
  void rejects_an_api_url_with_a_path_and_a_webhook_url_that_is_not_https() {
    assertThatThrownBy(() -> load(SettingKey.TELEGRAM_API_URL, "http://localhost:8081/bot"))
        .hasMessageContaining("scheme, host and port only");
    assertThatThrownBy(() -> load(SettingKey.TELEGRAM_WEBHOOK_URL, "http://example.org/hook"))
        .hasMessageContaining("expected an https://... URL");
  }

  @Test
  void webhook_route_listens_on_the_path_of_the_webhook_url() {
    assertThat(
            load(SettingKey.TELEGRAM_WEBHOOK_URL, "https://bot.example.org/tg/hook")
                .telegram()
                .webhookPath())
        .isEqualTo("/tg/hook");
    assertThat(
            load(SettingKey.TELEGRAM_WEBHOOK_URL, "https://bot.example.org")
                .telegram()
                .webhookPath())
        .isEqualTo("/telegram/webhook");
  }

  @Test
  void rejects_a_flood_limit_of_zero() {
    assertThatThrownBy(() -> load(SettingKey.FLOOD_MESSAGES_PER_MINUTE, "0"))
        .hasMessageContaining("chat.flood.messages-per-minute = \"0\"");
  }

  @Test
  void a_deadline_may_fall_in_a_month_after_the_period() {
    assertThat(load(SettingKey.DEADLINE_MONTH, "20+1").deadlines().month())
        .isEqualTo(new DueDay(20, 1));
    assertThat(load(SettingKey.DEADLINE_QUARTER, " 15 + 2 ").deadlines().quarter())
        .isEqualTo(new DueDay(15, 2));
  }

  @Test
  void rejects_a_deadline_day_that_not_every_month_has_and_a_negative_grace() {
    assertThatThrownBy(() -> load(SettingKey.DEADLINE_YEAR, "31"))
        .hasMessageContaining("reports.deadline.year = \"31\"")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("cần ngày 1–28");
    assertThatThrownBy(() -> load(SettingKey.DEADLINE_HALF_YEAR, "20-1"))
        .hasMessageContaining("reports.deadline.half-year");
    assertThatThrownBy(() -> load(SettingKey.DEADLINE_GRACE_DAYS, "-1"))
        .hasMessageContaining("reports.deadline.grace-days = \"-1\"");
  }

  @Test
  void reminders_can_be_turned_off_and_refuse_a_bad_switch_or_hour() {
    assertThat(load(SettingKey.REMINDERS_ENABLED, " FALSE ").reminders().enabled()).isFalse();
    assertThat(load(SettingKey.REMINDERS_DAYS_BEFORE, "0").reminders().daysBefore()).isZero();
    assertThatThrownBy(() -> load(SettingKey.REMINDERS_ENABLED, "có"))
        .hasMessageContaining("reports.reminders.enabled = \"có\"")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("cần true hoặc false");
    assertThatThrownBy(() -> load(SettingKey.REMINDERS_FROM_HOUR, "24"))
        .hasMessageContaining("reports.reminders.from-hour = \"24\"");
    assertThatThrownBy(() -> load(SettingKey.REMINDERS_DAYS_BEFORE, "-1"))
        .hasMessageContaining("reports.reminders.days-before");
  }

  @Test
  void admins_are_telegram_user_ids_separated_by_commas_and_none_by_default() {
    assertThat(new SettingsLoader(Map.of()).load(null, Map.of()).admins()).isEmpty();
    assertThat(load(SettingKey.REPORTS_ADMINS, " 123456789, 987654321 ").admins())
        .containsExactly(123456789L, 987654321L);
    assertThatThrownBy(() -> load(SettingKey.REPORTS_ADMINS, "123456789, @minh"))
        .hasMessageContaining("reports.admins = \"123456789, @minh\"")
        .extracting(e -> ((SettingsException) e).vietnameseMessage())
        .asString()
        .contains("mã số người dùng Telegram");
    assertThatThrownBy(() -> load(SettingKey.REPORTS_ADMINS, "123456789,"))
        .hasMessageContaining("reports.admins");
  }

  private Settings load(SettingKey key, String value) {
    return new SettingsLoader(Map.of()).load(null, Map.of(key, value));
  }

  @Test
  void a_copy_of_the_bundled_settings_file_alone_uses_the_bundled_synonyms_and_paraphrases()
      throws IOException {
    Path copy =
        Files.copy(Path.of("../config/settings.properties"), folder.resolve("troly.properties"));

    Settings settings = new SettingsLoader(Map.of()).load(copy, Map.of());

    assertThat(settings.synonymsFile()).isNull();
    assertThat(settings.paraphrasesFile()).isNull();
  }

  @Test
  void a_copy_of_the_settings_file_with_its_synonyms_beside_it_uses_that_list() throws IOException {
    Path copy =
        Files.copy(Path.of("../config/settings.properties"), folder.resolve("troly.properties"));
    Path synonyms = Files.writeString(folder.resolve("synonyms.txt"), "NLĐ, người lao động\n");

    Settings settings = new SettingsLoader(Map.of()).load(copy, Map.of());

    assertThat(settings.synonymsFile()).isEqualTo(synonyms.toAbsolutePath());
    assertThat(settings.paraphrasesFile()).isNull();
  }

  private Path settingsFile(String text) throws IOException {
    return Files.writeString(folder.resolve("settings.properties"), text);
  }
}
