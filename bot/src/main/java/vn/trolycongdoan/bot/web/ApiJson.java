package vn.trolycongdoan.bot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON of the API, shared with {@code ask --json} so both print the same. Writes every field,
 * nulls as null.
 */
public final class ApiJson {

  private ApiJson() {}

  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
        .build();
  }
}
