package vn.trolycongdoan.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Metadata an operator writes beside a corpus file to correct or complete what the document says:
 * for {@code 001_x.txt}, the file {@code 001_x.meta.yaml} (or else {@code 001_x.txt.meta.yaml})
 * with any of the keys {@code kind, number, issuer, place, date, title, signer}; {@code date} as
 * {@code YYYY-MM-DD}. Its values take precedence over the extracted ones.
 */
final class Sidecar {

  static final String SUFFIX = ".meta.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS =
      Set.of("kind", "number", "issuer", "place", "date", "title", "signer");

  private Sidecar() {}

  /** The sidecar of {@code file}, if one exists. */
  static Optional<Path> of(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Stream.of(stem + SUFFIX, name + SUFFIX)
        .map(file::resolveSibling)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * The metadata in {@code yaml}, read from {@code sidecar}; unset keys are {@code null}.
   *
   * @throws IOException if the YAML is malformed, not a mapping, has an unknown key or a bad date;
   *     the message names the file, the key and the value
   */
  static DocumentMetadata parse(Path sidecar, byte[] yaml) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IOException(sidecar.getFileName() + ": malformed YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return DocumentMetadata.EMPTY;
    }
    if (!root.isObject()) {
      throw new IOException(sidecar.getFileName() + ": expected a mapping of metadata keys");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      if (!KEYS.contains(field.getKey())) {
        throw new IOException(
            sidecar.getFileName()
                + ": unknown key '"
                + field.getKey()
                + "' with value '"
                + field.getValue().asText()
                + "'; expected one of "
                + KEYS);
      }
    }
    return new DocumentMetadata(
        text(root, "kind"),
        text(root, "number"),
        text(root, "issuer"),
        text(root, "place"),
        date(sidecar, root),
        text(root, "title"),
        text(root, "signer"));
  }

  private static String text(JsonNode root, String key) {
    JsonNode value = root.get(key);
    return value == null || value.isNull() || value.asText().isBlank()
        ? null
        : value.asText().strip();
  }

  private static LocalDate date(Path sidecar, JsonNode root) throws IOException {
    String value = text(root, "date");
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IOException(
          sidecar.getFileName()
              + ": key 'date' has value '"
              + value
              + "', expected a date as YYYY-MM-DD",
          e);
    }
  }
}
