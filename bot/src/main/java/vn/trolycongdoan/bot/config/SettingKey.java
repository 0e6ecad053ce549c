package vn.trolycongdoan.bot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The keys a settings file may hold. Each can also be set by the environment variable {@link #environmentVariable}. */
public enum SettingKey {
  SERVER_HOST("server.host"),
  SERVER_PORT("server.port"),
  DATA_DIR("data.dir"),
  CORPUS_DIR("corpus.dir"),
  RESULTS_DEFAULT("search.results.default"),
  RESULTS_MAX("search.results.max"),
  MIN_RELEVANCE("search.min-relevance"),
  SYNONYMS_FILE("synonyms.file");

  private final String key;

  SettingKey(String key) {
    this.key = key;
  }

  /** The key as written in a settings file, e.g. {@code search.min-relevance}. */
  public String key() {
    return key;
  }

  /** The key upper-cased with {@code .} and {@code -} turned into {@code _}, e.g. {@code SEARCH_MIN_RELEVANCE}. */
  public String environmentVariable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static Optional<SettingKey> find(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  static String allKeys() {
    return Arrays.stream(values()).map(SettingKey::key).collect(Collectors.joining(", "));
  }
}
