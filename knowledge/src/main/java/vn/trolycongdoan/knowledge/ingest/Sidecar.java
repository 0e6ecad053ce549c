package vn.trolycongdoan.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Metadata an operator writes beside a corpus file to correct or complete what the document says:
 * for {@code 001_x.txt}, the file {@code 001_x.meta.yaml} (or else {@code 001_x.txt.meta.yaml})
 * with any of the keys {@code kind, number, issuer, place, date, title, signer}; {@code date} as
 * {@code YYYY-MM-DD}. Its values take precedence over the extracted ones. {@link #write} writes one
 * (the staff dashboard edits metadata so); reading is the parser's.
 */
public final class Sidecar {

  static final String SUFFIX = ".meta.yaml";

  private static final String HEADER =
      "# Metadata of %s, written by the staff dashboard (Văn bản); a key left out is taken from"
          + " the document itself.%n";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> KEYS =
      Set.of("kind", "number", "issuer", "place", "date", "title", "signer");

  private Sidecar() {}

  /** The sidecar of {@code file}, if one exists. */
  public static Optional<Path> of(Path file) {
    return candidates(file).stream().filter(Files::isRegularFile).findFirst();
  }

  /**
   * The sidecar paths {@code file} may have, the preferred one first; {@link #of} picks the first
   * that exists.
   */
  public static List<Path> candidates(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return List.of(file.resolveSibling(stem + SUFFIX), file.resolveSibling(name + SUFFIX));
  }

  /**
   * Writes the non-null fields of {@code metadata} as {@code file}'s sidecar, replacing the one it
   * has (whose comments are lost) whole: the new file is written beside it under a hidden name and
   * moved into place, so a reader never sees half of it. With no field set, removes the sidecar.
   *
   * @return the sidecar written, or empty when it was removed
   */
  public static Optional<Path> write(Path file, DocumentMetadata metadata) throws IOException {
    Path target = of(file).orElse(candidates(file).get(0));
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "kind", metadata.kind());
    put(fields, "number", metadata.number());
    put(fields, "date", metadata.date() == null ? null : metadata.date().toString());
    put(fields, "issuer", metadata.issuer());
    put(fields, "place", metadata.place());
    put(fields, "title", metadata.title());
    put(fields, "signer", metadata.signer());
    if (fields.isEmpty()) {
      for (Path candidate : candidates(file)) {
        Files.deleteIfExists(candidate);
      }
      return Optional.empty();
    }
    String yaml =
        String.format(HEADER, file.getFileName())
            + YAML.writeValueAsString(fields).replaceFirst("^---\\s*\\n", "");
    Path staged = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.writeString(staged, yaml, StandardCharsets.UTF_8);
    try {
      Files.move(
          staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return Optional.of(target);
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null && !value.isBlank()) {
      fields.put(key, value.strip());
    }
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
