package vn.trolycongdoan.bot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The operator files and corpus packed into the jar under {@code defaults/} (from the repository's
 * {@code config/} and {@code corpus/}); found in {@code target/classes} when run from an IDE.
 */
public final class BundledDefaults {

  private static final String ROOT = "defaults/";

  private BundledDefaults() {}

  /** The bundled folder or file at {@code path} below {@code defaults/}, if the build packed it. */
  public static Optional<URL> resource(String path) {
    return Optional.ofNullable(BundledDefaults.class.getClassLoader().getResource(ROOT + path));
  }

  /** The bundled abbreviation list, or empty if the build packed none. */
  public static Optional<String> synonyms() {
    return resource("config/synonyms.txt").map(BundledDefaults::read);
  }

  /** The bundled member-to-legal phrase rules, or empty if the build packed none. */
  public static Optional<String> paraphrases() {
    return resource("config/paraphrases.txt").map(BundledDefaults::read);
  }

  /** The bundled indicator catalogue (YAML), or empty if the build packed none. */
  public static Optional<String> indicators() {
    return resource("config/indicators.yaml").map(BundledDefaults::read);
  }

  /** The bundled org-unit tree (CSV), or empty if the build packed none. */
  public static Optional<String> units() {
    return resource("config/units.csv").map(BundledDefaults::read);
  }

  /** The bundled topic tags members choose from, or empty if the build packed none. */
  public static Optional<String> tags() {
    return resource("config/tags.txt").map(BundledDefaults::read);
  }

  static String settings() {
    return read(
        resource("config/settings.properties")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The jar lacks " + ROOT + "config/settings.properties")));
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading bundled " + url + " failed", e);
    }
  }
}
