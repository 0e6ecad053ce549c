package vn.trolycongdoan.bot.reports.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.trolycongdoan.bot.reports.ConfigFileException;

/**
 * Reads the indicator catalogue from its YAML text: a top-level {@code indicators:} list of entries
 * with {@code code}, {@code name}, {@code aliases}, {@code unit}, {@code type}, {@code range},
 * {@code rollup}, {@code weight}, {@code cadence}, {@code over-time} and {@code targets} (see
 * config/indicators.yaml). Pure and thread-safe.
 */
public final class CatalogueReader {

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final ObjectMapper MAPPER =
      new ObjectMapper(YAML).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final List<String> FIELDS =
      Arrays.stream(RawIndicator.class.getRecordComponents())
          .map(CatalogueReader::fieldName)
          .toList();

  private CatalogueReader() {}

  /**
   * The catalogue {@code text} defines.
   *
   * @param file the file's name as the operator knows it, for messages
   * @throws ConfigFileException naming the file, the line and the first problem: bad YAML, an
   *     unknown field, a missing or bad value, a code or name used twice
   */
  public static Catalogue read(String text, String file) {
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    int line = 0;
    try (JsonParser parser = YAML.createParser(text)) {
      parser.setCodec(MAPPER);
      expectIndicatorList(parser, file);
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        line = parser.currentTokenLocation().getLineNr();
        RawIndicator raw = parser.readValueAs(RawIndicator.class);
        Indicator indicator = new IndicatorBuilder(file, line).build(raw);
        Integer first = lines.putIfAbsent(indicator.code(), line);
        if (first != null) {
          throw new ConfigFileException(
              file,
              line,
              "mã " + indicator.code() + " đã dùng ở dòng " + first,
              "code " + indicator.code() + " is already used on line " + first);
        }
        indicators.add(indicator);
      }
      if (parser.currentToken() != JsonToken.END_ARRAY
          || parser.nextToken() != JsonToken.END_OBJECT) {
        throw new ConfigFileException(
            file,
            parser.currentTokenLocation().getLineNr(),
            "ngoài danh sách \"indicators:\" chỉ có các mục chỉ tiêu",
            "the \"indicators:\" list holds indicator entries only and nothing may follow it");
      }
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigFileException(
          file,
          line,
          "chỉ tiêu không có trường \"" + e.getPropertyName() + "\"; các trường: " + FIELDS,
          "an indicator has no field \"" + e.getPropertyName() + "\"; fields: " + FIELDS);
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
      throw new ConfigFileException(
          file,
          line,
          "giá trị của \"" + field + "\" sai kiểu (" + e.getOriginalMessage() + ")",
          "the value of \"" + field + "\" has the wrong type: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigFileException(
          file, at, "không đọc được YAML: " + e.getOriginalMessage(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigFileException(file, 0, "không đọc được tệp: " + e, "cannot read: " + e);
    }
    new CatalogueChecks(file, lines).check(indicators);
    return new Catalogue(indicators);
  }

  private static String fieldName(RecordComponent component) {
    JsonProperty property = component.getAnnotation(JsonProperty.class);
    return property == null ? component.getName() : property.value();
  }

  private static void expectIndicatorList(JsonParser parser, String file) throws IOException {
    boolean list =
        parser.nextToken() == JsonToken.START_OBJECT
            && parser.nextToken() == JsonToken.FIELD_NAME
            && "indicators".equals(parser.currentName())
            && parser.nextToken() == JsonToken.START_ARRAY;
    if (!list) {
      int line = parser.currentTokenLocation().getLineNr();
      throw new ConfigFileException(
          file,
          line,
          "tệp phải bắt đầu bằng danh sách \"indicators:\"",
          "the file must start with an \"indicators:\" list");
    }
  }
}
